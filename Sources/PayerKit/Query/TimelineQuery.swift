/// A timeline question: the dated steps of one case after (or before) a service, with whatever scope is known.
public struct TimelineQuery: Sendable, Hashable {
    /// The service's code, when known: prior authorization is then answered for it, and retro policies of programs
    /// that don't list it are left out.
    public var code: CodeQuery?
    /// Line of business, plan, states, setting and network status, where known.
    public var scope: QueryScope
    /// The case's dates, one per anchor.
    public var dates: AnchorDates
    /// The day to judge every window on. Always given by the caller: a timeline is as of a day.
    public var asOf: CalendarDate
    /// Facts last verified longer ago than this are flagged stale.
    public var maximumAgeInDays: Int

    /// Creates a query.
    public init(code: CodeQuery? = nil, scope: QueryScope = QueryScope(), dates: AnchorDates, asOf: CalendarDate, maximumAgeInDays: Int = 180) {
        self.code = code
        self.scope = scope
        self.dates = dates
        self.asOf = asOf
        self.maximumAgeInDays = maximumAgeInDays
    }
}
