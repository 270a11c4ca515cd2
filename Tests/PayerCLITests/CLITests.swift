import Foundation
import Testing

/// Runs the built `payer` binary against fixture rule directories and checks output and exit status.
@Suite("payer command line")
struct CLITests {
    struct Run {
        let status: Int32
        let out: String
        let err: String
    }

    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `payer` binary built next to this test bundle.
    static let binary: URL = {
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: directory.appendingPathComponent("payer").path), directory.path != "/" {
            directory.deleteLastPathComponent()
        }
        return directory.appendingPathComponent("payer")
    }()

    func payer(_ arguments: String..., environment: [String: String] = [:], in directory: URL = packageRoot) throws -> Run {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = ["PATH": "/usr/bin:/bin", "NO_COLOR": "1"].merging(environment) { $1 }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, out: String(decoding: outData, as: UTF8.self), err: String(decoding: errData, as: UTF8.self))
    }

    func fixture(_ files: [String: String]) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("payer-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (name, text) in files {
            try text.write(to: url.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return url
    }

    static let acme = """
        schema_version: 1
        id: acme
        name: Acme Health
        aliases: [Acme]
        lines_of_business: [commercial]
        last_verified: 2026-11-01
        sources: [https://example.com/acme]
        contacts:
          - purpose: prior-authorization
            phone: 800-555-0101
            fax: 800-555-0102
            source: https://example.com/acme/pa
        prior_authorization:
          - category: Advanced imaging
            codes: ["70551-70553"]
            requirement: required
            documentation: [clinical notes]
            source: https://example.com/acme/imaging
        retro_authorization:
          - accepted: true
            window: {length: 14, unit: calendar-days}
            anchor: date-of-service
            after_window: appeal
            policy: Retro requests within 14 days of the date of service.
            source: https://example.com/acme/retro
        decision_timeframes:
          - standard: {length: 7, unit: calendar-days}
            source: https://example.com/acme/tf
        """

    @Test("auth prints one verdict line per code, the rule, whom to call and the source; exit 0")
    func auth() throws {
        let rules = try fixture(["acme.yaml": Self.acme])
        let run = try payer("auth", "ACME", "70553", "99999", "--date", "2026-11-20", "--rules", rules.path)
        #expect(run.status == 0)
        let lines = run.out.split(separator: "\n").map(String.init)
        #expect(lines.first == "70553  REQUIRED  — Acme Health, date of service 2026-11-20")
        #expect(run.out.contains("call: Prior authorization: phone 800-555-0101, fax 800-555-0102"))
        #expect(run.out.contains("source: https://example.com/acme/imaging (\(rules.path)/acme.yaml:14; last verified 2026-11-01)"))
        #expect(run.out.contains("99999  UNKNOWN  — Acme Health"))
        #expect(run.err.isEmpty)
    }

    @Test("--json is parseable and carries the documented keys")
    func authJSON() throws {
        let rules = try fixture(["acme.yaml": Self.acme])
        let run = try payer("auth", "acme", "70552-50", "--json", "--date", "2026-11-20", "--rules", rules.path)
        #expect(run.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [[String: Any]])
        #expect(json.first?["verdict"] as? String == "required")
        #expect(json.first?["crdPaNeeded"] as? String == "auth-needed")
        #expect(json.first?["code"] as? String == "70552")
        #expect(json.first?["modifiers"] as? [String] == ["50"])
        #expect(json.first?["dateOfService"] as? String == "2026-11-20")
        let ruleSet = try #require(json.first?["ruleSet"] as? [String: Any])
        #expect(ruleSet["schemaVersion"] as? Int == 2)
        #expect(ruleSet["fileCount"] as? Int == 1)
        #expect((ruleSet["contentHash"] as? String)?.count == 16)
    }

    @Test("retro says the deadline and days left; JSON too")
    func retro() throws {
        let rules = try fixture(["acme.yaml": Self.acme])
        let run = try payer("retro", "acme", "--service-date", "2026-11-01", "--as-of", "2026-11-06", "--rules", rules.path)
        #expect(run.status == 0)
        #expect(run.out.hasPrefix("Acme Health, service 2026-11-01, as of 2026-11-06: retro-authorization accepted within 14 calendar days of the date of service: deadline 2026-11-15 (9 days left)"))
        let closed = try payer("retro", "acme", "--service-date", "2026-11-01", "--as-of", "2026-11-20", "--json", "--rules", rules.path)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(closed.out.utf8)) as? [String: Any])
        #expect(json["status"] as? String == "closed")
        #expect(json["deadline"] as? String == "2026-11-15")
    }

    @Test("contact, list and checklist work on the fixture")
    func contactListChecklist() throws {
        let rules = try fixture(["acme.yaml": Self.acme])
        let contact = try payer("contact", "acme", "--rules", rules.path)
        #expect(contact.status == 0)
        #expect(contact.out.contains("Prior authorization: phone 800-555-0101, fax 800-555-0102"))
        let list = try payer("list", "--json", environment: ["PAYER_RULES": rules.path])
        let payers = try #require(try JSONSerialization.jsonObject(with: Data(list.out.utf8)) as? [[String: Any]])
        #expect(payers.map { $0["id"] as? String } == ["acme"])
        let checklist = try payer("checklist", "acme", "70553", "--date", "2026-11-20", "--format", "markdown", "--rules", rules.path)
        #expect(checklist.status == 0)
        #expect(checklist.out.contains("- **Auth needed?:** REQUIRED"))
        #expect(checklist.out.contains("- [ ] Documentation: clinical notes (per the rule)"))
        #expect(checklist.out.contains("- [ ] Reference number: ____"))
        #expect(checklist.out.contains("retro-authorization accepted within 14 calendar days"))
    }

    @Test("an unknown payer suggests ids; exit 64")
    func unknownPayer() throws {
        let rules = try fixture(["acme.yaml": Self.acme])
        let run = try payer("auth", "acmee", "70553", "--rules", rules.path)
        #expect(run.status == 64)
        #expect(run.err == "payer: unknown payer 'acmee'; did you mean 'acme'?\n")
        #expect(run.out.isEmpty)
    }

    @Test("an invalid code says what a code looks like; exit 64")
    func invalidCode() throws {
        let rules = try fixture(["acme.yaml": Self.acme])
        let run = try payer("auth", "acme", "7055", "--rules", rules.path)
        #expect(run.status == 64)
        #expect(run.err.hasPrefix("payer: '7055' is not a CPT or HCPCS code: expected 5 digits"))
    }

    @Test("a malformed rule file: lint prints path:line:column and exits 1; a query on it exits 1")
    func malformedRules() throws {
        let rules = try fixture(["acme.yaml": Self.acme.replacingOccurrences(of: "requirement: required", with: "requirment: required")])
        let lint = try payer("lint", "--rules", rules.path)
        #expect(lint.status == 1)
        #expect(lint.out.contains("\(rules.path)/acme.yaml:16:5: error: unknown key 'requirment' in an entry of prior_authorization (did you mean 'requirement'?)"))
        let auth = try payer("auth", "acme", "70553", "--rules", rules.path)
        #expect(auth.status == 1)
        #expect(auth.err.contains("acme.yaml:16:5: error: unknown key 'requirment'"))
    }

    @Test("lint --strict fails on warnings; contradicting rules are an error")
    func strictLint() throws {
        let unsorted = Self.acme + """

            vendors:
              - {id: evicore, name: eviCore healthcare, source: https://example.com/e}
              - {id: carelon, name: Carelon Medical Benefits Management, source: https://example.com/c}

            """
        let rules = try fixture(["acme.yaml": Self.withoutTemplateValues(unsorted)])
        let lint = try payer("lint", "--rules", rules.path)
        #expect(lint.status == 0)
        #expect(lint.out.contains("warning: vendor 'carelon' should come before 'evicore'"))
        #expect(try payer("lint", "--strict", "--rules", rules.path).status == 1)

        let overlapping = Self.acme.components(separatedBy: "retro_authorization:")[0] + """
              - category: Overlap
                codes: ["70553"]
                requirement: not-required
                source: https://example.com/o

            """
        let contradiction = try payer("lint", "--rules", try fixture(["acme.yaml": overlapping]).path)
        #expect(contradiction.status == 1)
        #expect(contradiction.out.contains("acme.yaml:19:5: error: code 70553 is not-required here but required in the rule at line 14 for an overlapping scope; narrow one of them"))
    }

    @Test("no rules anywhere (a copy of payer without its bundle, run elsewhere) says how to point at them; exit 66")
    func missingRules() throws {
        let payer = try installedCopy(withBundle: false)
        let run = try run(payer, ["list"], in: try fixture([:]))
        #expect(run.status == 66)
        #expect(run.err == "payer: no rules found: no --rules, no $PAYER_RULES, no ./PayerRules here and no PayerKit_PayerKit.resources beside the payer binary; point at a rules directory with --rules DIR or export PAYER_RULES=DIR\n")
        let version = try self.run(payer, ["--version"], in: try fixture([:]))
        #expect(version.status == 66)
        #expect(version.out == "payer 0.1.0\nrules: none found\n")
    }

    @Test("the shipped rules answer from the repository root; --version names the rule set")
    func shippedRules() throws {
        let run = try payer("auth", "medicare", "64490", "--date", "2024-01-01", "--setting", "hospital-outpatient")
        #expect(run.status == 0)
        #expect(run.out.hasPrefix("64490  REQUIRED  — Medicare Fee-for-Service, date of service 2024-01-01"))
        let version = try payer("--version")
        #expect(version.out.hasPrefix("payer 0.1.0\nrules PayerRules (working directory): "))
        #expect(version.out.contains("schema 2, ") && version.out.contains(" files, content "))
    }
}
