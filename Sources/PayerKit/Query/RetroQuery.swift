/// A retro-authorization question: can an authorization still be requested for a service already rendered?
public struct RetroQuery: Sendable, Hashable {
    /// The date the window counts from: the date of service, or the admission date etc. when the policy says so.
    public var serviceDate: CalendarDate
    /// The day to judge the window on (the caller says which day "today" is).
    public var asOf: CalendarDate
    /// Line of business, state and setting, where known.
    public var scope: QueryScope
    /// The service's code, when known: policies of programs that don't list it are left out.
    public var code: ProcedureCode?
    /// Facts last verified longer ago than this are flagged stale.
    public var maximumAgeInDays: Int
    /// The dates of other anchors (admission, discharge, notification, …), where known: a policy counts from the date
    /// of its own anchor when given here, else from ``serviceDate``.
    public var anchorDates: [Anchor: CalendarDate] = [:]

    /// Creates a query.
    public init(
        serviceDate: CalendarDate, asOf: CalendarDate, scope: QueryScope = QueryScope(),
        code: ProcedureCode? = nil, maximumAgeInDays: Int = 180
    ) {
        self.serviceDate = serviceDate
        self.asOf = asOf
        self.scope = scope
        self.code = code
        self.maximumAgeInDays = maximumAgeInDays
    }
}
