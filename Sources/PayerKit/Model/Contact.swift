/// A phone or fax line.
public struct Contact: Sendable, Hashable {
    /// What the line is for.
    public let purpose: ContactPurpose
    /// A name for the line ("Clinical intake").
    public let name: String?
    /// The vendor whose line it is.
    public let vendorID: String?
    /// Phone, `800-555-0100`.
    public let phone: String?
    /// Fax, `800-555-0100`.
    public let fax: String?
    /// Opening hours as published.
    public let hours: String?
    /// Whom it serves: program, lines of business, plans, states, members' states, network status.
    public let scope: Scope
    /// Where it comes from.
    public internal(set) var provenance: Provenance
    /// Free-text notes (menu options, vanity spellings).
    public let notes: String?

    /// The lines of business it serves; nil for all.
    public var linesOfBusiness: Set<LineOfBusiness>? { scope.linesOfBusiness }
    /// The states it serves; nil for all.
    public var states: Set<String>? { scope.states }
}

extension Contact: Codable {
    private enum CodingKeys: String, CodingKey {
        case purpose, name, vendor, phone, fax, hours, notes, linesOfBusiness, scope, provenance
    }

    /// Decodes `{purpose, name, vendor, phone, fax, hours, notes, linesOfBusiness, scope, provenance}`.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        purpose = try c.decode(ContactPurpose.self, forKey: .purpose)
        name = try c.decodeIfPresent(String.self, forKey: .name)
        vendorID = try c.decodeIfPresent(String.self, forKey: .vendor)
        phone = try c.decodeIfPresent(String.self, forKey: .phone)
        fax = try c.decodeIfPresent(String.self, forKey: .fax)
        hours = try c.decodeIfPresent(String.self, forKey: .hours)
        notes = try c.decodeIfPresent(String.self, forKey: .notes)
        scope = try c.decodeIfPresent(Scope.self, forKey: .scope) ?? Scope()
        provenance = try c.decode(Provenance.self, forKey: .provenance)
    }

    /// Encodes the line; `linesOfBusiness` repeats the scope's for readers that look only at it, and an unlimited
    /// scope is left out.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(purpose, forKey: .purpose)
        try c.encodeIfPresent(name, forKey: .name)
        try c.encodeIfPresent(vendorID, forKey: .vendor)
        try c.encodeIfPresent(phone, forKey: .phone)
        try c.encodeIfPresent(fax, forKey: .fax)
        try c.encodeIfPresent(hours, forKey: .hours)
        try c.encodeIfPresent(notes, forKey: .notes)
        try c.encodeIfPresent(linesOfBusiness?.map(\.rawValue).sorted(), forKey: .linesOfBusiness)
        try c.encodeIfPresent(scope.isUnlimited ? nil : scope, forKey: .scope)
        try c.encode(provenance, forKey: .provenance)
    }
}
