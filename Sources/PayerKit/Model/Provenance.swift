/// Where a fact comes from: the line in the rule file, the public page that states it and when it was last checked.
public struct Provenance: Sendable, Hashable {
    /// The entry's place in its rule file.
    public let location: SourceLocation
    /// The public page that states the fact.
    public let sourceURL: String
    /// True when the source is a secondary page (a billing blog, a mirror) rather than the payer, CMS or a MAC.
    public let isSecondarySource: Bool
    /// The date someone last confirmed, on the source, that the fact is current; staleness is judged from it.
    public internal(set) var lastVerified: CalendarDate
    /// The source document's own date: the list's effective date, or its publication date.
    public let sourceDate: CalendarDate?

    /// Creates a provenance record.
    public init(location: SourceLocation, sourceURL: String, isSecondarySource: Bool, lastVerified: CalendarDate, sourceDate: CalendarDate? = nil) {
        self.location = location
        self.sourceURL = sourceURL
        self.isSecondarySource = isSecondarySource
        self.lastVerified = lastVerified
        self.sourceDate = sourceDate
    }

    /// Whether the fact cannot be taken as current on `date`: last verified more than `maximumAgeInDays` days before,
    /// or known only from a third-party copy, which confirms nothing about currency.
    public func isStale(asOf date: CalendarDate, maximumAgeInDays: Int) -> Bool {
        isSecondarySource || lastVerified.days(until: date) > maximumAgeInDays
    }

    /// "per the source dated 2025-07-01; last verified 2026-11-23", and "not confirmed current" for a third-party copy.
    public var currency: String {
        var parts: [String] = []
        if let sourceDate { parts.append("per the source dated \(sourceDate)") }
        parts.append(isSecondarySource ? "third-party copy, not confirmed current" : "last verified \(lastVerified)")
        return parts.joined(separator: "; ")
    }
}

extension Provenance: Codable {
    private enum CodingKeys: String, CodingKey {
        case sourceURL = "source", isSecondarySource = "secondarySource", lastVerified, sourceDate
    }

    /// Decodes `{file, line, column, source, secondarySource, lastVerified, sourceDate}`.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            location: try SourceLocation(from: decoder), sourceURL: try c.decode(String.self, forKey: .sourceURL),
            isSecondarySource: try c.decode(Bool.self, forKey: .isSecondarySource),
            lastVerified: try c.decode(CalendarDate.self, forKey: .lastVerified), sourceDate: try c.decodeIfPresent(CalendarDate.self, forKey: .sourceDate))
    }

    /// Encodes `{file, line, column, source, secondarySource, lastVerified, sourceDate}`.
    public func encode(to encoder: any Encoder) throws {
        try location.encode(to: encoder)
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(sourceURL, forKey: .sourceURL)
        try c.encode(isSecondarySource, forKey: .isSecondarySource)
        try c.encode(lastVerified, forKey: .lastVerified)
        try c.encodeIfPresent(sourceDate, forKey: .sourceDate)
    }
}
