/// How long a payer takes to decide a prior-authorization request.
public struct DecisionTimeframe: Sendable, Hashable {
    /// A standard (non-urgent) request.
    public let standard: TimeLimit?
    /// An expedited (urgent) request.
    public let expedited: TimeLimit?
    /// Where and when it applies.
    public let scope: Scope
    /// Where it comes from.
    public internal(set) var provenance: Provenance
    /// Free-text notes.
    public let notes: String?
}

/// How long after the service a claim may be filed.
public struct TimelyFilingLimit: Sendable, Hashable {
    /// Whether the limit is for participating or non-participating providers.
    public enum Network: String, Sendable, Hashable, CaseIterable {
        /// In-network providers.
        case participating
        /// Out-of-network providers.
        case nonParticipating = "non-participating"
    }

    /// The limit, counted from the date of service.
    public let limit: TimeLimit
    /// The network status it applies to; nil for both.
    public let network: Network?
    /// Where and when it applies.
    public let scope: Scope
    /// Where it comes from.
    public internal(set) var provenance: Provenance
    /// Free-text notes.
    public let notes: String?
}
