import Foundation
@testable import PayerKit

/// The smallest valid payer file; tests append entries to it.
let minimalPayer = """
    schema_version: 1
    id: test
    name: Test Health
    aliases: [TH, Test Health Plan]
    lines_of_business: [commercial, medicare-advantage]
    last_verified: 2026-11-01
    sources: [https://example.com/source]

    """

/// Decodes YAML text as the file `test.yaml`.
func decode(_ yaml: String, id: String = "test") -> (payer: Payer?, diagnostics: [Diagnostic]) {
    PayerFileDecoder.decode(Array(yaml.utf8), file: "\(id).yaml", expectedID: id)
}

/// Decodes a file that must be valid.
func payer(_ yaml: String) throws -> Payer {
    let (payer, diagnostics) = decode(yaml)
    guard let payer else { throw FixtureError(diagnostics: diagnostics) }
    return payer
}

/// The diagnostics as `line:column: severity: message`, without the file name.
func messages(_ yaml: String) -> [String] {
    decode(yaml).diagnostics.map { "\($0.location.line):\($0.location.column): \($0.severity.rawValue): \($0.message)" }
}

struct FixtureError: Error, CustomStringConvertible {
    let diagnostics: [Diagnostic]
    var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}

func date(_ text: String) -> CalendarDate { CalendarDate(iso8601: text)! }

func code(_ text: String) -> CodeQuery { try! CodeQuery(parsing: text) }

/// Writes files into a fresh temporary directory and returns its path.
func directory(_ files: [String: String]) throws -> String {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("payerkit-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    for (name, text) in files {
        try text.write(to: url.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
    return url.path
}
