import Foundation
import Testing
@testable import PayerKit
@testable import PayerKitMaintenance

@Suite("Reviewing a change to the rules")
struct RuleSetReviewTests {
    /// A payer with realistic-looking (not template) hosts and numbers.
    static let base = """
        schema_version: 1
        id: acme
        name: Acme Health
        aliases: [Acme]
        lines_of_business: [commercial]
        last_verified: 2026-11-01
        sources: [https://www.acmehealth.test/providers]
        contacts:
          - purpose: prior-authorization
            phone: 800-367-4421
            source: https://www.acmehealth.test/providers/contact
        prior_authorization:
          - category: Advanced imaging
            codes: ["70551-70553"]
            requirement: required
            effective_from: 2025-01-01
            source: https://www.acmehealth.test/providers/imaging
        retro_authorization:
          - accepted: true
            window: {length: 14, unit: calendar-days}
            anchor: date-of-service
            policy: Retro requests within 14 days of the date of service.
            effective_from: 2025-01-01
            source: https://www.acmehealth.test/providers/retro
          - accepted: false
            policy: No retro requests from 2027.
            effective_from: 2027-01-01
            source: https://www.acmehealth.test/providers/retro

        """

    static let today = date("2026-11-29")

    func review(_ new: String, base: String = base) throws -> [String] {
        let old = try PayerKnowledgeBase.load(from: try directory(["acme.yaml": base]))
        let newFolder = try directory(["acme.yaml": new])
        let review = RuleSetReview(base: old, new: try PayerKnowledgeBase.load(from: newFolder), asOf: Self.today)
        #expect(review.diagnostics.isEmpty, "\(review.diagnostics)")
        return review.findings.map { "\($0.line): \($0.kind.rawValue): \($0.message)" }
    }

    /// The base with the file re-verified on 2026-11-20 and each pair replaced.
    func edited(_ pairs: [(String, String)], verified: Bool = true) -> String {
        var text = verified ? Self.base.replacingOccurrences(of: "last_verified: 2026-11-01", with: "last_verified: 2026-11-20") : Self.base
        for (old, new) in pairs {
            #expect(text.contains(old), "\(old)")
            text = text.replacingOccurrences(of: old, with: new)
        }
        return text
    }

    @Test("ending a rule with effective_until and continuing its other codes, re-verified, is clean")
    func clean() throws {
        let ended = edited([("""
                effective_from: 2025-01-01
                source: https://www.acmehealth.test/providers/imaging
            """, """
                effective_from: 2025-01-01
                effective_until: 2026-07-01
                source: https://www.acmehealth.test/providers/imaging
              - category: Advanced imaging
                codes: ["70551-70552"]
                requirement: required
                effective_from: 2026-07-01
                source: https://www.acmehealth.test/providers/imaging-2026
            """)])
        #expect(try review(ended) == [])
        #expect(try review(Self.base) == [])
    }

