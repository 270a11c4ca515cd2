import Foundation
import Testing
@testable import PayerKit

@Suite("Bundled rules and reloading")
struct ReloadTests {
    /// `test.yaml` where 70551 needs authorization (`required`) or not (`not-required`).
    func rules(_ requirement: String) throws -> String {
        try directory(["test.yaml": minimalPayer + """
            prior_authorization:
              - category: Imaging
                codes: ["70551"]
                requirement: \(requirement)
                source: https://example.com/imaging

            """])
    }

    @Test("the bundled rule set is the repository's PayerRules, byte for byte")
    func bundled() throws {
        let bundled = try PayerKnowledgeBase.loadBundled()
        let checkout = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("PayerRules").path
        #expect(bundled.identity.contentHash == RuleSetIdentity(directory: checkout).contentHash)
        #expect(bundled.payers.contains { $0.id == "medicare-ffs" })
        #expect(bundled.diagnostics.isEmpty)
    }

    @Test("the bundled rules can be served and reloaded like any directory, and a service can move to a directory")
    func reloadBundled() throws {
        let service = try ReloadableKnowledgeBase(loadingBundledWith: .default)
        let bundled = try PayerKnowledgeBase.loadBundled()
        #expect(service.current.identity == bundled.identity)
        #expect(service.rulesDirectory == PayerKnowledgeBase.bundledRulesDirectory)
        guard case .unchanged(let identity) = service.reload() else { Issue.record("the bundle did not change"); return }
        #expect(identity == bundled.identity)
        let mine = try rules("required")
        guard case .replaced(bundled.identity, let current) = service.reload(from: mine) else { Issue.record("a directory should swap in"); return }
        #expect(service.rulesDirectory == mine)
        #expect(service.current.identity == current)
    }

    @Test("a good reload swaps, an identical one changes nothing, a broken one keeps the last good rules serving")
    func reloadOutcomes() throws {
        let first = try rules("required")
        let service = try ReloadableKnowledgeBase(loading: first)
        let original = service.current.identity

        guard case .unchanged(original) = service.reload() else { Issue.record("same bytes should not swap"); return }

        let broken = try directory(["test.yaml": minimalPayer + "prior_authorization: [\n"])
        guard case .kept(original, let error) = service.reload(from: broken) else { Issue.record("a broken set must not swap"); return }
        #expect(error.diagnostics.first?.location.file.hasSuffix("test.yaml") == true)
        #expect(service.current.identity == original)

        let second = try rules("not-required")
        guard case .replaced(original, let current) = service.reload(from: second) else { Issue.record("a good set should swap"); return }
        #expect(service.current.identity == current)
        let answer = try #require(service.current.payers.first).authorization(for: AuthorizationQuery(code: code("70551"), dateOfService: date("2026-01-05"), asOf: date("2026-01-05")))
        #expect(answer.verdict == .notRequired)
        #expect(answer.ruleSet == current)
    }

    @Test("queries running while reloads swap rule sets each see one whole rule set")
    func concurrentQueriesAndReloads() async throws {
        let required = try rules("required")
        let notRequired = try rules("not-required")
        let service = try ReloadableKnowledgeBase(loading: required)
        let expected = [
            service.current.identity.contentHash: AuthorizationVerdict.required,
            try PayerKnowledgeBase.load(from: notRequired).identity.contentHash: .notRequired,
        ]
        let mismatches = try await withThrowingTaskGroup(of: Int.self) { group in
            group.addTask {
                for round in 0..<40 { service.reload(from: round.isMultiple(of: 2) ? notRequired : required) }
                return 0
            }
            for _ in 0..<4 {
                group.addTask {
                    var mismatches = 0
                    for _ in 0..<2_000 {
                        let knowledgeBase = service.current
                        let answer = try #require(knowledgeBase.payers.first).authorization(for: AuthorizationQuery(code: code("70551"), dateOfService: date("2026-01-05"), asOf: date("2026-01-05")))
                        if expected[answer.ruleSet.contentHash] != answer.verdict || answer.ruleSet != knowledgeBase.identity { mismatches += 1 }
                    }
                    return mismatches
                }
            }
            return try await group.reduce(0, +)
        }
        #expect(mismatches == 0)
    }
}
