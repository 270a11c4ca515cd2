import ArgumentParser
import PayerKit

extension PayerCommand {
    /// `payer retro PAYER --service-date DATE`
    struct Retro: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "retro",
            abstract: "Can a retro-authorization still be requested for a service already rendered, and until when?",
            discussion: """
                Business-day windows skip weekends and U.S. federal holidays. When the payer counts from the admission \
                or discharge date, pass that date as --service-date.

                Example:
                  payer retro priority-health --service-date 2026-09-01 --line-of-business commercial --setting office
                """)

        @Argument(help: "Payer id, alias or name (case-insensitive).")
        var payer: String

        @Option(name: [.customLong("service-date"), .customLong("date")], help: ArgumentHelp("The date the window counts from (service, admission, …): YYYY-MM-DD, MM/DD/YYYY, today.", valueName: "date"))
        var serviceDate: String

        @Option(name: .long, help: ArgumentHelp("Judge the window on this day (default: today, see --today).", valueName: "date"))
        var asOf: String?

        @Option(name: .long, help: "The service's code, to pick the program's policy (optional).")
        var code: String?

        @OptionGroup var options: QueryOptions

        func run() throws {
            try reportingFailures {
                let code = try code.map { try CodeQuery(parsing: $0).code }
                let location = try options.rules.location()
                let payer = try options.rules.payer(payer, in: location)
                let today = options.clock.day
                let answer = try payer.retroAuthorization(for: RetroQuery(
                    serviceDate: try CalendarDate(parsing: serviceDate, today: today), asOf: try CalendarDate.option(asOf, today: today) ?? today,
                    scope: try options.scope.scope(), code: code, maximumAgeInDays: options.maxAge))
                if options.output.json {
                    try printJSON(WithRules(value: answer, rules: location))
                } else {
                    Terminal.emit(RetroText(answer: answer, payer: payer, maximumAge: options.maxAge, style: .current).render())
                    Terminal.emit("rules: \(location.description)")
                }
            }
        }
    }
}
