/// One payer in a list of the rule set's payers: `{id, name, aliases, linesOfBusiness, lastVerified, file}`.
public struct PayerSummary: Sendable, Hashable, Codable {
    /// The payer's id.
    public var id: String
    /// The payer's name.
    public var name: String
    /// Other names staff type.
    public var aliases: [String]
    /// The lines of business, sorted.
    public var linesOfBusiness: [LineOfBusiness]
    /// When the payer's file was last verified as a whole.
    public var lastVerified: CalendarDate
    /// The rule file.
    public var file: String

    /// The summary of `payer`.
    public init(_ payer: Payer) {
        id = payer.id
        name = payer.name
        aliases = payer.aliases
        linesOfBusiness = payer.linesOfBusiness.sorted()
        lastVerified = payer.lastVerified
        file = payer.file
    }
}
