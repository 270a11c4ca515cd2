import Foundation
import Testing

extension CLITests {
    /// A payer file with realistic-looking hosts and numbers, so only what a test changes is found.
    static let reviewedAcme = """
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

        """

    @Test("review of a clean change exits 0; a change with lost history, an unverified phone and a template host exits 1 with each finding")
    func review() throws {
        let repository = try fixture([:])
        let rules = repository.appendingPathComponent("PayerRules")
        let file = rules.appendingPathComponent("acme.yaml")
        try FileManager.default.createDirectory(at: rules, withIntermediateDirectories: true)
        try Self.reviewedAcme.write(to: file, atomically: true, encoding: .utf8)
        try git("init", "-q", in: repository)
        try git("add", ".", in: repository)
        try git("commit", "-q", "-m", "first", in: repository)

        // Ending the rule and re-verifying the file is what a reviewer wants.
        let ended = Self.reviewedAcme.replacingOccurrences(of: "last_verified: 2026-11-01", with: "last_verified: 2026-11-20")
            .replacingOccurrences(of: "    effective_from: 2025-01-01\n", with: "    effective_from: 2025-01-01\n    effective_until: 2026-07-01\n")
        try ended.write(to: file, atomically: true, encoding: .utf8)
        let clean = try payer("review", "HEAD", "--stale-after", "100000", in: repository)
        #expect(clean.status == 0, "\(clean.out)\(clean.err)")
        #expect(clean.out.hasPrefix("## Lint (`payer lint --strict`)\n\n0 errors, 0 warnings\n\n## PayerRules changes: `HEAD` → `PayerRules`"))
        #expect(clean.out.contains("- changed `70551-70553`: ~~required; effective 2025-01-01~~ → required; effective 2025-01-01 until 2026-07-01"))
        #expect(clean.out.hasSuffix("## Review\n\nClean: nothing for a reviewer to send back.\n"))
        try git("commit", "-q", "-am", "second", in: repository)

        let careless = ended.replacingOccurrences(of: #"codes: ["70551-70553"]"#, with: #"codes: ["70551-70552"]"#)
            .replacingOccurrences(of: "800-367-4421", with: "800-367-4499")
            .replacingOccurrences(of: "https://www.acmehealth.test/providers/contact", with: "https://www.example.com/contact")
        try careless.write(to: file, atomically: true, encoding: .utf8)
        let found = try payer("review", "HEAD", "--stale-after", "100000", in: repository)
        #expect(found.status == 1)
        let findings = found.out.components(separatedBy: "## Review\n\n").last?.components(separatedBy: "\n") ?? []
        #expect(findings == [
            "PayerRules/acme.yaml:9:5: unverified-change: the contacts entry 'prior-authorization' changed from 'phone 800-367-4421' to 'phone 800-367-4499' but its last_verified (2026-11-20) did not move past 2026-11-20; re-check its source and update last_verified",
            "PayerRules/acme.yaml:9:5: source-host-changed: the source of the contacts entry 'prior-authorization: phone 800-367-4499' moved from acmehealth.test to example.com without a note; say in its notes why (the payer's new site, a secondary page)",
            "PayerRules/acme.yaml:11:21: template-leftover: 'www.example.com' is a template host (example.com, .org and .net are reserved); cite the page that states the fact",
            "PayerRules/acme.yaml:13:5: history-lost: 70553 (Advanced imaging; required; effective 2025-01-01 until 2026-07-01) was at line 13 before and no rule keeps it for those dates; end the rule with effective_until instead of deleting or changing it (a correction goes in a note with its source)",
            "4 findings; lint clean",
            "",
        ])

        let json = try payer("review", "HEAD", "--json", "--stale-after", "100000", in: repository)
        #expect(json.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any])
        #expect(object["clean"] as? Bool == false)
        #expect((object["findings"] as? [[String: Any]])?.compactMap { $0["kind"] as? String } == ["unverified-change", "source-host-changed", "template-leftover", "history-lost"])
        #expect((object["diff"] as? [String: Any])?["changedPayers"] != nil)
    }
}
