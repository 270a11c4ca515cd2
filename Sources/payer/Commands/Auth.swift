import ArgumentParser
import PayerKit

extension PayerCommand {
    /// `payer auth PAYER CODE...`
    struct Auth: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "auth",
            abstract: "Does a code need prior authorization? One verdict line per code, then whom to call.",
            discussion: """
                Verdicts: REQUIRED, NOT REQUIRED, CONDITIONAL (with what it depends on), UNKNOWN (the payer's list \
                is not exhaustive: call). A modifier such as 64490-50 is accepted and ignored for matching.

                Example:
                  payer auth medicare-ffs 64490 --setting hospital-outpatient --date 2024-01-01
                  payer auth medicare-ffs 64612 --billed-with J0585 --setting HOPD --state KY
                """)

        @Argument(help: "Payer id, alias or name (case-insensitive).")
        var payer: String

        @Argument(help: "One or more CPT/HCPCS codes, e.g. 70553 K0856 64490-50.")
        var codes: [String]

        @Option(name: [.customLong("date"), .customLong("service-date")], help: ArgumentHelp("Date of service: YYYY-MM-DD, MM/DD/YYYY, today or tomorrow (default: today).", valueName: "date"))
        var date: String?

        @OptionGroup var pairing: PairingOptions
        @OptionGroup var options: QueryOptions

        func run() throws {
            try reportingFailures {
                let queries = try codes.map { try CodeQuery(parsing: $0) }
                let location = try options.rules.location()
                let payer = try options.rules.payer(payer, in: location)
                let today = options.clock.day
                let dateOfService = try CalendarDate.option(date, today: today) ?? today
                let scope = try options.scope.scope()
                let billed = try pairing.codes()
                let answers = try queries.map { code in
                    try payer.authorization(for: AuthorizationQuery(
                        code: code, dateOfService: dateOfService, scope: scope, billedWith: billed, asOf: today, maximumAgeInDays: options.maxAge))
                }
                if options.output.json {
                    try printJSON(answers.map { WithRules(value: $0, rules: location) })
                } else {
                    Terminal.emit(answers.map { AuthText(answer: $0, payer: payer, maximumAge: options.maxAge, style: .current).render() }.joined(separator: "\n\n"))
                    Terminal.emit("rules: \(location.description)")
                }
            }
        }
    }
}
