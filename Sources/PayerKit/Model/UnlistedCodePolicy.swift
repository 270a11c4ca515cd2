/// What a code that no rule lists means for a payer within a scope.
public struct UnlistedCodePolicy: Sendable, Hashable {
    /// The meaning of an unlisted code.
    public enum Meaning: String, Sendable, Hashable, CaseIterable, Codable {
        /// The payer's list is exhaustive here: unlisted codes need no authorization.
        case notRequired = "not-required"
        /// Nobody can tell from the published lists.
        case unknown
    }

    /// The meaning.
    public let meaning: Meaning
    /// The payer's own sentence that makes its list exhaustive (required for ``Meaning/notRequired``).
    public let quote: String?
    /// Where and when it holds.
    public let scope: Scope
    /// Where the statement comes from.
    public internal(set) var provenance: Provenance
    /// Free-text notes.
    public let notes: String?
}

extension UnlistedCodePolicy: Codable {
    private enum CodingKeys: String, CodingKey {
        case meaning, quote, scope, notes, provenance
    }

    /// Decodes `{meaning, quote, scope, notes, provenance}`.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        meaning = try c.decode(Meaning.self, forKey: .meaning)
        quote = try c.decodeIfPresent(String.self, forKey: .quote)
        scope = try c.decodeIfPresent(Scope.self, forKey: .scope) ?? Scope()
        notes = try c.decodeIfPresent(String.self, forKey: .notes)
        provenance = try c.decode(Provenance.self, forKey: .provenance)
    }

    /// Encodes the policy; an unlimited scope is left out.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(meaning, forKey: .meaning)
        try c.encodeIfPresent(quote, forKey: .quote)
        try c.encodeIfPresent(scope.isUnlimited ? nil : scope, forKey: .scope)
        try c.encodeIfPresent(notes, forKey: .notes)
        try c.encode(provenance, forKey: .provenance)
    }
}
