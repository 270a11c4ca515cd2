import ArgumentParser
import PayerKit

extension PayerCommand {
    /// `payer lint [PATH...]`
    struct Lint: ParsableCommand {
        static let configuration = CommandConfiguration(
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
        @OptionGroup var rules: RulesOptions

        func run() throws {
            try reportingFailures {
                var diagnostics: [Diagnostic] = []
                var files: [String] = []
                var payers = 0
                for path in paths.isEmpty ? [try rules.directory()] : paths {
                    do {
                        let knowledgeBase = try PayerKnowledgeBase.load(from: path, allowingPartial: true)
                        diagnostics += knowledgeBase.diagnostics
                        diagnostics += knowledgeBase.files.flatMap(RuleFileLint.diagnostics(forFile:))
                        diagnostics += knowledgeBase.payers.flatMap { $0.stalenessWarnings(asOf: .today(), maximumAgeInDays: staleAfter) }
                        files += knowledgeBase.files
                        payers += knowledgeBase.payers.count
                    } catch let error as RuleSetError {
                        throw Failure.noRules(error.message)
                    }
                }
                let errors = diagnostics.filter { $0.severity == .error }.count
                let warnings = diagnostics.count - errors
                diagnostics.sort { $0.location < $1.location }
                if output.json {
                    try printJSON(LintJSON(files: files.count, errors: errors, warnings: warnings, diagnostics: diagnostics))
                } else {
                    diagnostics.forEach { print($0.description) }
                    print("\(files.count) files, \(payers) payers loaded: \(errors) errors, \(warnings) warnings")
                }
                if errors > 0 || (strict && warnings > 0) {
                    throw ExitCode(Failure.invalidRulesStatus)
                }
            }
        }
    }
}

struct LintJSON: Encodable {
    struct Item: Encodable { let file: String, line: Int, column: Int, severity: String, message: String }
    let files: Int, errors: Int, warnings: Int, diagnostics: [Item]
    init(files: Int, errors: Int, warnings: Int, diagnostics: [Diagnostic]) {
        (self.files, self.errors, self.warnings) = (files, errors, warnings)
        self.diagnostics = diagnostics.map { Item(file: $0.location.file, line: $0.location.line, column: $0.location.column, severity: $0.severity.rawValue, message: $0.message) }
    }
}
