import ArgumentParser
import PayerKit
import PayerKitMaintenance

extension PayerCommand {
    /// `payer lint [PATH...]`
    struct Lint: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "lint",
            abstract: "Validate rule files; print path:line:column: error|warning: message.",
            discussion: """
                Checks what a reviewer would: the schema and unknown keys, dates and their order, sources on every \
                fact, file names matching ids, ids unique and sorted, contradicting rules, the file's examples, template \
                leftovers (example.com, 555-01xx, "Example" names, payer-id), phone and fax numbers that cannot be \
                North American numbers, and facts not verified within --stale-after days. Exits 1 when any file has an error (or, with --strict, \
                a warning).

                Example:
                  payer lint PayerRules/cigna.yaml --strict
                """)

        @Argument(help: "Rule files or directories (default: the rules directory).")
        var paths: [String] = []

        @Flag(name: .long, help: "Fail on warnings too.")
        var strict = false

        @Option(name: .long, help: ArgumentHelp("Warn about facts last verified more than this many days ago.", valueName: "days"))
        var staleAfter = 180

        @OptionGroup var output: OutputOptions
        @OptionGroup var clock: ClockOptions
        @OptionGroup var rules: RulesOptions

        func run() throws {
            try reportingFailures {
                let report = try LintReport(linting: paths.isEmpty ? [try rules.directory()] : paths, asOf: clock.day, staleAfterDays: staleAfter)
                if output.json {
                    try printJSON(report)
                } else {
                    report.diagnostics.forEach { print($0.description) }
                    print("\(report.files) files, \(report.payers) payers loaded: \(report.errors) errors, \(report.warnings) warnings")
                }
                if report.errors > 0 || (strict && report.warnings > 0) {
                    throw ExitCode(Failure.invalidRulesStatus)
                }
            }
        }
    }
}
