import Foundation
import Testing
@testable import PayerKit

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Hostile and broken input: every case ends in a diagnostic with a file, line and column, within bounded time and
/// memory, and never in a crash or a hang. Big inputs are generated here at run time, never committed.
@Suite("Hostile and broken input")
struct HostileInputTests {
    // MARK: YAML bombs and sizes

    @Test("an alias bomb (billion laughs) stops at its first anchor, before any expansion")
    func billionLaughs() {
        var yaml = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for level in 1...9 {
            yaml += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ") + "]\n"
        }
        #expect(messages(yaml) == [
            "1:1: error: unknown key 'a0' in the payer file (did you mean 'id'?)",
            "1:5: error: anchors ('&name') are not allowed in rule files; write the value out",
        ])
    }

    @Test("100,000 levels of nesting stop at the depth limit, in flow and block style", arguments: [
        ("100,000 '['", "1:33"), ("100,000 '{a: '", "1:129"), ("100,000 lines, each a mapping one space deeper", "33:33"),
    ])
    func deepNesting(_ shape: String, _ position: String) {
        let yaml = switch shape {
        case "100,000 '['": String(repeating: "[", count: 100_000)
        case "100,000 '{a: '": String(repeating: "{a: ", count: 100_000)
        default: (0..<100_000).map { String(repeating: " ", count: min($0, 40)) + "a\($0):\n" }.joined()
        }
        #expect(messages(yaml).last == "\(position): error: nesting is deeper than 32 levels; rule files never need that")
    }

    @Test("a 50 MB file is refused by its size before it is read")
    func fiftyMegabytes() throws {
        try withDirectory { path in
            let file = (path as NSString).appendingPathComponent("huge.yaml")
            // A sparse file: 50 MB long without writing 50 MB. Parsing it would report NUL bytes, not its size.
            #expect(FileManager.default.createFile(atPath: file, contents: nil))
            #expect(truncate(file, 50 << 20) == 0)
            let loaded = PayerKnowledgeBase(decoding: [file])
            #expect(loaded.diagnostics.map(\.description) == [
                "\(file):1:1: error: the file is 52428800 bytes, more than the 8388608 allowed (LoadLimits.maxFileBytes); it was not read"
            ])
            let bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 9 << 20)
            #expect(decodeBytes(bytes).first == "1:1: error: the file is 9437184 bytes, more than the 8388608 allowed (LoadLimits.maxFileBytes); it was not read")
        }
    }

    @Test("a million-element list stops at the node limit")
    func millionElements() {
        let yaml = "huge:\n" + String(repeating: "  - 0\n", count: 1_000_000)
        // Nodes: the file's mapping, the key, the list, then element i is node 4 + i on line 2 + i.
        #expect(messages(yaml) == [
            "1:1: error: unknown key 'huge' in the payer file",
            "499999:5: error: the file has more than 500000 values, lists and mappings; split it or raise LoadLimits.maxNodes",
        ])
    }

    @Test("a service can tighten the limits; a shipped file then fails with the limit's name")
    func tightenedLimits() throws {
        let rules = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("PayerRules").path
        #expect(throws: Never.self) { try PayerKnowledgeBase.load(from: rules, limits: LoadLimits()) }
        let error = #expect(throws: PayerKitError.self) { try PayerKnowledgeBase.load(from: rules, limits: LoadLimits(maxNodes: 100)) }
        #expect(error?.diagnostics.contains { $0.message.contains("LoadLimits.maxNodes") } == true)
        let tiny = LoadLimits(maxFileBytes: 1000)
        let file = (rules as NSString).appendingPathComponent("aetna.yaml")
        #expect(PayerKnowledgeBase(decoding: [file], limits: tiny).diagnostics.first?.message.hasSuffix("(LoadLimits.maxFileBytes); it was not read") == true)
    }

    @Test("many rules listing one code are refused before the contradiction check squares them")
    func codeOverlapBomb() {
        let rule = "  - {category: c, codes: [\"99213\"], requirement: required, source: https://example.com/rule}\n"
        let yaml = minimalPayer + "prior_authorization:\n" + String(repeating: rule, count: 5_000)
        #expect(messages(yaml) == [
            "9:5: error: rules list the same codes too often to check: 12497500 overlapping rule pairs (counted per stretch of codes), more than the 100000 allowed (LoadLimits.maxCodeOverlaps); merge rules that share codes or split the file"
        ])
    }

    @Test("examples that would cost too much to run at load time are refused, not run")
    func exampleBomb() {
        let rule = "  - {category: c, codes: [\"99213\"], requirement: required, source: https://example.com/rule}\n"
        let example = "    - {code: \"99213\", date_of_service: 2026-01-01, expect: required}\n"
        let yaml = minimalPayer + "prior_authorization:\n" + String(repeating: rule, count: 400)
            + "examples:\n  authorization:\n" + String(repeating: example, count: 30)
        #expect(messages(yaml) == [
            "411:7: error: the examples would check 12000 rule entries (each example counts the entries it could match), more than the 10000 allowed (LoadLimits.maxExampleChecks); keep fewer examples"
        ])
    }

    @Test("the shipped rules sit far below every default limit")
    func shippedHeadroom() throws {
        let rules = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("PayerRules").path
        let tenth = LoadLimits(maxFileBytes: 8 << 20 / 10, maxDepth: 8, maxNodes: 50_000, maxValueBytes: 64 << 10 / 10, maxDiagnosticsPerFile: 20, maxCodeOverlaps: 10_000, maxExampleChecks: 1_000)
        #expect(throws: Never.self) { try PayerKnowledgeBase.load(from: rules, limits: tenth) }
    }

    @Test("a flood of mistakes stops at the diagnostics limit with one note saying so")
    func diagnosticsFlood() {
        let yaml = minimalPayer + "states: [" + Array(repeating: "XX", count: 100_000).joined(separator: ", ") + "]\n"
        let found = messages(yaml)
        #expect(found.count == 201)
        #expect(found.last == "8:810: error: more than 200 problems in this file; reading stopped here, fix these first (LoadLimits.maxDiagnosticsPerFile)")
    }

    // MARK: Bytes

    @Test("NUL and other control characters are reported where they are")
    func controlCharacters() {
        let yaml = Array(minimalPayer.utf8).replacing(Array("Test Health\n".utf8), with: Array("Test\0Health\n".utf8), maxReplacements: 1)
        #expect(decodeBytes(yaml) == ["3:11: error: control characters are not allowed at byte offset 37"])
    }

    @Test("invalid UTF-8 is reported at its line and column (columns count characters, not bytes)", arguments: [
        // "name: Tést Hé" is 13 characters in 15 bytes, after 27 bytes of earlier lines.
        ([0xFF], "3:14: error: invalid leading UTF-8 octet at byte offset 42"),
        ([0xC3, 0x28], "3:15: error: invalid trailing UTF-8 octet at byte offset 43"),
        ([0xED, 0xA0, 0x80], "3:14: error: invalid Unicode character at byte offset 42"),
    ] as [([UInt8], String)])
    func invalidUTF8(_ bad: [UInt8], _ expected: String) {
        let yaml = Array(minimalPayer.utf8).replacing(Array("name: Test Health\n".utf8), with: Array("name: Tést Hé".utf8) + bad + [10], maxReplacements: 1)
        #expect(decodeBytes(yaml) == [expected])
    }

    @Test("a byte-order mark at the start is skipped; positions after it are unchanged")
    func byteOrderMark() throws {
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        #expect(decodeBytes(bom + Array(minimalPayer.utf8)).isEmpty)
        let broken = minimalPayer.replacingOccurrences(of: "id: test", with: "id: Test")
        #expect(decodeBytes(bom + Array(broken.utf8)) == ["2:5: error: id must use lower-case letters, digits and dashes, not 'Test'"])
    }

    @Test("UTF-16 (as some Windows editors save) is refused at 1:1 with what to do")
    func utf16() {
        let littleEndian: [UInt8] = [0xFF, 0xFE] + minimalPayer.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let bigEndian: [UInt8] = [0xFE, 0xFF] + minimalPayer.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(decodeBytes(littleEndian) == ["1:1: error: the file is UTF-16; save it as UTF-8"])
        #expect(decodeBytes(bigEndian) == ["1:1: error: the file is UTF-16; save it as UTF-8"])
    }

    @Test("CRLF and lone CR line ends read like LF, with the same positions")
    func lineEnds() {
        let broken = minimalPayer.replacingOccurrences(of: "id: test", with: "id: Test")
        let expected = ["2:5: error: id must use lower-case letters, digits and dashes, not 'Test'"]
        #expect(messages(minimalPayer.replacingOccurrences(of: "\n", with: "\r\n")).isEmpty)
        #expect(messages(broken.replacingOccurrences(of: "\n", with: "\r\n")) == expected)
        #expect(messages(broken.replacingOccurrences(of: "\n", with: "\r")) == expected)
        let control = Array(minimalPayer.replacingOccurrences(of: "\n", with: "\r\n").utf8).replacing(Array("Test Health".utf8), with: Array("Test\u{1}Health".utf8), maxReplacements: 1)
        #expect(decodeBytes(control) == ["3:11: error: control characters are not allowed at byte offset 39"])
    }

    @Test("a very long line: a megabyte value is refused by its length, a megabyte key by libyaml's key limit")
    func longLines() {
        let value = String(repeating: "a", count: 1 << 20)
        #expect(messages(minimalPayer + "notes: \(value)\n") == [
            "8:8: error: a value of 1048576 bytes is longer than the 65536 allowed; rule values are short text"
        ])
        #expect(messages(minimalPayer + "\(value): x\n") == ["8:1048577: error: could not find expected ':' (while scanning a simple key started at 8:1)"])
        // Within the limit, a long line of many short values is fine until the values themselves are wrong.
        let longList = "aliases: [" + (0..<20_000).map { "alias \($0)" }.joined(separator: ", ") + "]\n"
        #expect(messages(minimalPayer.replacingOccurrences(of: "aliases: [TH, Test Health Plan]\n", with: longList)).isEmpty)
    }

    @Test("a repeated list entry is reported where it repeats and where it first was, in linear time however long the list", .timeLimit(.minutes(1)))
    func repeatedEntries() {
        // 50,001 aliases: a pairwise search for repeats would make a billion comparisons, minutes in a debug build.
        let aliases = (0..<50_000).map { "alias \($0)" } + ["alias 7"]
        let yaml = minimalPayer.replacingOccurrences(
            of: "aliases: [TH, Test Health Plan]\n", with: "aliases: [\(aliases.joined(separator: ", "))]\n")
        #expect(messages(yaml) == ["4:638901: error: 'alias 7' is listed twice in aliases; first at 4:74"])
        #expect(messages(minimalPayer + "states: [TX, OH, TX]\n") == ["8:18: error: 'TX' is listed twice in states; first at 8:10"])
    }

    @Test("a 64 KB unknown key or reference is reported in a short message, without a costly suggestion")
    func hugeNames() {
        let name = String(repeating: "b", count: 60_000)
        // An explicit key ('? '), because libyaml refuses implicit keys over 1024 characters.
        let found = messages(minimalPayer + "? \(name)\n: 1\n")
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("8:3: error: unknown key 'bbbb") == true)
        #expect((found.first?.count ?? .max) < 700)
        let program = String(repeating: "p", count: 60_000)
        let references = minimalPayer + """
            programs:
              - {id: \(program)a, name: A, source: https://example.com/p}
            prior_authorization:
              - {category: c, codes: ["99213"], requirement: required, program: \(program)b, source: https://example.com/r}

            """
        let referenceMessages = messages(references)
        #expect(referenceMessages.count == 1)
        #expect(referenceMessages.first?.hasPrefix("11:69: error: program 'pppp") == true)
        #expect(referenceMessages.first?.hasSuffix("pppb' is not declared under 'programs'") == true)
        #expect(referenceMessages.first?.contains("characters left out") == true)
    }

    // MARK: Values

    @Test("integers beyond 64 bits are out of range, not a crash", arguments: ["99999999999999999999999", "18446744073709551616", "9223372036854775808"])
    func hugeIntegers(_ digits: String) {
        let yaml = minimalPayer + "timely_filing:\n  - limit: {length: \(digits), unit: calendar-days}\n    source: https://example.com/t\n"
        #expect(messages(yaml) == ["9:21: error: length must be between 1 and 1000, not \(digits)"])
        let version = minimalPayer.replacingOccurrences(of: "schema_version: 1", with: "schema_version: \(digits)")
        #expect(messages(version) == ["1:17: error: schema_version '\(digits)' is not supported; this PayerKit reads schema_version 1 and 2"])
    }

    @Test("negative and zero windows are refused", arguments: [
        ("-5", "length must be a whole number written in digits, not '-5'"),
        ("0", "length must be between 1 and 1000, not 0"),
        ("-0", "length must be a whole number written in digits, not '-0'"),
        ("000", "length must be between 1 and 1000, not 000"),
    ])
    func nonPositiveWindows(_ length: String, _ message: String) {
        let yaml = minimalPayer + """
            retro_authorization:
              - accepted: true
                window: {length: \(length), unit: calendar-days}
                anchor: date-of-service
                policy: sample
                source: https://example.com/retro

            """
        #expect(messages(yaml) == ["10:22: error: \(message)"])
    }

    @Test("impossible dates are refused", arguments: ["2026-02-30", "2025-02-29", "2026-00-10", "2026-12-32", "99999-01-01"])
    func impossibleDates(_ value: String) {
        let yaml = minimalPayer.replacingOccurrences(of: "2026-11-01", with: value)
        #expect(messages(yaml) == ["6:16: error: last_verified must be a real date written YYYY-MM-DD, not '\(value)'"])
    }

    @Test("effective_until before effective_from is refused whichever key comes first")
    func datesOutOfOrder() {
        func rule(_ first: String, _ second: String) -> String {
            minimalPayer + """
                prior_authorization:
                  - category: c
                    codes: ["99213"]
                    requirement: required
                    \(first)
                    \(second)
                    source: https://example.com/rule

                """
        }
        let from = "effective_from: 2026-01-01"
        let until = "effective_until: 2025-06-30"
        let expected = ["error: effective_until 2025-06-30 must be after effective_from 2026-01-01"]
        #expect(messages(rule(from, until)).map(dropPositionAndLine) == expected)
        #expect(messages(rule(until, from)).map(dropPositionAndLine) == expected)
        #expect(messages(rule(from, until)).first?.hasPrefix("13:22:") == true)
        #expect(messages(rule(until, from)).first?.hasPrefix("12:22:") == true)
    }

    // MARK: Files and directories

    @Test("empty files, blank files and files of only comments or '---' say what is missing", arguments: [
        ("", "1:1: error: the file is empty; a payer file starts with 'schema_version: 2'"),
        ("\n\n   \n", "1:1: error: the file is empty; a payer file starts with 'schema_version: 2'"),
        ("# only a comment\n", "1:1: error: the file is empty; a payer file starts with 'schema_version: 2'"),
        ("---\n", "2:1: error: expected a mapping of keys for the payer file, found nothing"),
        ("---\n...\n---\n", "2:1: error: expected a mapping of keys for the payer file, found nothing"),
    ])
    func emptyFiles(_ yaml: String, _ expected: String) {
        #expect(messages(yaml).first == expected)
    }

    @Test("a file without read permission is reported, not skipped", .enabled(if: geteuid() != 0, "root reads a file whatever its mode"))
    func unreadableFile() throws {
        try withDirectory { path in
            let file = (path as NSString).appendingPathComponent("test.yaml")
            try minimalPayer.write(toFile: file, atomically: true, encoding: .utf8)
            #expect(chmod(file, 0) == 0)
            defer { chmod(file, 0o644) }
            #expect(PayerKnowledgeBase(decoding: [file]).diagnostics.map(\.description) == ["\(file):1:1: error: cannot read the file: permission denied"])
        }
    }

    @Test("a directory, a FIFO or a device named *.yaml is refused without reading (or blocking on) it")
    func notRegularFiles() throws {
        try withDirectory { path in
            let directory = (path as NSString).appendingPathComponent("directory.yaml")
            let fifo = (path as NSString).appendingPathComponent("fifo.yaml")
            let device = (path as NSString).appendingPathComponent("zero.yaml")
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: false)
            #expect(mkfifo(fifo, 0o644) == 0)
            try FileManager.default.createSymbolicLink(atPath: device, withDestinationPath: "/dev/zero")
            let loaded = PayerKnowledgeBase(decoding: [directory, fifo, device])
            #expect(loaded.diagnostics.map(\.description) == [
                "\(directory):1:1: error: this is a directory, not a rule file",
                "\(fifo):1:1: error: this is not a regular file (it is a device, pipe or socket); rule files are plain text files",
                "\(device):1:1: error: this is not a regular file (it is a device, pipe or socket); rule files are plain text files",
            ])
        }
    }

    #if os(Linux)
    @Test("a file whose size fstat understates (procfs reports 0) is read to its end, and never past the size limit")
    func understatedSize() throws {
        guard case .bytes(let status) = RuleFile.read("/proc/self/status", limits: .default) else {
            Issue.record("/proc/self/status was refused")
            return
        }
        #expect(String(decoding: status, as: UTF8.self).contains("\nPid:"))
        guard case .refused(let tooLarge) = RuleFile.read("/proc/self/status", limits: LoadLimits(maxFileBytes: 100)) else {
            Issue.record("a 100-byte limit did not refuse /proc/self/status")
            return
        }
        #expect(tooLarge.message == "the file is 101 bytes, more than the 100 allowed (LoadLimits.maxFileBytes); it was not read")
    }
    #endif

    @Test("symbolic-link loops and dangling links in the rules directory are reported by name")
    func symlinkLoops() throws {
        try withDirectory { path in
            func link(_ name: String, to target: String) throws {
                try FileManager.default.createSymbolicLink(atPath: (path as NSString).appendingPathComponent(name), withDestinationPath: target)
            }
            try minimalPayer.write(toFile: (path as NSString).appendingPathComponent("test.yaml"), atomically: true, encoding: .utf8)
            try link("a.yaml", to: "b.yaml")
            try link("b.yaml", to: "a.yaml")
            try link("self.yaml", to: "self.yaml")
            try link("gone.yaml", to: "nowhere.yaml")
            try link("subdirectory", to: ".")
            let error = #expect(throws: PayerKitError.self) { try PayerKnowledgeBase.load(from: path) }
            #expect(error?.diagnostics.map { "\(($0.location.file as NSString).lastPathComponent):\($0.location.line):\($0.location.column): \($0.message)" } == [
                "a.yaml:1:1: cannot read the file: too many levels of symbolic links",
                "b.yaml:1:1: cannot read the file: too many levels of symbolic links",
                "gone.yaml:1:1: cannot read the file: no such file or directory",
                "self.yaml:1:1: cannot read the file: too many levels of symbolic links",
            ])
            let partial = try PayerKnowledgeBase.load(from: path, allowingPartial: true)
            #expect(partial.payers.map(\.id) == ["test"])
        }
    }

    @Test("other files beside the rules are ignored; a near miss such as aetna.yml gets a warning")
    func nonYAMLFiles() throws {
        try withDirectory { path in
            let files = [
                "test.yaml": minimalPayer, "README.md": "# Rules\n", "payer-file.schema.json": "{}", "notes.txt": "\0\u{1}binary",
                ".hidden.yaml": "not: [valid", "aetna.yml": minimalPayer, "cigna.YAML": minimalPayer, "test.yaml~": "backup",
            ]
            for (name, text) in files {
                try text.write(toFile: (path as NSString).appendingPathComponent(name), atomically: true, encoding: .utf8)
            }
            // An Emacs lock file: a dangling symbolic link named like a rule file.
            try FileManager.default.createSymbolicLink(atPath: (path as NSString).appendingPathComponent(".#test.yaml"), withDestinationPath: "user@host.1234")
            let loaded = try PayerKnowledgeBase.load(from: path)
            #expect(loaded.payers.map(\.id) == ["test"])
            #expect(loaded.files.map { ($0 as NSString).lastPathComponent } == ["test.yaml"])
            #expect(loaded.diagnostics.map { "\(($0.location.file as NSString).lastPathComponent):\($0.location.line):\($0.location.column): \($0.severity.rawValue): \($0.message)" } == [
                "aetna.yml:1:1: warning: not loaded: rule files are named <payer-id>.yaml (lower-case '.yaml')",
                "cigna.YAML:1:1: warning: not loaded: rule files are named <payer-id>.yaml (lower-case '.yaml')",
            ])
        }
    }
}

// MARK: Helpers

/// Decodes raw bytes as `test.yaml`; diagnostics as `line:column: severity: message`.
private func decodeBytes(_ bytes: [UInt8], limits: LoadLimits = .default) -> [String] {
    PayerFileDecoder.decode(bytes, file: "test.yaml", expectedID: "test", limits: limits).diagnostics.map {
        "\($0.location.line):\($0.location.column): \($0.severity.rawValue): \($0.message)"
    }
}

/// `"13:22: error: message (line 12)"` → `"error: message"`.
private func dropPositionAndLine(_ message: String) -> String {
    let withoutPosition = message.split(separator: " ", maxSplits: 1).last.map(String.init) ?? message
    guard let open = withoutPosition.range(of: " (line ", options: .backwards) else { return withoutPosition }
    return String(withoutPosition[..<open.lowerBound])
}

/// Runs `body` with a fresh temporary directory, removed afterwards.
private func withDirectory(_ body: (String) throws -> Void) throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("payerkit-hostile-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: path) }
    try body(path)
}
