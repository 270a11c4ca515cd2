import ArgumentParser
import PayerKit

extension PayerCommand {
    /// `payer list`
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "The payers in the rule set: id, name, lines of business, last verified.",
            discussion: "Example:\n  payer list")

        @OptionGroup var output: OutputOptions
        @OptionGroup var rules: RulesOptions

        func run() throws {
            try reportingFailures {
                let knowledgeBase = try PayerKnowledgeBase.load(from: try rules.directory(), allowingPartial: true)
                if output.json {
                    try printJSON(knowledgeBase.payers.map(PayerSummary.init))
                } else {
                    let rows = [["ID", "NAME", "LINES OF BUSINESS", "LAST VERIFIED"]] + knowledgeBase.payers.map {
                        [$0.id, $0.name, $0.linesOfBusiness.sorted().map(\.rawValue).joined(separator: ", "), $0.lastVerified.description]
                    }
                    let widths = (0..<3).map { column in rows.map { $0[column].count }.max() ?? 0 }
                    for row in rows {
                        print((0..<3).map { row[$0].padding(toLength: widths[$0] + 2, withPad: " ", startingAt: 0) }.joined() + row[3])
                    }
                }
                let errors = knowledgeBase.diagnostics.filter { $0.severity == .error }
                if !errors.isEmpty {
                    throw Failure.invalidRules(errors)
                }
            }
        }
    }
}
