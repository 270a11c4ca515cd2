import Testing
@testable import PayerKit
@testable import PayerKitMaintenance

@Suite("Stale facts: the maintainers' to-do list")
struct StaleFactsTests {
    static let rules = minimalPayer + """
        contacts:
          - purpose: prior-authorization
            phone: 800-555-0100
            last_verified: 2026-01-15
            source: https://example.com/contacts
          - purpose: claims
            phone: 800-555-0101
            source: https://example.com/claims
          - purpose: eligibility
            phone: 800-555-0102
            secondary_source: true
            source: https://example.org/copy
          - purpose: referrals
            phone: 800-555-0103
            last_verified: 2026-02-01
            source: https://example.com/contacts

        """

    @Test("facts past the review age and third-party copies are grouped by source, oldest first, with their places")
    func grouped() throws {
        let stale = StaleFacts([try payer(Self.rules)], asOf: date("2026-11-29"), maximumAgeInDays: 180)
        #expect(stale.groups.map(\.source) == ["https://example.com/contacts", "https://example.org/copy"])
        #expect(stale.groups[0].lastVerified == date("2026-01-15"))
        #expect(stale.groups[0].daysSinceVerified == 318)
        #expect(stale.groups[0].places == ["test.yaml:9", "test.yaml:20"])
        #expect(stale.groups[1].secondarySource)
        #expect(StaleFacts([try payer(Self.rules)], asOf: date("2026-11-02"), maximumAgeInDays: 400).groups.map(\.source) == ["https://example.org/copy"])
    }
}
