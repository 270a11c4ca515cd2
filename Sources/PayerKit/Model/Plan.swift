/// A plan or product family whose rules differ from the payer's others (HMO, PPO, Oxford, UMR, …).
public struct Plan: Sendable, Hashable {
    /// The id entries and questions refer to.
    public let id: String
    /// The plan's name.
    public let name: String
    /// Other names staff type.
    public let aliases: [String]
    /// Where it comes from.
    public internal(set) var provenance: Provenance
    /// Free-text notes.
    public let notes: String?
}
