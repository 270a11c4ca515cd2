import Foundation
import PayerKit

/// The most codes one authorization request may ask about.
let maximumCodesPerRequest = 20

/// The scope a request gives (`line_of_business`, `state`, `setting`, `plan`, `member_state`, `network`), checked
/// against the library's vocabulary so a typo is a 400 naming the parameter rather than a silently wider answer.
func scope(from parameters: QueryParameters) throws -> QueryScope {
    func parse<Value: RawRepresentable & CaseIterable>(_ field: String, as: Value.Type) throws -> Value? where Value.RawValue == String {
        guard let text = try parameters.value(field) else { return nil }
        if let value = Value(rawValue: text.lowercased()) { return value }
        let known = Value.allCases.map(\.rawValue)
        let hint = NameHints.closest(to: text, in: known).map { " (did you mean '\($0)'?)" } ?? ""
        throw APIError.badRequest("'\(clipped(text))' is not a known \(field.replacingOccurrences(of: "_", with: " "))\(hint); use one of \(known.joined(separator: ", "))", field: field)
    }
    func state(_ field: String) throws -> String? {
        guard let text = try parameters.value(field) else { return nil }
        guard text.count == 2, text.allSatisfy({ $0.isASCII && $0.isLetter }) else {
            throw APIError.badRequest("'\(clipped(text))' is not a two-letter USPS state code (e.g. TX, DC, PR)", field: field)
        }
        return text.uppercased()
    }
    return QueryScope(
        lineOfBusiness: try parse(QueryField.lineOfBusiness, as: LineOfBusiness.self),
        plan: try parameters.value(QueryField.plan),
        state: try state(QueryField.state),
        memberState: try state(QueryField.memberState),
        setting: try parse(QueryField.setting, as: CareSetting.self),
        network: try parse(QueryField.network, as: NetworkStatus.self))
}

/// A `YYYY-MM-DD` date parameter, or `fallback` when absent.
func date(_ field: String, from parameters: QueryParameters, default fallback: CalendarDate?) throws -> CalendarDate? {
    guard let text = try parameters.value(field) else { return fallback }
    guard let date = CalendarDate(iso8601: text) else {
        throw APIError.badRequest("'\(clipped(text))' is not a date; write it as YYYY-MM-DD, e.g. 2024-01-01", field: field)
    }
    guard CalendarDate.supportedYears.contains(date.year) else {
        throw APIError.badRequest("the date \(date) is outside the years PayerKit handles (\(CalendarDate.supportedYears))", field: field)
    }
    return date
}

/// A required parameter.
func required(_ field: String, from parameters: QueryParameters, what: String) throws -> String {
    guard let value = try parameters.value(field) else {
        throw APIError.badRequest("'\(field)' is required: \(what)", field: field)
    }
    return value
}

/// Codes as typed (`64490`, `64490-50`), parsed; a bad one is a 400 naming `field`.
func codes(_ texts: [String], field: String) throws -> [CodeQuery] {
    guard texts.count <= maximumCodesPerRequest else {
        throw APIError.badRequest("at most \(maximumCodesPerRequest) codes per request", field: field)
    }
    var queries: [CodeQuery] = []
    for text in texts {
        do {
            queries.append(try CodeQuery(parsing: text))
        } catch let error as PayerKitError {
            if case .invalidCode(let codeError) = error {
                throw APIError.badRequest(codeError.message, field: field)
            }
            throw APIError.badRequest(error.message, field: field)
        } catch {
            throw APIError.badRequest("'\(clipped(text))' is not a CPT or HCPCS code", field: field)
        }
    }
    return queries
}

/// Finds the payer, or a 404 with the nearest ids.
func payer(_ text: String, in knowledgeBase: PayerKnowledgeBase) throws -> Payer {
    switch knowledgeBase.payer(matching: text) {
    case .found(let payer):
        return payer
    case .ambiguous(let candidates):
        throw APIError(.badRequest, "payer '\(clipped(text))' could be \(candidates.joined(separator: " or ")); name one of them", field: QueryField.payer, suggestions: candidates)
    case .notFound(let suggestions):
        let hint = suggestions.isEmpty ? "GET /v1/payers lists every payer" : "did you mean \(suggestions.map { "'\($0)'" }.joined(separator: ", "))?"
        throw APIError(.notFound, "unknown payer '\(clipped(text))'; \(hint)", field: QueryField.payer, suggestions: suggestions)
    }
}

