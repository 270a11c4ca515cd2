/// A prior-authorization question: a code, a date of service and whatever scope is known.
public struct AuthorizationQuery: Sendable, Hashable {
    /// The code as typed: trimmed, upper-cased, modifiers split off.
    public var code: CodeQuery
    /// The date of service.
    public var dateOfService: CalendarDate
    /// Line of business, state and setting, where known.
    public var scope: QueryScope
    /// Other codes on the same claim, for rules that apply only when paired (`billed_with`); nil when not known.
    public var billedWith: [ProcedureCode]?
    /// The day the question is asked, for judging staleness (the caller says which day that is; see
    /// ``CalendarDate/init(_:in:)``).
    public var asOf: CalendarDate
    /// Facts last verified longer ago than this are flagged stale.
    public var maximumAgeInDays: Int

    /// Creates a query. `asOf` is the day it is asked, from which staleness is judged: PayerKit never reads the clock,
    /// so pass today's date in the time zone that decides it (``CalendarDate/today(in:)``, ``CalendarDate/init(_:in:)``).
    public init(
        code: CodeQuery, dateOfService: CalendarDate, scope: QueryScope = QueryScope(),
        billedWith: [ProcedureCode]? = nil, asOf: CalendarDate, maximumAgeInDays: Int = 180
    ) {
        self.code = code
        self.dateOfService = dateOfService
        self.scope = scope
        self.billedWith = billedWith
        self.asOf = asOf
        self.maximumAgeInDays = maximumAgeInDays
    }
}
