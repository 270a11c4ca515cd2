import Testing
@testable import PayerKit
@testable import PayerKitMaintenance

@Suite("Comparing rule sets")
struct RuleSetDiffTests {
    func knowledgeBase(codes: String, until: String? = nil, phone: String, window: Int) throws -> PayerKnowledgeBase {
        try PayerKnowledgeBase.load(from: try directory(["test.yaml": minimalPayer + """
            contacts:
              - purpose: prior-authorization
                phone: \(phone)
                source: https://example.com/contacts
            prior_authorization:
              - category: Imaging
                codes: [\(codes)]
                requirement: required
                effective_from: 2024-01-01
            \(until.map { "    effective_until: \($0)\n" } ?? "")    source: https://example.com/imaging
            retro_authorization:
              - accepted: true
                window: {length: \(window), unit: calendar-days}
                anchor: date-of-service
                policy: Retro requests within the window.
                source: https://example.com/retro

            """]))
    }

    @Test("codes added and removed are listed as merged ranges; a new end date shows as a change; phones and windows too")
    func changes() throws {
        let old = try knowledgeBase(codes: #""70551-70553", "72148""#, phone: "800-555-0100", window: 14)
        let new = try knowledgeBase(codes: #""70551-70552", "72148-72149""#, until: "2026-01-01", phone: "800-555-0199", window: 30)
        let diff = RuleSetDiff(from: old, to: new)
        #expect(diff.addedPayers.isEmpty && diff.removedPayers.isEmpty)
        let changes = try #require(diff.changedPayers.first).changes.map { "\($0.section) | \($0.action.rawValue) | \($0.subject) | \($0.before ?? "-") | \($0.after ?? "-")" }
        #expect(changes == [
            "prior authorization | changed | 70551-70552 | required; effective 2024-01-01 | required; effective 2024-01-01 until 2026-01-01",
            "prior authorization | removed | 70553 | required; effective 2024-01-01 | -",
            "prior authorization | changed | 72148 | required; effective 2024-01-01 | required; effective 2024-01-01 until 2026-01-01",
            "prior authorization | added | 72149 | - | required; effective 2024-01-01 until 2026-01-01",
            "contacts | changed | prior-authorization | phone 800-555-0100 | phone 800-555-0199",
            "retro authorization | changed | all | accepted; within 14 calendar days of the date of service | accepted; within 30 calendar days of the date of service",
        ])
    }

    @Test("the same rules compare equal; payers only on one side are listed by id")
    func payersAndNoChange() throws {
        let base = try knowledgeBase(codes: #""70551""#, phone: "800-555-0100", window: 14)
        #expect(RuleSetDiff(from: base, to: base).isEmpty)
        let other = try PayerKnowledgeBase.load(from: try directory(["other.yaml": minimalPayer.replacingOccurrences(of: "id: test", with: "id: other")]))
        let diff = RuleSetDiff(from: base, to: other)
        #expect(diff.addedPayers == ["other"])
        #expect(diff.removedPayers == ["test"])
    }

    @Test("sort keys map back to the code text of every kind")
    func codeFromSortKey() throws {
        for text in ["00100", "70553", "3074F", "0042T", "0001U", "A0001", "K0856", "Z9999"] {
            #expect(ProcedureCode(sortKey: try ProcedureCode(text).sortKey).text == text)
        }
    }
}
