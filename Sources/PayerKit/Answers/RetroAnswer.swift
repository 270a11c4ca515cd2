/// The answer to a ``RetroQuery``.
public struct RetroAnswer: Sendable {
    /// The payer asked about.
    public let payerID: String
    /// The payer's name.
    public let payerName: String
    /// The date the window counts from.
    public let serviceDate: CalendarDate
    /// The day the window was judged on.
    public let asOf: CalendarDate
    /// The overall status: `conditional` when the situations disagree.
    public let status: RetroStatus
    /// The outcome per situation; one entry with an empty situation when the answer does not depend on scope.
    public let outcomes: [(situation: Situation, outcome: RetroOutcome)]
    /// Whom to call, most specific first (as ``AuthorizationAnswer/contacts``).
    public let contacts: [Contact]
    /// What the question said about the scope, with the line of business filled in when the payer has only one;
    /// dimensions without a value were left open.
    public let scope: QueryScope
    /// Where every fact in the answer comes from.
    public let provenance: [Provenance]
    /// Provenance records last verified longer ago than the query's maximum age.
    public let staleProvenance: [Provenance]
    /// The rule set that answered, for an audit trail.
    public let ruleSet: RuleSetIdentity

    /// Whether any fact behind the answer is stale.
    public var isStale: Bool { !staleProvenance.isEmpty }
}
