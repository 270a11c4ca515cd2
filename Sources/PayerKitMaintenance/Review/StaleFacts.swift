import PayerKit

/// The maintainers' to-do list (`payer stale`): every fact whose currency is past the review age, or was never
/// confirmed on the payer's own site (a third-party copy), grouped by payer and source, oldest first.
public struct StaleFacts: Sendable, Codable, Hashable {
    /// The facts of one payer that cite one source.
    public struct Group: Sendable, Codable, Hashable {
        /// The payer's id.
        public let payer: String
        /// The page the facts cite.
        public let source: String
        /// Whether the page is a third-party copy, which confirms nothing about currency.
        public let secondarySource: Bool
        /// The oldest `last_verified` among the facts.
        public let lastVerified: CalendarDate
        /// Days from that date to the day asked.
        public let daysSinceVerified: Int
        /// Where each fact is, `file:line`.
        public let places: [String]
    }

    /// The day the list was made.
    public let asOf: CalendarDate
    /// The review age in days.
    public let maximumAgeInDays: Int
    /// The groups, oldest first, then by payer and source.
    public let groups: [Group]

    /// The stale facts of `payers` on `asOf`.
    public init(_ payers: [Payer], asOf: CalendarDate, maximumAgeInDays: Int) {
        var groups: [Group] = []
        for payer in payers {
            let stale = payer.allProvenance.filter { $0.isStale(asOf: asOf, maximumAgeInDays: maximumAgeInDays) }
            let bySource = Dictionary(grouping: stale, by: \.sourceURL)
            for (source, facts) in bySource {
                let oldest = facts.map(\.lastVerified).min()!
                groups.append(Group(
                    payer: payer.id, source: source, secondarySource: facts.contains(where: \.isSecondarySource), lastVerified: oldest,
                    daysSinceVerified: oldest.days(until: asOf),
                    places: facts.map(\.location).sorted().map { "\($0.file):\($0.line)" }))
            }
        }
        self.asOf = asOf
        self.maximumAgeInDays = maximumAgeInDays
        self.groups = groups.sorted { ($0.lastVerified, $0.payer, $0.source) < ($1.lastVerified, $1.payer, $1.source) }
    }
}
