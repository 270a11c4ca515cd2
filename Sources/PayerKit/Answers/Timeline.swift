/// The answer to a ``TimelineQuery``: every step of the case, in the order a desk meets them.
public struct Timeline: Sendable {
    /// The payer asked about.
    public let payerID: String
    /// The payer's name.
    public let payerName: String
    /// The code asked about, when given.
    public let code: ProcedureCode?
    /// The case's dates.
    public let dates: AnchorDates
    /// The day every window was judged on.
    public let asOf: CalendarDate
    /// The steps: prior authorization, retro request, claim filing, appeal levels, then what remains when every window
    /// has closed.
    public let steps: [TimelineStep]
    /// Provenance records last verified longer ago than the query's maximum age.
    public let staleProvenance: [Provenance]
    /// The rule set that answered, for an audit trail.
    public let ruleSet: RuleSetIdentity

    /// The steps still open, soonest deadline first.
    public var openSteps: [TimelineStep] {
        steps.filter { $0.status.daysLeft != nil }.sorted { $0.status.deadline! < $1.status.deadline! }
    }

    /// Whether any fact behind the timeline is stale.
    public var isStale: Bool { !staleProvenance.isEmpty }
}
