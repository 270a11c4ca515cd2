/// One level of appeal a provider can take after a denial (`appeals` entry): a redetermination, a reconsideration,
/// a first-level provider appeal.
public struct Appeal: Sendable, Hashable {
    /// The level's name as the source gives it.
    public let level: String
    /// How long the provider has to file; nil when the source states no window.
    public let window: TimeLimit?
    /// What the window is counted from.
    public let anchor: Anchor?
    /// For ``Anchor/initialDeterminationReceipt``: how long after its date a notice is presumed received.
    public let presumedReceipt: TimeLimit?
    /// How and where to file.
    public let howToFile: String?
    /// When this level is available ("participating providers", "after a first-level appeal").
    public let conditions: [String]
    /// How long the payer takes to decide.
    public let decisionTime: TimeLimit?
    /// Where and when it applies (network status included).
    public let scope: Scope
    /// Where it comes from.
    public internal(set) var provenance: Provenance
    /// Free-text notes ("an appeal does not cure a missing prior authorization").
    public let notes: String?
}
