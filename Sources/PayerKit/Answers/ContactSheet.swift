/// A payer's contact reference sheet: EDI payer IDs, phones and faxes by purpose, portals, review vendors and notes.
/// `Codable` in the JSON shape the README documents for `payer contact --json`.
public struct ContactSheet: Sendable, Hashable, Codable {
    /// The payer.
    public var payer: PayerReference
    /// When the payer's file was last verified as a whole.
    public var lastVerified: CalendarDate
    /// Payer IDs for electronic claims.
    public var ediPayerIds: [EDIPayerID]
    /// Phone and fax lines.
    public var contacts: [Contact]
    /// Provider portals.
    public var portals: [Portal]
    /// Delegated review vendors.
    public var vendors: [Vendor]
    /// The payer's notes.
    public var notes: String?

    /// The sheet of `payer`.
    public init(_ payer: Payer) {
        self.payer = PayerReference(id: payer.id, name: payer.name)
        lastVerified = payer.lastVerified
        ediPayerIds = payer.ediPayerIDs
        contacts = payer.contacts
        portals = payer.portals
        vendors = payer.vendors
        notes = payer.notes
    }
}
