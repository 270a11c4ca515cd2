import Foundation
import Testing

/// Builds and runs `Examples/AuthLookup`, a separate package that depends on PayerKit by path, as a linking service
/// would: it must answer from the rules bundled with PayerKit.
@Suite("Example package")
struct ExamplePackageTests {
    @Test("Examples/AuthLookup builds, answers from the bundled rules, encodes the answer as JSON and reloads", .timeLimit(.minutes(10)))
    func authLookup() throws {
        let package = CLITests.packageRoot.appendingPathComponent("Examples/AuthLookup")
        // A fresh build folder each run: SwiftPM keeps a dependent package's build plan, so a reused one would miss
        // source files added to PayerKit since.
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("payerkit-example-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "swift", "run", "--package-path", package.path, "--scratch-path", scratch.path,
            "AuthLookup", "medicare-ffs", "64490", "2024-01-01", "hospital-outpatient",
        ]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(text.hasPrefix("Medicare Fee-for-Service 64490 on 2024-01-01: required (CRD auth-needed)\n"))
        #expect(text.contains("\nrules: schema 2, "))
        #expect(text.contains("\njson: "))
        #expect(text.contains("decodes back to verdict required in 1 situation(s)"))
        #expect(text.contains("\nreload: unchanged, still "))
        let json = try #require(text.range(of: "\n{\n").map { String(text[text.index(after: $0.lowerBound)...]) })
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["verdict"] as? String == "required")
        #expect(object["dateOfService"] as? String == "2024-01-01")
    }
}
