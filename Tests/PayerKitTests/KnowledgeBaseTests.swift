import Foundation
import Testing
@testable import PayerKit

@Suite("Loading a knowledge base")
struct KnowledgeBaseTests {
    let other = minimalPayer.replacingOccurrences(of: "id: test", with: "id: other")
        .replacingOccurrences(of: "Test Health", with: "Other Health").replacingOccurrences(of: "aliases: [TH, Other Health Plan]", with: "aliases: [OH]")

    @Test("every problem in every file is reported in one pass; a partial load skips bad files and names them")
    func allFilesOnePass() throws {
        let path = try directory([
            "test.yaml": minimalPayer,
            "broken.yaml": "schema_version: 1\nid: broken\nname: [\n",
            "typo.yaml": minimalPayer.replacingOccurrences(of: "id: test", with: "id: typo").replacingOccurrences(of: "Test Health", with: "Typo Health").replacingOccurrences(of: "TH,", with: "TY,") + "contcts: []\n",
            "notes.txt": "ignored",
        ])
        let knowledgeBase = try PayerKnowledgeBase.load(from: path, allowingPartial: true)
        #expect(knowledgeBase.payers.map(\.id) == ["test"])
        #expect(knowledgeBase.files.count == 3)
        #expect(knowledgeBase.skippedFiles.map { ($0 as NSString).lastPathComponent } == ["broken.yaml", "typo.yaml"])
        let found = knowledgeBase.diagnostics.map { "\(($0.location.file as NSString).lastPathComponent):\($0.location.line):\($0.location.column): \($0.message)" }
        #expect(found.contains("broken.yaml:4:1: did not find expected node content (while parsing a flow node started at 4:1)"))
        #expect(found.last == "typo.yaml:8:1: unknown key 'contcts' in the payer file (did you mean 'contacts'?)")
    }

    @Test("by default one broken file refuses the whole rule set, with every diagnostic in the error")
    func allOrNothing() throws {
        let path = try directory(["test.yaml": minimalPayer, "other.yaml": other + "contcts: []\n"])
        let error = #expect(throws: PayerKitError.self) { try PayerKnowledgeBase.load(from: path) }
        #expect(error?.message == "the rules in '\(path)' were not loaded: other.yaml has errors; run 'payer lint' to see them")
        #expect(error?.diagnostics.map(\.message) == ["unknown key 'contcts' in the payer file (did you mean 'contacts'?)"])
        #expect(throws: PayerKitError.self) { try PayerKnowledgeBase.load(from: path, forPayer: "other") }
        #expect(try PayerKnowledgeBase.load(from: path, forPayer: "test").payers.map(\.id) == ["test"])
    }

    @Test("the identity hashes file names and bytes: same rules, same identity; any edit changes it")
    func identity() throws {
        let first = try PayerKnowledgeBase.load(from: try directory(["test.yaml": minimalPayer, "other.yaml": other]))
        let same = try PayerKnowledgeBase.load(from: try directory(["other.yaml": other, "test.yaml": minimalPayer]))
        let edited = try PayerKnowledgeBase.load(from: try directory(["test.yaml": minimalPayer + "# reviewed\n", "other.yaml": other]))
        #expect(first.identity == same.identity)
        #expect(first.identity.contentHash != edited.identity.contentHash)
        #expect(first.identity.contentHash.count == 16)
        #expect(first.identity.fileCount == 2)
        #expect(first.identity.schemaVersion == 2)
        #expect(first.identity.gitRevision == nil)
        let withLockFile = try directory(["test.yaml": minimalPayer, "other.yaml": other, ".#test.yaml": "editor lock"])
        #expect(RuleSetIdentity(directory: withLockFile) == first.identity, "--version reports what a load would")
        let answer = try #require(first.payers.first).authorization(for: AuthorizationQuery(code: code("99213"), dateOfService: date("2026-01-05"), asOf: date("2026-01-05")))
        #expect(answer.ruleSet == first.identity)
    }

