import ArgumentParser
import PayerKit

extension PayerCommand {
    /// `payer list`
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "The payers in the rule set: id, name, aliases, lines of business, last verified.",
            discussion: "Example:\n  payer list")

        @OptionGroup var output: OutputOptions
        @OptionGroup var rules: RulesOptions

        func run() throws {
            try reportingFailures {
                let knowledgeBase = try PayerKnowledgeBase.load(from: try rules.directory(), allowingPartial: true)
                if output.json {
                    try printJSON(knowledgeBase.payers.map(PayerSummary.init))
                } else {
                    for payer in knowledgeBase.payers {
                        let lines = payer.linesOfBusiness.sorted().map(\.rawValue).joined(separator: ", ")
                        Terminal.emit("\(payer.id): \(payer.name) — \(lines); last verified \(payer.lastVerified)")
                        if !payer.aliases.isEmpty { Terminal.emit("  also: \(payer.aliases.joined(separator: ", "))") }
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
