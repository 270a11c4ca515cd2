import Foundation
import PayerKit

/// A filing-checklist question, as `payer checklist` asks it: one payer, one code, the date of service (default
/// today), scope, the codes billed with it, and optionally the day the request was approved.
struct ChecklistRequest: Sendable {
    static let fields: Set<String> = QueryField.scope
        .union([QueryField.payer, QueryField.code, QueryField.date, QueryField.billedWith, QueryField.approvedOn])

    var payer: String
    var query: AuthorizationQuery
    var approvedOn: CalendarDate?

    init(_ parameters: QueryParameters, today: CalendarDate) throws {
        payer = try required(QueryField.payer, from: parameters, what: "a payer id, alias or name (GET /v1/payers lists them)")
        let texts = parameters.list(QueryField.code)
        guard let text = texts.first else {
            throw APIError.badRequest("'code' is required: one CPT or HCPCS code, e.g. code=64490", field: QueryField.code)
        }
        guard texts.count == 1 else { throw APIError.badRequest("a checklist is for one code; ask for each code on its own", field: QueryField.code) }
        let code = try PayerServer.codes([text], field: QueryField.code)[0]
        let billed = parameters.list(QueryField.billedWith)
        query = AuthorizationQuery(
            code: code, dateOfService: try date(QueryField.date, from: parameters, default: today)!, scope: try PayerServer.scope(from: parameters),
            billedWith: billed.isEmpty ? nil : try PayerServer.codes(billed, field: QueryField.billedWith).map(\.code), asOf: today)
        approvedOn = try date(QueryField.approvedOn, from: parameters, default: nil)
    }

    /// The checklist; its sentences name the asker's inputs as `names` says (the page names its form's fields).
    func answer(in knowledgeBase: PayerKnowledgeBase, names: InputNames = .commandLine) throws -> RequestChecklist {
        let payer = try PayerServer.payer(payer, in: knowledgeBase)
        do {
            return try payer.checklist(for: query, approvedOn: approvedOn, names: names)
        } catch let error as PayerKitError {
            throw APIError(error, dateField: QueryField.date)
        } catch {
            throw APIError(.internalServerError, "the question could not be answered; this is a bug in payer-server")
        }
    }
}
