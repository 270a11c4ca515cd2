import Foundation
import Testing

extension CLITests {
    /// Runs `payer` with `input` on standard input.
    func payer(_ arguments: [String], input: String, in directory: URL) throws -> Run {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = ["PATH": "/usr/bin:/bin", "NO_COLOR": "1"]
        let (stdin, out, err) = (Pipe(), Pipe(), Pipe())
        (process.standardInput, process.standardOutput, process.standardError) = (stdin, out, err)
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, out: String(decoding: outData, as: UTF8.self), err: String(decoding: errData, as: UTF8.self))
    }

    static let acmeList = """
        Acme Health prior authorization list, effective 01/01/2026. Questions: 800-555-0100.
        Advanced imaging   70551 –
                           70552
        Lumbar MRI         72148
        """

    @Test("compare-codes prints counts, added and removed codes with the rule's file:line, ignored tokens and the YAML")
    func compareCodesText() throws {
        let directory = try fixture(["list.txt": Self.acmeList])
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("PayerRules"), withIntermediateDirectories: true)
        try Self.acme.write(to: directory.appendingPathComponent("PayerRules/acme.yaml"), atomically: true, encoding: .utf8)
        let run = try payer("compare-codes", "acme", "list.txt", "--date", "2026-01-01", "--line-of-business", "commercial", in: directory)
        #expect(run.status == 0, "\(run.err)")
        let lines = run.out.components(separatedBy: "\n")
        #expect(lines.prefix(2) == [
            "Acme Health (acme): list.txt against the codes PayerRules/acme.yaml requires on 2026-01-01 (commercial)",
            "  1 rule compared; the list has 3 codes: 1 added, 1 removed, 2 unchanged",
        ])
        #expect(run.out.contains("Added (1 code):\n  72148\n"))
        #expect(run.out.contains("Removed (1 code):\n  70553  PayerRules/acme.yaml:14 (Advanced imaging)\n"))
        #expect(run.out.contains("  list.txt:1:49: 01/01/2026 — date\n  list.txt:1:72: 800-555-0100 — phone number\n"))
        #expect(run.out.contains("#    PayerRules/acme.yaml:14: add effective_until: 2026-01-01 (Advanced imaging; 70553 left the list; its other codes continue in the entry below)"))
        #expect(run.out.contains("    codes: [\"72148\"]\n    requirement: required\n    lines_of_business: [commercial]\n    effective_from: 2026-01-01\n    source: REPLACE-WITH-SOURCE-URL\n"))
    }

    @Test("compare-codes reads standard input, prints JSON, and refuses a text with no codes (exit 64)")
    func compareCodesInputAndErrors() throws {
        let directory = try fixture(["acme.yaml": Self.acme])
        let json = try payer(["compare-codes", "acme", "-", "--date", "2026-01-01", "--json", "--rules", "."], input: "70551-70553\n", in: directory)
        #expect(json.status == 0, "\(json.err)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any])
        #expect(object["unchangedCount"] as? Int == 3)
        #expect(object["addedCount"] as? Int == 0)
        #expect((object["yamlFragment"] as? String)?.hasSuffix("# No change: the list and the rules agree.\n") == true)

        let empty = try payer(["compare-codes", "acme", "-", "--rules", "."], input: "Updated 12/31. Call 800-555-0100.\n", in: directory)
        #expect(empty.status == 64)
        #expect(empty.out.isEmpty)
        #expect(empty.err == "payer: standard input: the text has no CPT or HCPCS code (2 numbers were read and are not codes); nothing was compared. Check the file is the code list (pdftotext the PDF first)\n")

        let missing = try payer("compare-codes", "acme", "no-such-list.txt", "--rules", ".", in: directory)
        #expect(missing.status == 64)
        #expect(missing.err.contains("cannot read 'no-such-list.txt'"))
    }
}
