/// A payer ID used on electronic claims.
public struct EDIPayerID: Sendable, Hashable {
    /// The ID.
    public let id: String
    /// The lines of business it is used for; nil for all.
    public let linesOfBusiness: Set<LineOfBusiness>?
    /// Where it comes from.
    public internal(set) var provenance: Provenance
    /// Free-text notes.
    public let notes: String?
}

/// Written in JSON as `{id, linesOfBusiness, notes, provenance}`; decoding is synthesized.
extension EDIPayerID: Codable {
    private enum CodingKeys: String, CodingKey {
        case id, linesOfBusiness, notes, provenance
    }

    /// Encodes the payer ID, its lines of business sorted.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encodeIfPresent(linesOfBusiness?.map(\.rawValue).sorted(), forKey: .linesOfBusiness)
        try c.encodeIfPresent(notes, forKey: .notes)
        try c.encode(provenance, forKey: .provenance)
    }
}
