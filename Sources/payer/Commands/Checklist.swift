import ArgumentParser
import PayerKit

extension PayerCommand {
    /// `payer checklist PAYER CODE`
    struct Checklist: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "checklist",
            abstract: "A prior-authorization checklist for one request: the answer, what the request needs, what to record.",
            discussion: """
                Example:
                  payer checklist medicare-ffs K0856 --format markdown
                  payer checklist medicare-ffs 64490 --setting HOPD --state KY --approved-on 2026-01-05
                """)

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case text, markdown
        }

        @Argument(help: "Payer id, alias or name (case-insensitive).")
        var payer: String

        @Argument(help: "The CPT/HCPCS code.")
        var code: String

        @Option(name: [.customLong("date"), .customLong("service-date")], help: ArgumentHelp("Date of service: YYYY-MM-DD, MM/DD/YYYY, today or tomorrow (default: today).", valueName: "date"))
        var date: String?

        @Option(name: .long, help: "text or markdown (for pasting into a ticket).")
        var format: Format = .text

        @Option(name: .long, help: ArgumentHelp("The day the request was approved, to compute how long the approval is valid.", valueName: "date"))
        var approvedOn: String?

        @OptionGroup var pairing: PairingOptions
        @OptionGroup var options: QueryOptions

        func run() throws {
            try reportingFailures {
                let query = try CodeQuery(parsing: code)
                let location = try options.rules.location()
                let payer = try options.rules.payer(payer, in: location)
                let today = options.clock.day
                let dateOfService = try CalendarDate.option(date, today: today) ?? today
                let checklist = try payer.checklist(
                    for: AuthorizationQuery(
                        code: query, dateOfService: dateOfService, scope: try options.scope.scope(), billedWith: try pairing.codes(), asOf: today,
                        maximumAgeInDays: options.maxAge),
                    approvedOn: try CalendarDate.option(approvedOn, today: today))
                if options.output.json {
                    try printJSON(WithRules(value: checklist, rules: location))
                } else {
                    Terminal.emit(ChecklistText(checklist: checklist).render(markdown: format == .markdown))
                    Terminal.emit((format == .markdown ? "\n" : "") + "rules: \(location.description)")
                }
            }
        }
    }
}
