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

/// A removal that is not history: a code or fact that was entered by mistake, with the evidence (`corrections`
/// entry). `payer review` accepts a removal recorded here.
public struct Correction: Sendable, Hashable {
    /// The codes removed by mistake, if the correction is about codes.
    public let codes: [CodeRange]
    /// What else was corrected, in words.
    public let subject: String?
    /// Why: the evidence that the removed fact was never true.
    public let note: String
    /// Where the evidence comes from.
    public internal(set) var provenance: Provenance
}
