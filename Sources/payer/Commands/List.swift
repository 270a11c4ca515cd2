import ArgumentParser
import PayerKit

extension PayerCommand {
    /// `payer list`
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "The payers in the rule set: id, name, aliases, lines of business, last verified.",
            discussion: """
                --format html writes the printable Insurance Contact Reference List: every payer, or those named, \
                with phones and faxes by purpose, portals, vendors and most-asked prior-authorization categories.

                Examples:
                  payer list
                  payer list --format html > contacts.html
                  payer list aetna cigna medicare --format html > contacts.html
                """)

        @Argument(help: "Payers to include (default: all); with --format html.")
        var payers: [String] = []

        @Option(name: .long, help: "text, or html for the printable reference list.")
        var format: ReferenceFormat = .text

        @OptionGroup var clock: ClockOptions

        @OptionGroup var output: OutputOptions
        @OptionGroup var rules: RulesOptions

        func run() throws {
            try reportingFailures {
                let location = try rules.location()
                let knowledgeBase = try PayerKnowledgeBase.load(from: location.directory, allowingPartial: true)
                let chosen = try payers.isEmpty ? knowledgeBase.payers : payers.map { try knowledgeBase.payer(named: $0) }
                if format == .html {
                    print(ReferenceHTML.page(chosen, title: "Insurance Contact Reference List", asOf: clock.day, rules: location), terminator: "")
                } else if output.json {
                    try printJSON(chosen.map(PayerSummary.init))
                } else {
                    for payer in chosen {
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
