import Foundation
import PayerKit

/// A timeline question: a payer, the date of service, the other dates the case's windows count from (admission,
/// discharge, notification, eligibility add, denial notice, initial determination and its receipt), the day to judge
/// on (default today), scope, and optionally the service's code.
struct TimelineRequest: Sendable {
    static let fields: Set<String> = QueryField.scope.union(QueryField.anchorDates)
        .union([QueryField.payer, QueryField.code, QueryField.date, QueryField.asOf])

    var payer: String
    var query: TimelineQuery

    init(_ parameters: QueryParameters, today: CalendarDate) throws {
        payer = try required(QueryField.payer, from: parameters, what: "a payer id, alias or name (GET /v1/payers lists them)")
        guard let service = try date(QueryField.date, from: parameters, default: nil) else {
            throw APIError.badRequest("'date' is required: the date of service, as YYYY-MM-DD", field: QueryField.date)
        }
        func anchor(_ field: String) throws -> CalendarDate? { try PayerServer.date(field, from: parameters, default: nil) }
        let dates = AnchorDates(
            service: service, admission: try anchor(QueryField.admissionDate), discharge: try anchor(QueryField.dischargeDate),
            notification: try anchor(QueryField.notificationDate), eligibilityAdd: try anchor(QueryField.eligibilityAddDate),
            denialNotice: try anchor(QueryField.denialDate), initialDetermination: try anchor(QueryField.initialDeterminationDate),
            initialDeterminationReceived: try anchor(QueryField.initialDeterminationReceivedDate))
        // Checked here rather than left to the library, so that the 400 names the parameter at fault.
        if let admission = dates.admission, let discharge = dates.discharge, discharge < admission {
            throw APIError.badRequest("the discharge date \(discharge) is before the admission date \(admission)", field: QueryField.dischargeDate)
        }
        let texts = parameters.list(QueryField.code)
        guard texts.count <= 1 else { throw APIError.badRequest("timeline takes at most one code", field: QueryField.code) }
        query = TimelineQuery(
            code: try PayerServer.codes(texts, field: QueryField.code).first, scope: try PayerServer.scope(from: parameters), dates: dates,
            asOf: try date(QueryField.asOf, from: parameters, default: today)!)
    }

    func answer(in knowledgeBase: PayerKnowledgeBase) throws -> Timeline {
        let payer = try PayerServer.payer(payer, in: knowledgeBase)
        do {
            return try payer.timeline(for: query)
        } catch let error as PayerKitError {
            throw APIError(error, dateField: QueryField.date)
        } catch {
            throw APIError(.internalServerError, "the question could not be answered; this is a bug in payer-server")
        }
    }
}
