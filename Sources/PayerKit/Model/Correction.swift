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
