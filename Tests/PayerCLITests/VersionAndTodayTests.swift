import Foundation
import Testing

extension CLITests {
    @Test("--version marks rules with uncommitted changes as dirty: an edit, a new file, a deletion; a commit cleans it")
    func versionDirty() throws {
        let repository = try fixture(["README.md": "not rules"])
        let rules = repository.appendingPathComponent("PayerRules")
        try FileManager.default.createDirectory(at: rules, withIntermediateDirectories: true)
        try Self.acme.write(to: rules.appendingPathComponent("acme.yaml"), atomically: true, encoding: .utf8)
        try git("init", "-q", in: repository)
        try git("add", ".", in: repository)
        try git("commit", "-q", "-m", "first", in: repository)

        func versionLine() throws -> String {
            let run = try payer("--version", in: repository)
            #expect(run.status == 0)
            return String(run.out.split(separator: "\n").last ?? "")
        }
        let clean = try versionLine()
        #expect(clean.hasPrefix("rules PayerRules (working directory): schema 2, 1 file, content "))
        #expect(clean.contains(", git "))
        #expect(!clean.contains("dirty"))

        // Outside the rules, and an editor's lock file inside them, change nothing.
        try "edited".write(to: repository.appendingPathComponent("README.md"), atomically: true, encoding: .utf8)
        try "lock".write(to: rules.appendingPathComponent(".#acme.yaml"), atomically: true, encoding: .utf8)
        #expect(try versionLine() == clean)

        try (Self.acme + "notes: edited\n").write(to: rules.appendingPathComponent("acme.yaml"), atomically: true, encoding: .utf8)
        let edited = try versionLine()
        #expect(edited.hasSuffix(" (dirty: uncommitted rule changes)"))
        #expect(edited != clean + " (dirty: uncommitted rule changes)", "the content hash follows the edit")
        try git("commit", "-q", "-am", "second", in: repository)
        #expect(!(try versionLine()).contains("dirty"))

        try Self.acme.replacingOccurrences(of: "id: acme", with: "id: zeta").replacingOccurrences(of: "Acme", with: "Zeta")
            .write(to: rules.appendingPathComponent("zeta.yaml"), atomically: true, encoding: .utf8)
        #expect(try versionLine().hasSuffix("(dirty: uncommitted rule changes)"), "an untracked rule file")
        try git("add", ".", in: repository)
        try git("commit", "-q", "-m", "third", in: repository)
        try FileManager.default.removeItem(at: rules.appendingPathComponent("zeta.yaml"))
        #expect(try versionLine().hasSuffix("(dirty: uncommitted rule changes)"), "a deleted rule file")
    }

    @Test("--version outside a git work tree names no revision and no dirt")
    func versionOutsideGit() throws {
        let rules = try fixture(["acme.yaml": Self.acme])
        let run = try payer("--version", "--rules", rules.path, in: rules.deletingLastPathComponent())
        #expect(run.status == 0)
        #expect(run.out.contains(": schema 2, 1 file, content "))
        #expect(!run.out.contains("git"))
        #expect(!run.out.contains("dirty"))
    }

    @Test("--today sets the day staleness and retro windows are judged on, before or after the subcommand")
    func today() throws {
        let rules = try fixture(["acme.yaml": Self.acme])
        // The fixture was verified 2026-11-01; 180 days later it is stale.
        let fresh = try payer("--today", "2026-12-01", "auth", "acme", "70551", "--date", "2026-11-20", "--json", "--rules", rules.path)
        let stale = try payer("auth", "acme", "70551", "--date", "2026-11-20", "--json", "--rules", rules.path, "--today", "2027-06-01")
        #expect(fresh.status == 0 && stale.status == 0)
        #expect(try #require(try JSONSerialization.jsonObject(with: Data(fresh.out.utf8)) as? [[String: Any]]).first?["stale"] as? Bool == false)
        #expect(try #require(try JSONSerialization.jsonObject(with: Data(stale.out.utf8)) as? [[String: Any]]).first?["stale"] as? Bool == true)

        let retro = try payer("--today", "2026-11-06", "retro", "acme", "--service-date", "2026-11-01", "--json", "--rules", rules.path)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(retro.out.utf8)) as? [String: Any])
        #expect(json["asOf"] as? String == "2026-11-06")
        #expect(json["daysLeft"] as? Int == 9)

        // Without --today a date of service defaults to the local day.
        let local = try payer("auth", "acme", "70551", "--json", "--rules", rules.path, environment: ["TZ": "Pacific/Kiritimati"])
        let day = try #require(try JSONSerialization.jsonObject(with: Data(local.out.utf8)) as? [[String: Any]]).first?["dateOfService"] as? String
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try #require(TimeZone(identifier: "Pacific/Kiritimati"))
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        let expected = String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
        #expect(day == expected)

        let bad = try payer("--today", "2026-02-30", "auth", "acme", "70551", "--rules", rules.path)
        #expect(bad.status == 64)
        #expect(bad.err == "payer: '2026-02-30' is not a date (February 2026 has 28 days): dates are YYYY-MM-DD, MM/DD/YYYY, today or tomorrow\n")
    }
}
