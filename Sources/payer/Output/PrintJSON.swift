import Foundation

/// Prints a value the library encodes (answers, contact sheets, lint reports, diffs) in the `--json` shape the README
/// documents: pretty-printed, keys sorted, slashes unescaped.
func printJSON(_ value: some Encodable) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    print(String(decoding: try encoder.encode(value), as: UTF8.self))
}
