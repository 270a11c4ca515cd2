import Foundation
import Testing

extension CLITests {
    /// A copy of the built `payer` and, when `withBundle`, its resource bundle, in a new directory: an installed tool.
    func installedCopy(withBundle: Bool = true) throws -> URL {
        let bin = try fixture([:]).appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.binary, to: bin.appendingPathComponent("payer"))
        if withBundle {
            let bundle = Self.binary.deletingLastPathComponent().appendingPathComponent("PayerKit_PayerKit.resources")
            try FileManager.default.copyItem(at: bundle, to: bin.appendingPathComponent("PayerKit_PayerKit.resources"))
        }
        return bin.appendingPathComponent("payer")
    }

    func run(_ executable: URL, _ arguments: [String], environment: [String: String] = [:], in directory: URL) throws -> Run {
        let process = Process()
        process.executableURL = executable
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

    @Test("an installed copy answers from its bundled rules in any directory, and says so in --version, text and JSON")
    func installedCopyUsesBundledRules() throws {
        let payer = try installedCopy()
        let elsewhere = try fixture([:])
        let version = try run(payer, ["--version"], in: elsewhere)
        #expect(version.status == 0)
        #expect(version.out.contains("PayerKit_PayerKit.resources/PayerRules (bundled with payer): schema 2, "))
        let auth = try run(payer, ["auth", "medicare", "64490", "--date", "2024-01-01", "--setting", "hospital-outpatient"], in: elsewhere)
        #expect(auth.status == 0, "\(auth.err)")
        #expect(auth.out.hasPrefix("64490  REQUIRED"))
        #expect(auth.out.contains("rules: \(payer.deletingLastPathComponent().path)/PayerKit_PayerKit.resources/PayerRules (bundled with payer)"))
        let json = try run(payer, ["retro", "aetna", "--service-date", "2026-11-01", "--today", "2026-11-02", "--json"], in: elsewhere)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any])
        let location = try #require(object["rulesLocation"] as? [String: String])
        #expect(location["from"] == "bundled")
        #expect(location["directory"]?.hasSuffix("PayerKit_PayerKit.resources/PayerRules") == true)
    }

    @Test("--rules, then $PAYER_RULES, then ./PayerRules, then the bundle: the first present wins and is named")
    func rulesOrder() throws {
        let payer = try installedCopy()
        let optionRules = try fixture(["acme.yaml": Self.acme])
        let environmentRules = try fixture(["acme.yaml": Self.acme])
        let workingDirectory = try fixture([:])
        try FileManager.default.createDirectory(at: workingDirectory.appendingPathComponent("PayerRules"), withIntermediateDirectories: true)
        try Self.acme.write(to: workingDirectory.appendingPathComponent("PayerRules/acme.yaml"), atomically: true, encoding: .utf8)

        let both = try run(payer, ["contact", "acme", "--rules", optionRules.path], environment: ["PAYER_RULES": environmentRules.path], in: workingDirectory)
        #expect(both.out.hasSuffix("rules: \(optionRules.path) (--rules)\n"))
        let variable = try run(payer, ["contact", "acme"], environment: ["PAYER_RULES": environmentRules.path], in: workingDirectory)
        #expect(variable.out.hasSuffix("rules: \(environmentRules.path) ($PAYER_RULES)\n"))
        let local = try run(payer, ["contact", "acme"], in: workingDirectory)
        #expect(local.out.hasSuffix("rules: PayerRules (working directory)\n"))
        let version = try run(payer, ["--version"], in: workingDirectory)
        #expect(version.out.contains("rules PayerRules (working directory): schema 2, 1 file"))
    }

    @Test("a --rules or $PAYER_RULES that does not exist is an error, not a fall-back to the bundle; exit 66")
    func namedRulesMissing() throws {
        let payer = try installedCopy()
        let elsewhere = try fixture([:])
        let option = try run(payer, ["list", "--rules", "/nonexistent"], in: elsewhere)
        #expect(option.status == 66)
        #expect(option.err == "payer: no rules directory at '/nonexistent' (from --rules); point at one with --rules DIR or export PAYER_RULES=DIR\n")
        let variable = try run(payer, ["list"], environment: ["PAYER_RULES": "/nonexistent"], in: elsewhere)
        #expect(variable.status == 66)
        #expect(variable.err.contains("(from $PAYER_RULES)"))
    }
}
