/// A delegated review vendor (eviCore, Carelon, Cohere, …).
public struct Vendor: Sendable, Hashable {
    /// The id rules and contacts refer to.
    public let id: String
    /// The vendor's name.
    public let name: String
    /// The programs it reviews for this payer, in our own words.
    public let programs: [String]
    /// Its portal or page for this payer.
    public let url: String?
    /// Where it comes from.
    public internal(set) var provenance: Provenance
    /// Free-text notes.
    public let notes: String?
}

/// Written in JSON with the property names: `{id, name, programs, url, provenance, notes}`.
extension Vendor: Codable {}
