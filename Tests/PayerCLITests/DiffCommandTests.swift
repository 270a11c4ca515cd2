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

extension CLITests {
    /// The names left in a directory, to check that `payer diff` removed its temporary checkouts.
    func leftovers(in directory: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
    }

    @Test("diff from a revision without the rules directory, or without rule files in it, lists every payer as added")
    func diffFromEmptyRevision() throws {
        let repository = try fixture(["README.md": "Rules come later.\n"])
        let temporary = try fixture([:])
        try git("init", "-q", in: repository)
        try git("add", ".", in: repository)
        try git("commit", "-q", "-m", "no rules directory", in: repository)
        let rules = repository.appendingPathComponent("PayerRules")
        try FileManager.default.createDirectory(at: rules, withIntermediateDirectories: true)
        try "Rule files go here.\n".write(to: rules.appendingPathComponent("README.md"), atomically: true, encoding: .utf8)
        try git("add", ".", in: repository)
        try git("commit", "-q", "-m", "a rules directory without rule files", in: repository)
        try Self.acme.write(to: rules.appendingPathComponent("acme.yaml"), atomically: true, encoding: .utf8)
        try git("add", ".", in: repository)
        try git("commit", "-q", "-m", "first payer", in: repository)

        for old in ["HEAD~2", "HEAD~1"] {
            let markdown = try payer("diff", old, "HEAD", environment: ["TMPDIR": temporary.path], in: repository)
            #expect(markdown.status == 0, "\(old): \(markdown.err)")
            #expect(markdown.out.contains(", 0 files, content "), "\(old)")
            #expect(markdown.out.contains("- **added payer** `acme`"), "\(old)")
            #expect(markdown.err.contains("payer: \(old) has no rule files in the rules directory; comparing it as an empty rule set"))
            #expect(try leftovers(in: temporary) == [], "\(old)")

            let json = try payer("diff", old, "--json", environment: ["TMPDIR": temporary.path], in: repository)
            #expect(json.status == 0, "\(old): \(json.err)")
            let object = try #require(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any])
            #expect(object["addedPayers"] as? [String] == ["acme"])
            #expect(object["removedPayers"] as? [String] == [])
            #expect((object["old"] as? [String: Any])?["fileCount"] as? Int == 0)
        }

        // The other way round, every payer is removed.
        let backwards = try payer("diff", "HEAD", "HEAD~2", environment: ["TMPDIR": temporary.path], in: repository)
        #expect(backwards.status == 0, "\(backwards.err)")
        #expect(backwards.out.contains("- **removed payer** `acme`"))
        #expect(try leftovers(in: temporary) == [])
    }

    @Test("diff removes its temporary checkouts when it fails after checking one out")
    func diffCleansUpOnError() throws {
        let repository = try fixture([:])
        let temporary = try fixture([:])
        let rules = repository.appendingPathComponent("PayerRules")
        try FileManager.default.createDirectory(at: rules, withIntermediateDirectories: true)
        try Self.acme.write(to: rules.appendingPathComponent("acme.yaml"), atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(at: repository.appendingPathComponent("empty"), withIntermediateDirectories: true)
        try git("init", "-q", in: repository)
        try git("add", ".", in: repository)
        try git("commit", "-q", "-m", "first", in: repository)

        // The new side is not a revision: the old side was already checked out.
        let unknown = try payer("diff", "HEAD", "no-such-revision", environment: ["TMPDIR": temporary.path], in: repository)
        #expect(unknown.status == 64)
        #expect(unknown.err.contains("'no-such-revision' is neither a directory nor a git revision"))
        #expect(try leftovers(in: temporary) == [])

        // Both sides resolve, then loading a directory without rule files fails.
        let empty = try payer("diff", "HEAD", "empty", environment: ["TMPDIR": temporary.path], in: repository)
        #expect(empty.status == 66)
        #expect(empty.err.contains("empty: no rule files in 'empty'"))
        #expect(try leftovers(in: temporary) == [])

        // And a successful run leaves nothing behind either.
        let same = try payer("diff", "HEAD", "HEAD", environment: ["TMPDIR": temporary.path], in: repository)
        #expect(same.status == 0, "\(same.err)")
        #expect(same.out.contains("No change in what the rules say."))
        #expect(try leftovers(in: temporary) == [])
    }
}
