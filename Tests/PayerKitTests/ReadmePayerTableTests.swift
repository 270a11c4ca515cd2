import Foundation
import Testing
@testable import PayerKit

/// The README's "Payers covered" table is generated from PayerRules, so it cannot drift from the files.
@Suite("README payer table")
struct ReadmePayerTableTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let begin = "<!-- payer table: generated from PayerRules; do not edit below -->"
    static let end = "<!-- end of payer table -->"

    static func table() throws -> [String] {
        let knowledgeBase = try PayerKnowledgeBase.load(from: root.appendingPathComponent("PayerRules").path)
        return ["| id | payer | lines of business | rules with codes | last verified |", "|---|---|---|---|---|"]
            + knowledgeBase.payers.sorted { $0.id < $1.id }.map { payer in
                "| `\(payer.id)` | \(payer.name) | \(payer.linesOfBusiness.sorted().map(\.rawValue).joined(separator: ", ")) | \(payer.rules.count) | \(payer.lastVerified) |"
            }
    }

    @Test("the README's payer table lists every payer file as it is")
    func readmeTable() throws {
        let url = Self.root.appendingPathComponent("README.md")
        let readme = try String(contentsOf: url, encoding: .utf8)
        let lines = readme.components(separatedBy: "\n")
        let begin = try #require(lines.firstIndex(of: Self.begin)), end = try #require(lines.firstIndex(of: Self.end))
        let expected = (lines[...begin] + (try Self.table()) + lines[end...]).joined(separator: "\n")
        if ProcessInfo.processInfo.environment["PAYERKIT_UPDATE_README"] == "1" {
            try expected.write(to: url, atomically: true, encoding: .utf8)
        }
        #expect(try String(contentsOf: url, encoding: .utf8) == expected, "README.md's payer table is out of date: PAYERKIT_UPDATE_README=1 swift test --filter ReadmePayerTable")
    }
}
