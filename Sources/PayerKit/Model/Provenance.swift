/// Where a fact comes from: the line in the rule file, the public page that states it and when it was last checked.
public struct Provenance: Sendable, Hashable {
    /// The entry's place in its rule file.
    public let location: SourceLocation
    /// The public page that states the fact.
    public let sourceURL: String
    /// True when the source is a secondary page (a billing blog, a mirror) rather than the payer, CMS or a MAC.
    public let isSecondarySource: Bool
    /// The date the fact was last checked against its source.
    public internal(set) var lastVerified: CalendarDate

    /// Creates a provenance record.
    public init(location: SourceLocation, sourceURL: String, isSecondarySource: Bool, lastVerified: CalendarDate) {
        self.location = location
        self.sourceURL = sourceURL
        self.isSecondarySource = isSecondarySource
        self.lastVerified = lastVerified
    }

    /// Whether the fact was last verified more than `maximumAgeInDays` days before `date`.
    public func isStale(asOf date: CalendarDate, maximumAgeInDays: Int) -> Bool {
        lastVerified.days(until: date) > maximumAgeInDays
    }
}
