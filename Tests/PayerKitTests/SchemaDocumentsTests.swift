import Foundation
import Testing
@testable import PayerKit
@testable import PayerKitMaintenance

/// The JSON Schema, the README's key tables and the fuzzing dictionary are generated from the key declarations; a
/// committed copy that drifts fails here with the command that fixes it.
@Suite("Files generated from the key declarations")
struct SchemaDocumentsTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    func committed(_ path: String) throws -> String {
        try String(contentsOf: Self.root.appendingPathComponent(path), encoding: .utf8)
    }

    @Test("every generated file is committed as generated (run `swift run payer schema --update` after changing a key)")
    func noDrift() throws {
        let files = SchemaDocuments.files(readme: try committed("PayerRules/README.md"), fuzzDictionary: try committed("Fuzz/yaml.dict"))
        #expect(files.count == 3)
        for (path, contents) in files {
            #expect(try committed(path) == contents, "\(path) differs from the key declarations")
        }
    }

    @Test("each kind of entry declares its required keys, and the loader requires exactly those")
    func requiredKeys() {
        let rule = EntryKind.rule.keys.filter(\.isRequired).map(\.name)
        #expect(rule == ["category", "codes", "requirement", "source"])
        #expect(messages(minimalPayer + "prior_authorization:\n  - {codes: [\"70553\"]}\n").filter { $0.contains("missing") }
            == ["category", "requirement", "source"].map { "9:5: error: an entry of prior_authorization is missing the required key '\($0)'" })
    }

    @Test("the README's tables and the dictionary come from the same declarations as the loader's key sets")
    func sameDeclarations() throws {
        let readme = SchemaDocuments.markdownReference().joined(separator: "\n")
        for key in EntryKind.allCases.flatMap(\.keys) {
            #expect(readme.contains("| `\(key.name)` |"), "\(key.name) missing from the README tables")
            #expect(SchemaDocuments.fuzzDictionaryLines().contains("\"\(key.name): \""))
        }
        #expect(SchemaDocuments.spliced(["x"], into: "no markers here") == "no markers here")
    }
}
