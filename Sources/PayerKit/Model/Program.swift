/// A named prior-authorization program (for example Medicare's hospital outpatient department program).
public struct Program: Sendable, Hashable {
    /// The id entries refer to.
    public let id: String
    /// The program's name.
    public let name: String
    /// Where it comes from.
    public internal(set) var provenance: Provenance
    /// Free-text notes.
    public let notes: String?
}
