import Testing
@testable import PayerKit

@Suite("Reading YAML")
struct YAMLReadingTests {
    let rule = """
        prior_authorization:
          - category: Anesthesia sample
            codes: [00100]
            requirement: required
            source: https://example.com/anesthesia
        """

    @Test("a scalar is the text as written: 00100 stays the code 00100, never 100 or 64")
    func codesKeepLeadingZeros() throws {
        let loaded = try payer(minimalPayer + rule)
        #expect(loaded.rules[0].codes.map(\.description) == ["00100"])
        #expect(try loaded.authorization(for: AuthorizationQuery(code: code("00100"), dateOfService: date("2026-01-05"), asOf: date("2026-01-05"))).verdict == .required)
    }

    @Test("yes, NO and on are text; a boolean field takes only true or false", arguments: ["yes", "NO", "on", "True", "1"])
    func booleansAreStrict(_ value: String) {
        let yaml = minimalPayer + """
            retro_authorization:
              - accepted: \(value)
                policy: sample
                source: https://example.com/retro
            """
        #expect(messages(yaml) == ["9:15: error: accepted must be true or false, not '\(value)'"])
    }

    @Test("an integer field takes only plain decimal digits", arguments: ["0x10", "1e3", "-5", "12.0", "1_000", "+7", "seven"])
    func integersAreDigits(_ value: String) {
        let yaml = minimalPayer + """
            decision_timeframes:
              - standard: {length: \(value), unit: calendar-days}
                source: https://example.com/tf
            """
        #expect(messages(yaml) == ["9:24: error: length must be a whole number written in digits, not '\(value)'"])
    }

    @Test("a date field takes only YYYY-MM-DD that exists", arguments: ["2025-02-29", "2026-13-01", "2026-1-05", "05/01/2026", "2026-04-31"])
    func datesMustExist(_ value: String) {
        let yaml = minimalPayer.replacingOccurrences(of: "2026-11-01", with: value)
        #expect(messages(yaml) == ["6:16: error: last_verified must be a real date written YYYY-MM-DD, not '\(value)'"])
    }

    @Test("a duplicate key names both places")
    func duplicateKeys() {
        let yaml = minimalPayer + "name: Other Name\n"
        #expect(messages(yaml) == ["8:1: error: duplicate key 'name' in the payer file; it is first set at 3:1"])
    }

    @Test("anchors, aliases, merge keys and tags are refused")
    func anchorsAliasesMergeKeysTags() {
        let anchor = minimalPayer + "notes: &n text\n"
        #expect(messages(anchor) == ["8:8: error: anchors ('&name') are not allowed in rule files; write the value out"])

        let alias = "schema_version: 1\nid: &i test\nname: *i\n"
        #expect(messages(alias).first == "2:5: error: anchors ('&name') are not allowed in rule files; write the value out")

        let aliasOnly = minimalPayer + "notes: *n\n"
        #expect(messages(aliasOnly) == ["8:8: error: aliases ('*name') are not allowed in rule files; write the value out"])

        let merge = minimalPayer + "contacts:\n  - <<: {purpose: claims}\n    phone: 800-555-0100\n    source: https://example.com/c\n"
        #expect(messages(merge).contains("9:5: error: merge keys ('<<') are not allowed in rule files; write the keys out"))

        let tag = minimalPayer + "notes: !!str text\n"
        #expect(messages(tag) == ["8:8: error: tags ('tag:yaml.org,2002:str') are not allowed in rule files; values are read as the schema says"])
    }

    @Test("a billion-laughs file is refused at its first anchor, without expanding anything")
    func aliasBomb() {
        var yaml = "a: &a [x, x, x, x, x, x, x, x, x]\n"
        for level in 1...9 {
            yaml += "\(Character(UnicodeScalar(97 + level)!)): &\(Character(UnicodeScalar(97 + level)!)) [" + Array(repeating: "*\(Character(UnicodeScalar(96 + level)!))", count: 9).joined(separator: ", ") + "]\n"
        }
        #expect(messages(yaml).last == "1:4: error: anchors ('&name') are not allowed in rule files; write the value out")
    }

    @Test("more than one document is an error")
    func multipleDocuments() {
        #expect(messages(minimalPayer + "---\nid: other\n") == ["8:1: error: a rule file holds one YAML document; remove the second one (or the '---' that starts it)"])
    }

    @Test("nesting deeper than the cap is refused while streaming")
    func depthCap() {
        let deep = String(repeating: "[", count: 50_000) + String(repeating: "]", count: 50_000)
        #expect(messages("notes: " + deep).last == "1:39: error: nesting is deeper than 32 levels; rule files never need that")
    }

    @Test("an unknown key is an error with a suggestion")
    func unknownKeys() {
        let yaml = minimalPayer + """
            prior_authorization:
              - category: Imaging
                codes: ["70553"]
                requirement: required
                efective_from: 2026-01-01
                source: https://example.com/i
            """
        #expect(messages(yaml) == ["12:5: error: unknown key 'efective_from' in an entry of prior_authorization (did you mean 'effective_from'?)"])
    }

    @Test("libyaml's errors keep file, line and column; a tab in indentation says so")
    func syntaxErrors() {
        let tab = minimalPayer + "contacts:\n\t- purpose: claims\n"
        let found = decode(tab).diagnostics
        #expect(found.count == 1)
        #expect(found.first?.location == SourceLocation(file: "test.yaml", line: 9, column: 1))
        #expect(found.first?.message.contains("tabs are not allowed in YAML indentation") == true)

        let badIndent = "schema_version: 1\nid: test\n  name: x\n"
        #expect(messages(badIndent).last == "3:7: error: mapping values are not allowed in this context")
    }

    @Test("invalid UTF-8 is reported with its byte offset")
    func invalidUTF8() {
        var bytes = Array("schema_version: 1\nname: Te".utf8)
        bytes += [0xFF, 0xFE]
        bytes += Array("st\n".utf8)
        let (loaded, diagnostics) = PayerFileDecoder.decode(bytes, file: "test.yaml", expectedID: "test")
        #expect(loaded == nil)
        #expect(diagnostics.map(\.description) == ["test.yaml:2:9: error: invalid leading UTF-8 octet at byte offset 26"])
    }

    @Test("an empty file and an empty list say what is missing")
    func emptyInput() {
        #expect(messages("") == ["1:1: error: the file is empty; a payer file starts with 'schema_version: 2'"])
        #expect(messages(minimalPayer + "contacts: []\n") == ["8:11: error: contacts is an empty list; remove the key or list something"])
    }

    @Test("every problem in a file is reported in one pass")
    func allProblemsAtOnce() {
        let yaml = """
            schema_version: 3
            id: Test
            name: Test
            lines_of_business: [comercial]
            last_verified: yesterday
            sources: [ftp://example.com]
            """
        #expect(messages(yaml) == [
            "1:17: error: schema_version '3' is not supported; this PayerKit reads schema_version 1 and 2",
            "2:5: error: id must use lower-case letters, digits and dashes, not 'Test'",
            "4:21: error: 'comercial' is not a valid lines_of_business; did you mean 'commercial'? expected one of: commercial, medicare-advantage, medicare-ffs, medicaid, chip, marketplace",
            "5:16: error: last_verified must be a real date written YYYY-MM-DD, not 'yesterday'",
            "6:11: error: a source must be a web address starting with https://, not 'ftp://example.com'",
        ])
    }
}