/// Text echoed back in a message: at most 40 characters.
func clipped(_ text: String) -> String {
    text.count <= 40 ? text : String(text.prefix(40)) + "…"
}

/// An authorization question as the API and the page ask it: one payer, one or more codes, a date of service
/// (default today), scope, and optionally the codes billed with them.
struct AuthorizationRequest: Sendable {
    static let fields: Set<String> = QueryField.scope.union([QueryField.payer, QueryField.code, QueryField.date, QueryField.billedWith])

    var payer: String
    var codes: [CodeQuery]
    var dateOfService: CalendarDate
    var scope: QueryScope
    var billedWith: [ProcedureCode]?

    init(_ parameters: QueryParameters, today: CalendarDate) throws {
        payer = try required(QueryField.payer, from: parameters, what: "a payer id, alias or name (GET /v1/payers lists them)")
        let texts = parameters.list(QueryField.code)
        guard !texts.isEmpty else {
            throw APIError.badRequest("'code' is required: one or more CPT or HCPCS codes, e.g. code=64490", field: QueryField.code)
        }
        codes = try PayerServer.codes(texts, field: QueryField.code)
        dateOfService = try date(QueryField.date, from: parameters, default: today)!
        scope = try PayerServer.scope(from: parameters)
        let billed = parameters.list(QueryField.billedWith)
        billedWith = billed.isEmpty ? nil : try PayerServer.codes(billed, field: QueryField.billedWith).map(\.code)
    }

    /// The answers, one per code.
    func answers(in knowledgeBase: PayerKnowledgeBase, asOf today: CalendarDate) throws -> [AuthorizationAnswer] {
        let payer = try PayerServer.payer(payer, in: knowledgeBase)
        do {
            return try codes.map { code in
                try payer.authorization(for: AuthorizationQuery(code: code, dateOfService: dateOfService, scope: scope, billedWith: billedWith, asOf: today))
            }
        } catch let error as PayerKitError {
            throw APIError(error, dateField: QueryField.date)
        } catch {
            throw APIError(.internalServerError, "the question could not be answered; this is a bug in payer-server")
        }
    }
}

/// A retro-authorization question: a payer, the service date, the day to judge on (default today), scope and
/// optionally the code.
struct RetroRequest: Sendable {
    static let fields: Set<String> = QueryField.scope.union([QueryField.payer, QueryField.serviceDate, QueryField.asOf, QueryField.code])

    var payer: String
    var serviceDate: CalendarDate
    var asOf: CalendarDate
    var scope: QueryScope
    var code: ProcedureCode?

    init(_ parameters: QueryParameters, today: CalendarDate) throws {
        payer = try required(QueryField.payer, from: parameters, what: "a payer id, alias or name (GET /v1/payers lists them)")
        guard let serviceDate = try date(QueryField.serviceDate, from: parameters, default: nil) else {
            throw APIError.badRequest("'service_date' is required: the date the window counts from, as YYYY-MM-DD", field: QueryField.serviceDate)
        }
        self.serviceDate = serviceDate
        asOf = try date(QueryField.asOf, from: parameters, default: today)!
        scope = try PayerServer.scope(from: parameters)
        let texts = parameters.list(QueryField.code)
        guard texts.count <= 1 else { throw APIError.badRequest("retro takes at most one code", field: QueryField.code) }
        code = try PayerServer.codes(texts, field: QueryField.code).first?.code
    }

    init(payer: String, serviceDate: CalendarDate, asOf: CalendarDate, scope: QueryScope, code: ProcedureCode?) {
        self.payer = payer
        self.serviceDate = serviceDate
        self.asOf = asOf
        self.scope = scope
        self.code = code
    }

    func answer(in knowledgeBase: PayerKnowledgeBase) throws -> RetroAnswer {
        let payer = try PayerServer.payer(payer, in: knowledgeBase)
        do {
            return try payer.retroAuthorization(for: RetroQuery(serviceDate: serviceDate, asOf: asOf, scope: scope, code: code))
        } catch let error as PayerKitError {
            throw APIError(error, dateField: QueryField.serviceDate)
        } catch {
            throw APIError(.internalServerError, "the question could not be answered; this is a bug in payer-server")
        }
    }
}
