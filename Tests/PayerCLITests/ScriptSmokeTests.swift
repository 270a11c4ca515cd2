import Foundation
import Testing

/// A short run of the fuzzing and benchmark scripts, so CI catches a script or harness that no longer builds or runs.
/// The long runs are their own commands (`Fuzz/run.sh SECONDS`, `bash Benchmarks/run.sh`); figures are not checked here.
@Suite("Fuzzing and benchmark scripts (smoke)")
struct ScriptSmokeTests {
    func bash(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["bash"] + arguments
        process.currentDirectoryURL = CLITests.packageRoot
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, text)
    }

    @Test("the fuzzer builds with libFuzzer and AddressSanitizer and runs at least 2,000 inputs without a finding", .timeLimit(.minutes(10)))
    func fuzzer() throws {
        let run = try bash(["Fuzz/run.sh", "30", "-runs=2000"])
        #expect(run.status == 0, "\(run.output.suffix(2_000))")
        // A local corpus from earlier runs is replayed first, so the count can exceed 2,000.
        #expect(run.output.contains("stat::number_of_executed_units: "))
        #expect(!run.output.contains("ERROR: libFuzzer") && !run.output.contains("ERROR: AddressSanitizer"))
    }

    @Test("the benchmark builds in release and measures a tiny generated set end to end", .timeLimit(.minutes(10)))
    func benchmark() throws {
        let run = try bash([
            "Benchmarks/run.sh", "--payers", "4", "--rules-per-payer", "50", "--load-runs", "1", "--pyyaml-runs", "1",
            "--cli-runs", "2", "--queries", "2000",
        ])
        #expect(run.status == 0, "\(run.output.suffix(2_000))")
        #expect(run.output.contains("bare libyaml event scan"))
        #expect(run.output.contains("| cli | payer auth medicare-ffs 64490 (shipped rules) |"))
    }
}