    @Test("payers are found by id, alias or name, ignoring case and punctuation; a miss suggests ids")
    func lookup() throws {
        let knowledgeBase = try PayerKnowledgeBase.load(from: try directory(["test.yaml": minimalPayer, "other.yaml": other]))
        for text in ["test", "TEST", "th", "Test Health", "test-health", " test health plan "] {
            guard case .found(let payer) = knowledgeBase.payer(matching: text) else {
                Issue.record("'\(text)' should find a payer")
                continue
            }
            #expect(payer.id == "test")
        }
        guard case .notFound(let suggestions) = knowledgeBase.payer(matching: "tets") else {
            Issue.record("'tets' should not match")
            return
        }
        #expect(suggestions == ["test"])
    }

    @Test("a name or alias claimed by two payers is an error and the second file is not loaded")
    func nameClash() throws {
        let clash = other.replacingOccurrences(of: "aliases: [OH]", with: "aliases: [TH]")
        let knowledgeBase = try PayerKnowledgeBase.load(from: try directory(["test.yaml": minimalPayer, "zz.yaml": clash.replacingOccurrences(of: "id: other", with: "id: zz")]), allowingPartial: true)
        #expect(knowledgeBase.payers.map(\.id) == ["test"])
        #expect(knowledgeBase.diagnostics.map(\.message) == ["the name 'TH' already belongs to payer 'test'; names and aliases must be unique across files"])
    }

    @Test("asking by id reads only that payer's file; a name falls back to the whole directory")
    func fastPath() throws {
        let path = try directory(["test.yaml": minimalPayer, "other.yaml": other, "broken.yaml": "::"])
        let byID = try PayerKnowledgeBase.load(from: path, forPayer: "Test")
        #expect(byID.files.map { ($0 as NSString).lastPathComponent } == ["test.yaml"])
        #expect(byID.diagnostics.isEmpty)
        let byAlias = try PayerKnowledgeBase.load(from: path, forPayer: "OH", allowingPartial: true)
        #expect(byAlias.files.count == 3)
        guard case .found(let payer) = byAlias.payer(matching: "OH") else {
            Issue.record("alias should match")
            return
        }
        #expect(payer.id == "other")
    }

    @Test("the rule-set identity is the whole directory's whether the payer is asked by id, alias or name")
    func identityByIDOrAlias() throws {
        let path = try directory(["test.yaml": minimalPayer, "other.yaml": other])
        let whole = try PayerKnowledgeBase.load(from: path).identity
        let byID = try PayerKnowledgeBase.load(from: path, forPayer: "test")
        let byAlias = try PayerKnowledgeBase.load(from: path, forPayer: "TH")
        #expect(byID.files.count == 1, "by id still decodes one file")
        #expect(byAlias.files.count == 2)
        #expect(byID.identity == whole)
        #expect(byAlias.identity == whole)
        #expect(whole.fileCount == 2)
        let query = AuthorizationQuery(code: code("99213"), dateOfService: date("2026-01-05"), asOf: date("2026-01-05"))
        let answerByID = try byID.payer(named: "test").authorization(for: query)
        let answerByAlias = try byAlias.payer(named: "TH").authorization(for: query)
        #expect(answerByID.ruleSet == answerByAlias.ruleSet)
        #expect(answerByID.ruleSet == RuleSetIdentity(directory: path))

        // An edit to another payer's file changes the identity an answer by id reports, as it does for the directory.
        try (other + "notes: edited\n").write(toFile: (path as NSString).appendingPathComponent("other.yaml"), atomically: true, encoding: .utf8)
        let edited = try PayerKnowledgeBase.load(from: path, forPayer: "test")
        #expect(edited.identity != whole)
        #expect(edited.identity == (try PayerKnowledgeBase.load(from: path, forPayer: "TH")).identity)
    }

    @Test("a missing or empty rules directory is a clear error")
    func missingDirectory() throws {
        #expect(throws: PayerKitError.rulesNotFound(path: "/nonexistent/PayerRules", reason: .pathDoesNotExist)) {
            try PayerKnowledgeBase.load(from: "/nonexistent/PayerRules")
        }
        let empty = try directory([:])
        #expect(throws: PayerKitError.rulesNotFound(path: empty, reason: .noRuleFiles)) { try PayerKnowledgeBase.load(from: empty) }
    }
}