    @Test("a code removed outright is history lost, at the rule, unless a note records a correction with its source")
    func historyLost() throws {
        let removed = edited([(#"codes: ["70551-70553"]"#, #"codes: ["70551-70552"]"#)])
        #expect(try review(removed) == [
            "13: history-lost: 70553 (Advanced imaging; required; effective 2025-01-01) was at line 13 before and no rule keeps it for those dates; end the rule with effective_until instead of deleting or changing it (a correction goes in a note with its source)",
        ])
        let corrected = edited([(#"codes: ["70551-70553"]"#, """
            codes: ["70551-70552"]
                notes: "Correction: 70553 was never on the list (https://www.acmehealth.test/providers/imaging-2025)."
            """)])
        #expect(try review(corrected) == [])
    }

    @Test("a retro window changed in place is history lost; an entry that has not started yet may go")
    func windowRewritten() throws {
        let rewritten = edited([("length: 14", "length: 30")])
        #expect(try review(rewritten) == [
            "19: history-lost: the retro authorization entry 'effective 2025-01-01: accepted; within 14 calendar days of the date of service' was at line 19 before and is gone; end it with effective_until and add the new entry from that date instead of deleting or changing it (a correction goes in a note with its source)",
        ])
        let future = edited([("""
              - accepted: false
                policy: No retro requests from 2027.
                effective_from: 2027-01-01
                source: https://www.acmehealth.test/providers/retro

            """, "\n")])
        #expect(try review(future) == [])
    }

    @Test("a retro window ended with effective_until and followed by a new one keeps its history")
    func windowEnded() throws {
        let ended = edited([
            ("    effective_from: 2025-01-01\n    source: https://www.acmehealth.test/providers/retro\n",
             "    effective_from: 2025-01-01\n    effective_until: 2026-07-01\n    source: https://www.acmehealth.test/providers/retro\n"),
            ("  - accepted: false\n", """
              - accepted: true
                window: {length: 30, unit: calendar-days}
                anchor: date-of-service
                policy: Retro requests within 30 days of the date of service.
                effective_from: 2026-07-01
                effective_until: 2027-01-01
                source: https://www.acmehealth.test/providers/retro-2026
              - accepted: false

            """),
        ])
        #expect(try review(ended) == [])
        #expect(PayerReview.withoutEnd("commercial; effective 2025-01-01 until 2026-07-01; participating", Scope(effectiveUntil: date("2026-07-01"))) == "commercial; effective 2025-01-01; participating")
        #expect(PayerReview.withoutEnd("until 2026-07-01", Scope(effectiveUntil: date("2026-07-01"))) == "")
    }

    @Test("a contact removed outright is history lost; a phone changed without re-verifying is an unverified change")
    func contacts() throws {
        let changed = edited([("800-367-4421", "800-367-4499")], verified: false)
        #expect(try review(changed) == [
            "9: unverified-change: the contacts entry 'prior-authorization' changed from 'phone 800-367-4421' to 'phone 800-367-4499' but its last_verified (2026-11-01) did not move past 2026-11-01; re-check its source and update last_verified",
        ])
        #expect(try review(edited([("800-367-4421", "800-367-4499")])) == [])
        let noContact = edited([("""
            contacts:
              - purpose: prior-authorization
                phone: 800-367-4421
                source: https://www.acmehealth.test/providers/contact

            """, "")])
        #expect(try review(noContact) == [
            "1: history-lost: the contacts entry 'prior-authorization: phone 800-367-4421' was at line 9 before and is gone; it was removed outright; keep it while it is in use, or record why it went in a note ('Correction: …' with the source)",
        ])
    }

    @Test("codes added to a rule without re-verifying it are an unverified change at the rule")
    func ruleUnverified() throws {
        let added = edited([(#"codes: ["70551-70553"]"#, #"codes: ["70551-70553", "72148"]"#)], verified: false)
        #expect(try review(added) == [
            "13: unverified-change: prior authorization for 72148 changed but the rule's last_verified (2026-11-01) did not move past 2026-11-01; re-check its source and update last_verified",
        ])
        #expect(try review(edited([(#"codes: ["70551-70553"]"#, #"codes: ["70551-70553", "72148"]"#)])) == [])
    }

    @Test("a source moved to another host needs a note")
    func sourceHost() throws {
        let moved = edited([("https://www.acmehealth.test/providers/contact", "https://providers.acme-health.test/contact")])
        #expect(try review(moved) == [
            "9: source-host-changed: the source of the contacts entry 'prior-authorization: phone 800-367-4421' moved from acmehealth.test to providers.acme-health.test without a note; say in its notes why (the payer's new site, a secondary page)",
        ])
        let explained = edited([("source: https://www.acmehealth.test/providers/contact", "source: https://providers.acme-health.test/contact\n    notes: Acme moved its provider pages to a new site in 2026.")])
        #expect(try review(explained) == [])
    }

    @Test("a copy of the template with only its id changed is full of leftovers, each with its place")
    func templateLeftovers() throws {
        let templateURL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Templates/payer-id.yaml")
        let template = try String(contentsOf: templateURL, encoding: .utf8)
        let copy = try directory(["acme-health.yaml": template.replacingOccurrences(of: "id: payer-id", with: "id: acme-health")])
        let knowledgeBase = try PayerKnowledgeBase.load(from: copy)
        let found = RuleSetReview(base: knowledgeBase, new: knowledgeBase, asOf: Self.today).findings
        #expect(found.allSatisfy { $0.kind == .templateLeftover })
        // Every line of the template with an example host, a 555-01xx number, an Example name or the instruction
        // comment has its finding, and nothing else does (derived from the template, which changes with the schema).
        var expected: [String] = []
        for (index, line) in template.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.hasPrefix("# TEMPLATE:") { expected.append("\(index + 1): the template's instruction comment is left; delete it") }
            if line.contains("Example"), line.contains("name:") || line.contains("aliases:") {
                expected.append("\(index + 1): an 'Example' name is left from the template; use the payer's own names")
            }
            if let host = line.split(separator: "/").first(where: { $0.hasSuffix("example.com") }) {
                expected.append("\(index + 1): '\(host)' is a template host (example.com, .org and .net are reserved); cite the page that states the fact")
            }
            if let number = line.split(separator: " ").first(where: { $0.hasPrefix("800-555-01") }) {
                expected.append("\(index + 1): \(number) is a reserved 555-01xx number from the template; use the number the payer publishes")
            }
        }
        #expect(found.map { "\($0.line): \($0.message)" } == expected)
        #expect(found.count >= 12)
        #expect(found.first { $0.line == 7 }?.column == 11)

        let untouched = try PayerKnowledgeBase.load(from: try directory(["payer-id.yaml": template]))
        #expect(RuleSetReview(base: untouched, new: untouched, asOf: Self.today).findings.contains {
            $0.line == 5 && $0.message == "'payer-id' is the template's own id; set the payer's id (the file name without .yaml)"
        })
    }

    @Test("compare-codes placeholders left in a file are found")
    func placeholders() throws {
        let file = try directory(["acme.yaml": Self.base + "# REPLACE-WITH-CATEGORY\n"]) + "/acme.yaml"
        let found = TemplateLeftovers.findings(in: try String(contentsOfFile: file, encoding: .utf8), file: file)
        #expect(found.map(\.description) == ["\(file):29:3: template-leftover: REPLACE-WITH-CATEGORY is a placeholder from compare-codes; replace it"])
    }
}
