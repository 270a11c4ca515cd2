/// How long after the service a claim may be filed. Its network status, where the source distinguishes it, is in
/// its ``scope``.
public struct TimelyFilingLimit: Sendable, Hashable {
    /// The limit.
    public let limit: TimeLimit
    /// What the limit is counted from (the date of service unless the source says otherwise).
    public let anchor: Anchor
    /// Where and when it applies.
    public let scope: Scope
    /// Where it comes from.
    public internal(set) var provenance: Provenance
    /// Free-text notes.
    public let notes: String?
}
