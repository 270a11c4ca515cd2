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

/// Written in JSON with the property names: `{standard, expedited, scope, provenance, notes}`.
extension DecisionTimeframe: Codable {}
