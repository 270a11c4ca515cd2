/// A provider portal.
public struct Portal: Sendable, Hashable {
    /// The portal's name.
    public let name: String
    /// Its address.
    public let url: String
    /// What it is used for.
    public let uses: Set<PortalUse>
    /// Where it comes from.
    public internal(set) var provenance: Provenance
    /// Free-text notes.
    public let notes: String?
}

/// Written in JSON as `{name, url, uses, notes, provenance}`; decoding is synthesized.
extension Portal: Codable {
    private enum CodingKeys: String, CodingKey {
        case name, url, uses, notes, provenance
    }

    /// Encodes the portal, its uses sorted.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        try c.encode(url, forKey: .url)
        try c.encode(uses.map(\.rawValue).sorted(), forKey: .uses)
        try c.encodeIfPresent(notes, forKey: .notes)
        try c.encode(provenance, forKey: .provenance)
    }
}
