/// Questions a payer file answers about itself, with the answers its maintainers intend. Loading checks them, so a
/// reviewer sees the intended behaviour next to the data and an edit that changes it fails with a location.
public struct PayerExamples: Sendable {
    /// Authorization questions and their expected verdicts.
    public let authorization: [AuthorizationExample]
    /// Retro-authorization questions and their expected status.
    public let retro: [RetroExample]

    /// No examples.
    public static let none = PayerExamples(authorization: [], retro: [])
}

/// "Does `code` need authorization on `dateOfService` in `scope`?" → `expected`.
public struct AuthorizationExample: Sendable {
    /// The code asked about.
    public let code: ProcedureCode
    /// The date of service.
    public let dateOfService: CalendarDate
    /// The scope given with the question.
    public let scope: QueryScope
    /// Other codes on the claim, when the example is about pairing.
    public let billedWith: [ProcedureCode]?
    /// The intended verdict.
    public let expected: AuthorizationVerdict
    /// Where the example is written.
    public let location: SourceLocation
}

/// "Judged on `asOf`, can a service on `serviceDate` still get a retro-authorization?" → `expected` (and `deadline`).
public struct RetroExample: Sendable {
    /// The date the window counts from.
    public let serviceDate: CalendarDate
    /// The day the question is asked.
    public let asOf: CalendarDate
    /// The scope given with the question.
    public let scope: QueryScope
    /// The service's code, when the example names one.
    public let code: ProcedureCode?
    /// The intended status code: `open`, `closed`, `not-accepted`, `accepted-no-window`, `conditional`, `unknown`.
    public let expected: String
    /// The intended last day of the window, when the example states it.
    public let deadline: CalendarDate?
    /// Where the example is written.
    public let location: SourceLocation
}
