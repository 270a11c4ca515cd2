import Testing
@testable import PayerKit

/// The checks `payer lint` adds for reviewers beyond the schema: sorted ids and stale facts.
@Suite("Reviewer checks")
struct ReviewChecksTests {
    @Test("vendor and program ids out of order are a warning that says where each belongs")
    func sortedIDs() {
        let found = messages(minimalPayer + """
            vendors:
              - {id: evicore, name: eviCore healthcare, source: https://example.com/e}
              - {id: carelon, name: Carelon Medical Benefits Management, source: https://example.com/c}

            """)
        #expect(found == ["10:10: warning: vendor 'carelon' should come before 'evicore' (9:10); keep 'vendors' sorted by id so diffs stay small"])
    }

    @Test("a file, and a fact with its own older date, verified longer ago than the threshold are warned about")
    func staleness() throws {
        let loaded = try payer(minimalPayer + """
            contacts:
              - purpose: prior-authorization
                phone: 800-555-0100
                last_verified: 2026-01-15
                source: https://example.com/contacts
              - purpose: claims
                phone: 800-555-0101
                source: https://example.com/claims

            """)
        let warnings = loaded.stalenessWarnings(asOf: date("2026-11-23"), maximumAgeInDays: 180).map { "\($0.location.line): \($0.message)" }
        #expect(warnings == ["9: this fact was last verified 2026-01-15, 312 days ago (more than 180); re-check it against its source and update last_verified"])
        let late = loaded.stalenessWarnings(asOf: date("2027-06-01"), maximumAgeInDays: 180).map(\.message)
        #expect(late.first == "the file was last verified 2026-11-01, 212 days ago (more than 180); re-check it against its source and update last_verified")
        #expect(late.count == 2)
    }
}
