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

extension EDIPayerID: Codable {
    private enum CodingKeys: String, CodingKey {
        case id, linesOfBusiness, notes, provenance
    }

    /// Decodes `{id, linesOfBusiness, notes, provenance}`.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        linesOfBusiness = try c.decodeIfPresent([LineOfBusiness].self, forKey: .linesOfBusiness).map(Set.init)
        notes = try c.decodeIfPresent(String.self, forKey: .notes)
        provenance = try c.decode(Provenance.self, forKey: .provenance)
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
