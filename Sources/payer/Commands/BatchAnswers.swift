import Foundation
import PayerKit

/// The answers to a CSV of questions.
struct BatchAnswers {
    /// One row's answer, with the row's columns as they came.
    struct Row: Encodable {
        /// The row number in the file, the header being row 1.
        let row: Int
        /// Every column of the row, by header name, unchanged.
        let columns: [String: String]
        let verdict: String
        let condition: String?
        let call: String?
        let source: String?
        let stale: Bool?
        let error: String?
        /// The row's own values, in input order.
        let values: [String]

        private enum CodingKeys: String, CodingKey { case row, columns, verdict, condition, call, source, stale, error }

        /// The output record: the input's columns, then the answer's.
        func fields(after header: [String]) -> [String] {
            values + Array(repeating: "", count: max(0, header.count - values.count))
                + [verdict, condition ?? "", call ?? "", source ?? "", stale.map { $0 ? "yes" : "no" } ?? "", error ?? ""]
        }
    }

    /// The question columns, by normalized header name.
    enum Column: CaseIterable {
        case payer, code, date, lineOfBusiness, plan, state, memberState, setting, billedWith

        var names: Set<String> {
            switch self {
            case .payer: ["payer", "payerid", "insurer", "insurance"]
            case .code: ["code", "cpt", "hcpcs", "cpthcpcs", "procedurecode"]
            case .date: ["date", "dateofservice", "dos", "servicedate"]
            case .lineOfBusiness: ["lineofbusiness", "lob"]
            case .plan: ["plan"]
            case .state: ["state"]
            case .memberState: ["memberstate"]
            case .setting: ["setting", "placeofservice", "pos"]
            case .billedWith: ["billedwith"]
            }
        }
    }

    /// The `--json` shape: `{rows: [{row, columns, verdict, condition, call, source, stale, error}], rulesLocation}`.
    struct JSON: Encodable {
        let rows: [Row]
        let rulesLocation: RulesLocation
    }

    static let answerColumns = ["verdict", "condition", "call", "source", "stale", "error"]

    let inputHeader: [String]
    let rows: [Row]
    var header: [String] { inputHeader + Self.answerColumns }

    init(csv: Data, knowledgeBase: PayerKnowledgeBase, today: CalendarDate, maximumAge: Int) throws {
        let records = CSV.parse(csv)
        guard let header = records.first else { throw Failure.usage("the CSV is empty: it needs a header row with payer, code and date columns") }
        inputHeader = header
        var position: [Column: Int] = [:]
        for (index, name) in header.enumerated() {
            let key = String(name.lowercased().filter { $0.isLetter || $0.isNumber })
            if let column = Column.allCases.first(where: { $0.names.contains(key) }), position[column] == nil { position[column] = index }
        }
        guard position[.payer] != nil, position[.code] != nil else {
            throw Failure.usage("the CSV header needs a payer and a code column (and date; optional: line of business, plan, state, member state, setting, billed with)")
        }
        var payers: [String: Result<Payer, PayerKitError>] = [:]
        rows = records.dropFirst().enumerated().map { offset, values in
            let number = offset + 2
            func value(_ column: Column) -> String? {
                guard let index = position[column], index < values.count else { return nil }
                let text = values[index]
                let trimmed = text.first == " " || text.last == " " ? String(text.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed()) : text
                return trimmed.isEmpty ? nil : trimmed
            }
            let columns = Dictionary(zip(header, values).map { ($0, $1) }, uniquingKeysWith: { first, _ in first })
            do {
                guard let payerText = value(.payer) else { throw Failure.usage("no payer") }
                guard let codeText = value(.code) else { throw Failure.usage("no code") }
                let payer: Payer
                if let known = payers[payerText] {
                    payer = try known.get()
                } else {
                    do {
                        payer = try knowledgeBase.payer(named: payerText)
                        payers[payerText] = .success(payer)
                    } catch let error as PayerKitError {
                        payers[payerText] = .failure(error)
                        throw error
                    }
                }
                let scope = try QueryScope(
                    lineOfBusiness: value(.lineOfBusiness).map { try LineOfBusiness(parsing: $0) }, plan: value(.plan), state: value(.state),
                    memberState: value(.memberState), setting: value(.setting).map { try CareSetting(parsing: $0) })
                let billed = try value(.billedWith).map { try $0.split(whereSeparator: { $0 == " " || $0 == ";" || $0 == "," }).map { try CodeQuery(parsing: String($0)).code } }
                let answer = try payer.authorization(for: AuthorizationQuery(
                    code: try CodeQuery(parsing: codeText), dateOfService: try CalendarDate.option(value(.date), today: today) ?? today,
                    scope: scope, billedWith: billed, asOf: today, maximumAgeInDays: maximumAge))
                return Row(
                    row: number, columns: columns, verdict: answer.verdict.rawValue, condition: Self.condition(answer),
                    call: answer.contacts.first.map { contact in
                        Describe.contact(contact, vendors: payer.vendors, withNotes: false)
                            + (Plain.assumption(contact.scope, given: answer.scope).map { " [\($0)]" } ?? "")
                    },
                    source: (answer.rules.first?.provenance ?? answer.outcomes.compactMap(\.outcome.unlistedPolicy).first?.provenance)?.sourceURL,
                    stale: answer.isStale, error: nil, values: values)
            } catch {
                let message: String
                switch error {
                case let failure as Failure: if case .usage(let text) = failure { message = text } else { message = "cannot be answered" }
                default: message = error.message
                }
                return Row(row: number, columns: columns, verdict: "error", condition: nil, call: nil, source: nil, stale: nil, error: message, values: values)
            }
        }
    }

    /// The condition, or what the answer depends on in plain words.
    static func condition(_ answer: AuthorizationAnswer) -> String? {
        guard answer.outcomes.count > 1 else { return answer.condition }
        return Describe.grouped(answer.outcomes, by: \.summary).map { "\($0.outcome.summary) \($0.when)" }.joined(separator: "; ")
    }
}
