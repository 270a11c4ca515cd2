/// The values of an entry's fact keys.
struct FactKeys {
    private(set) var source: String?
    private(set) var isSecondary = false
    private(set) var lastVerified: CalendarDate?
    private(set) var sourceDate: CalendarDate?
    private(set) var notes: String?

    mutating func read(_ key: FactKey, _ reader: YAMLReader) throws(YAMLSyntaxError) {
        switch key {
        case .source: source = try reader.url("source")?.value
        case .secondarySource: isSecondary = try reader.bool("secondary_source") ?? false
        case .lastVerified: lastVerified = try reader.date("last_verified")?.value
        case .sourceDate: sourceDate = try reader.date("source_date")?.value
        case .notes: notes = try reader.text("notes")
        }
    }

    /// Stands for the file's `last_verified` in an entry without its own until the file's is known; no date in a file
    /// can be in year 1.
    static let fileDate = CalendarDate(year: 1, month: 1, day: 1)!

    /// The entry's provenance, dated ``fileDate`` when the entry has no date of its own. Nil when `source` is missing.
    func provenance(at location: SourceLocation) -> Provenance? {
        source.map {
            Provenance(
                location: location, sourceURL: $0, isSecondarySource: isSecondary, lastVerified: lastVerified ?? Self.fileDate,
                sourceDate: sourceDate)
        }
    }
}
