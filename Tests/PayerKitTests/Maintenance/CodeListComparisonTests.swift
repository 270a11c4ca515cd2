import Foundation
import Testing
@testable import PayerKit
@testable import PayerKitMaintenance

@Suite("Comparing a new list with a payer's rules")
struct CodeListComparisonTests {
    static let criteria = CodeListComparison.Criteria(date: date("2026-01-01"), lineOfBusiness: .commercial, state: "tx")

    func load(_ rules: String) throws -> (Payer, String) {
        let folder = try directory(["acme.yaml": rules])
        let knowledgeBase = try PayerKnowledgeBase.load(from: folder)
        #expect(knowledgeBase.diagnostics.isEmpty, "\(knowledgeBase.diagnostics)")
        return (knowledgeBase.payers[0], folder + "/acme.yaml")
    }

    @Test("counts, added and removed codes as compact ranges, each removal with the file:line of its rule")
    func comparison() throws {
        let (payer, file) = try load(acmeRules)
        let result = try CodeListComparison(payer: payer, text: CodeListText(acmeListText), criteria: Self.criteria)
        #expect(result.rules.map(\.category) == ["Advanced imaging", "Joint replacement", "Sleep studies", "Spinal cord stimulators"])
        #expect((result.listedCount, result.addedCount, result.removedCount, result.unchangedCount) == (38, 14, 2, 24))
        #expect(result.added == ["27131-27134", "64490-64495", "0042T", "G0260", "J0585", "K0856"])
        #expect(result.removed.map { "\($0.codes) \($0.rules.map(\.description))" } == [
            "72149 [\"\(file):\(line(of: "Advanced imaging", in: acmeRules))\"]",
            "95812 [\"\(file):\(line(of: "Sleep studies", in: acmeRules))\"]",
        ])
        #expect(result.edits.map { "\($0.rule.line) \($0.action.rawValue) \($0.why.rawValue) \($0.codes) kept \($0.keptCodes)" } == [
            "\(line(of: "Advanced imaging", in: acmeRules)) end left-the-list [\"72149\"] kept [\"70551-70553\", \"72148\"]",
            "\(line(of: "Sleep studies", in: acmeRules)) remove-codes left-the-list [\"95812\"] kept []",
            "\(line(of: "Facet joint", in: acmeRules)) end now-on-the-list [\"64490-64495\"] kept []",
        ])
        #expect(result.state == "TX")
    }

    @Test("the YAML fragment names each rule to end by file:line and holds the new entries with placeholders")
    func fragment() throws {
        let (payer, file) = try load(acmeRules)
        let result = try CodeListComparison(payer: payer, text: CodeListText(acmeListText), criteria: Self.criteria)
        let imaging = line(of: "Advanced imaging", in: acmeRules)
        #expect(result.yamlFragment == """
            # Acme Health (\(file)): the list of 2026-01-01, commercial, TX
            # 1. Edit these rules (never delete one: past dates of service keep their answers):
            #    \(file):\(imaging): add effective_until: 2026-01-01 (Advanced imaging; 72149 left the list; its other codes continue in the entry below)
            #    \(file):\(line(of: "Sleep studies", in: acmeRules)): the rule starts 2026-01-01: delete 95812 from its codes and add a note 'Correction: …' with the list's address (Sleep studies; 95812 left the list)
            #    \(file):\(line(of: "Facet joint", in: acmeRules)): add effective_until: 2026-01-01 (Facet joint injections; 64490-64495 now require authorization)
            # 2. Paste under prior_authorization:, then replace each REPLACE-WITH- value (lint refuses the source until it is the list's address):
              - category: REPLACE-WITH-CATEGORY
                codes: ["27131-27134", "64490-64495", "0042T", "G0260", "J0585", "K0856"]
                requirement: required
                lines_of_business: [commercial]
                states: [TX]
                effective_from: 2026-01-01
                source: REPLACE-WITH-SOURCE-URL
              # Continues \(file):\(imaging) with the codes the new list keeps.
              - category: Advanced imaging
                codes: ["70551-70553", "72148"]
                requirement: required
                effective_from: 2026-01-01
                documentation: ["clinical notes", "prior imaging reports"]
                source: REPLACE-WITH-SOURCE-URL

            """)
    }

    @Test("pasting the fragment (sources filled in) gives a file that lints clean and compares with no change")
    func roundTrip() throws {
        let (payer, _) = try load(acmeRules)
        let result = try CodeListComparison(payer: payer, text: CodeListText(acmeListText), criteria: Self.criteria)
        // With the placeholders left in, the file does not load.
        let refused = PayerKnowledgeBase(decoding: [try directory(["acme.yaml": pasted(result, into: acmeRules, filled: false)]) + "/acme.yaml"])
        #expect(refused.diagnostics.contains { $0.severity == .error && $0.message.contains("REPLACE-WITH-SOURCE-URL") })

        let (updated, _) = try load(pasted(result, into: acmeRules, filled: true))
        let again = try CodeListComparison(payer: updated, text: CodeListText(acmeListText), criteria: Self.criteria)
        #expect(!again.hasChanges)
        #expect(again.edits.isEmpty)
        #expect(again.yamlFragment.hasSuffix("# No change: the list and the rules agree.\n"))
        #expect(again.unchangedCount == 38)
        // History kept: before the list's date the old answers stand.
        let before = try CodeListComparison(payer: updated, text: CodeListText(acmeListText), criteria: .init(date: date("2025-12-31"), lineOfBusiness: .commercial, state: "TX"))
        #expect(before.removed.map(\.codes) == ["72149"])
    }

    /// The file a maintainer gets by following the fragment: each rule's edit made at its line, the entries pasted
    /// under `prior_authorization:`, and (when `filled`) each placeholder replaced.
    func pasted(_ result: CodeListComparison, into rules: String, filled: Bool) -> String {
        var lines = rules.components(separatedBy: "\n")
        for edit in result.edits.sorted(by: { $0.rule.line > $1.rule.line }) {
            let indent = String(repeating: " ", count: edit.rule.column - 1)
            switch edit.action {
            case .end: lines.insert(indent + "effective_until: \(result.date)", at: edit.rule.line)
            case .removeCodes:
                let codesLine = (edit.rule.line...).first { lines[$0 - 1].contains("codes:") }!
                lines[codesLine - 1] = lines[codesLine - 1].replacingOccurrences(of: "\"95800-95812\"", with: "\"95800-95811\"")
                let indent = String(repeating: " ", count: edit.rule.column - 1)
                lines.insert(indent + "notes: \"Correction: 95812 is not on the list of 2026-01-01 (https://www.acmehealth.test/providers/list-2026).\"", at: codesLine)
            }
        }
        var entries = result.newEntries
        if filled {
            entries = entries.replacingOccurrences(of: "REPLACE-WITH-SOURCE-URL", with: "https://www.acmehealth.test/providers/list-2026")
                .replacingOccurrences(of: "REPLACE-WITH-CATEGORY", with: "Added in 2026")
        }
        let header = lines.firstIndex(of: "prior_authorization:")!
        lines.insert(contentsOf: entries.components(separatedBy: "\n").dropLast(), at: header + 1)
        return lines.joined(separator: "\n")
    }

    @Test("compare, paste, re-verify: payer review finds nothing to send back")
    func reviewAfterPasting() throws {
        let (payer, _) = try load(acmeRules)
        let result = try CodeListComparison(payer: payer, text: CodeListText(acmeListText), criteria: Self.criteria)
        let updated = pasted(result, into: acmeRules, filled: true).replacingOccurrences(of: "last_verified: 2026-11-01", with: "last_verified: 2026-11-20")
        let base = try PayerKnowledgeBase.load(from: try directory(["acme.yaml": acmeRules]))
        let new = try PayerKnowledgeBase.load(from: try directory(["acme.yaml": updated]))
        let review = RuleSetReview(base: base, new: new, asOf: date("2026-11-29"))
        #expect(review.findings.map(\.description) == [])
        #expect(review.diagnostics.map(\.description) == [])
        #expect(!review.diff.isEmpty)
        // Without re-verifying, every pasted entry is an unverified change.
        let unverified = RuleSetReview(base: base, new: try PayerKnowledgeBase.load(from: try directory(["acme.yaml": pasted(result, into: acmeRules, filled: true)])), asOf: date("2026-11-29"))
        #expect(!unverified.findings.isEmpty && unverified.findings.allSatisfy { $0.kind == .unverifiedChange })
    }

    @Test("a text without codes is an error, not every code removed")
    func emptyList() throws {
        let (payer, _) = try load(acmeRules)
        #expect(throws: CodeListComparison.Error.noCodes(ignored: 2)) {
            try CodeListComparison(payer: payer, text: CodeListText("Updated 01/01/2026. Call 800-555-0100."), criteria: Self.criteria)
        }
        #expect(throws: CodeListComparison.Error.noCodes(ignored: 0)) {
            try CodeListComparison(payer: payer, text: CodeListText(""), criteria: Self.criteria)
        }
    }

    @Test("a scope the payer does not serve, an unknown state or a category no rule has is an error that says why")
    func criteriaErrors() throws {
        let (payer, _) = try load(acmeRules)
        let text = CodeListText("70551")
        #expect(throws: CodeListComparison.Error.lineOfBusinessNotServed("medicaid", served: ["commercial", "medicare-advantage"])) {
            try CodeListComparison(payer: payer, text: text, criteria: .init(date: date("2026-01-01"), lineOfBusiness: .medicaid))
        }
        #expect(throws: CodeListComparison.Error.stateNotServed("OK", served: ["TX"])) {
            try CodeListComparison(payer: payer, text: text, criteria: .init(date: date("2026-01-01"), state: "OK"))
        }
        #expect(throws: CodeListComparison.Error.unknownState("XX")) {
            try CodeListComparison(payer: payer, text: text, criteria: .init(date: date("2026-01-01"), state: "xx"))
        }
        let wrongList = try CodeListComparison(payer: payer, text: CodeListText("E0100"), criteria: .init(date: date("2026-01-01"), category: "IMAGING"))
        #expect(wrongList.sharesNoCode)
        #expect(wrongList.yamlFragment.contains("\n# CAUTION: the list shares no code with the rules compared;"))
        let category = try CodeListComparison(payer: payer, text: text, criteria: .init(date: date("2026-01-01"), category: "IMAGING"))
        #expect(!category.sharesNoCode)
        #expect(category.rules.map(\.category) == ["Advanced imaging"])
        #expect(category.removed.map(\.codes) == ["70552-70553", "72148-72149"])
        #expect(throws: CodeListComparison.Error.self) {
            try CodeListComparison(payer: payer, text: text, criteria: .init(date: date("2026-01-01"), category: "imagnig"))
        }
    }

    @Test("the result encodes to JSON and decodes back")
    func codable() throws {
        let (payer, _) = try load(acmeRules)
        let result = try CodeListComparison(payer: payer, text: CodeListText(acmeListText), criteria: Self.criteria)
        let data = try JSONEncoder().encode(result)
        #expect(try JSONDecoder().decode(CodeListComparison.self, from: data) == result)
    }
}
