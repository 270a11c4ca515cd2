import Foundation
import Testing

extension CLITests {
    /// Runs git in `directory` with a fixed identity, so commits work on a clean CI machine.
    func git(_ arguments: String..., in directory: URL) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-c", "user.name=PayerKit Tests", "-c", "user.email=tests@example.com", "-c", "commit.gpgsign=false"] + arguments
        process.currentDirectoryURL = directory
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "git \(arguments.joined(separator: " "))")
    }

    @Test("diff between two git revisions of the rules prints the real change as Markdown and JSON")
    func diffRevisions() throws {
        let repository = try fixture([:])
        let rules = repository.appendingPathComponent("PayerRules")
        try FileManager.default.createDirectory(at: rules, withIntermediateDirectories: true)
        try Self.acme.write(to: rules.appendingPathComponent("acme.yaml"), atomically: true, encoding: .utf8)
        try git("init", "-q", in: repository)
        try git("add", ".", in: repository)
        try git("commit", "-q", "-m", "first", in: repository)
        let edited = Self.acme.replacingOccurrences(of: "\"70551-70553\"", with: "\"70551-70553\", \"72148\"")
            .replacingOccurrences(of: "800-555-0101", with: "800-555-0199")
        try edited.write(to: rules.appendingPathComponent("acme.yaml"), atomically: true, encoding: .utf8)
        try git("commit", "-q", "-am", "second", in: repository)

        let markdown = try payer("diff", "HEAD~1", "HEAD", in: repository)
        #expect(markdown.status == 0)
        #expect(markdown.out.hasPrefix("## PayerRules changes: `HEAD~1` → `HEAD`"))
        #expect(markdown.out.contains("### Acme Health (`acme`)"))
        #expect(markdown.out.contains("- added `72148`: required"))
        #expect(markdown.out.contains("- changed `prior-authorization`: ~~phone 800-555-0101; fax 800-555-0102~~ → phone 800-555-0199; fax 800-555-0102"))

        let json = try payer("diff", "HEAD~1", "--json", in: repository)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any])
        let payers = try #require(object["changedPayers"] as? [[String: Any]])
        #expect(payers.first?["id"] as? String == "acme")
        #expect((payers.first?["changes"] as? [Any])?.count == 2)

        let unknown = try payer("diff", "no-such-revision", in: repository)
        #expect(unknown.status == 64)
        #expect(unknown.err.contains("'no-such-revision' is neither a directory nor a git revision"))
    }
}
