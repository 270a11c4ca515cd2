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

/// The text form of one authorization answer.
struct AuthText {
    let answer: AuthorizationAnswer
    let payer: Payer
    let maximumAge: Int
    let style: Style

    func render() -> String {
        var lines = [headline()]
        if answer.outcomes.count > 1 {
            for (when, outcome) in Describe.grouped(answer.outcomes, by: \.summary) {
                let rules = outcome.rules.map(\.category).joined(separator: ", ")
                lines.append("  - \(style.verdict(outcome.verdict)) \(when)" + (outcome.condition.map { ", \($0)" } ?? "") + (rules.isEmpty ? "" : ": \(rules)"))
            }
        }
        for rule in answer.rules {
            lines.append("  rule: \(rule.category)" + (rule.scope.effectiveDescription.map { ", \($0)" } ?? ""))
            rule.howToSubmit.map { lines.append("    submit: \($0)") }
            if !rule.documentation.isEmpty { lines.append("    documentation: \(rule.documentation.joined(separator: "; "))") }
            rule.decisionValidFor.map { lines.append("    approval valid for: \($0)") }
            rule.notes.map { lines.append("    note: \($0)") }
            lines.append("    source: \(Describe.source(rule.provenance))")
        }
        if let policy = answer.outcomes.compactMap(\.outcome.unlistedPolicy).first {
            lines.append("  unlisted codes: \(policy.meaning == .notRequired ? "the payer's list is exhaustive here" : "the payer's published lists do not settle this")" + (policy.notes.map { " — \($0)" } ?? ""))
            lines.append("    source: \(Describe.source(policy.provenance))")
        }
        if answer.verdict != .notRequired {
            for vendor in answer.vendors { lines.append("  vendor: \(vendor.name)" + (vendor.url.map { " \($0)" } ?? "")) }
            lines += Plain.callLines(answer.contacts, vendorLines: answer.vendorLines, given: answer.scope, payer: payer).map { "  " + $0 }
            for portal in answer.portals { lines.append("  portal: \(portal.name) \(portal.url)") }
            for timeframe in answer.decisionTimeframes {
                lines.append("  decision: \(Describe.timeframe(timeframe))" + (Plain.assumption(timeframe.scope, given: answer.scope).map { " [\($0)]" } ?? ""))
            }
        }
        Describe.staleness(answer.staleProvenance, maximumAge: maximumAge, style: style).map { lines.append("  " + $0) }
        return lines.joined(separator: "\n")
    }

    private func headline() -> String {
        let code = ([answer.code.text] + answer.modifiers).joined(separator: "-")
        let modifierNote = answer.modifiers.isEmpty ? "" : " (modifier \(answer.modifiers.joined(separator: ", ")) ignored for matching)"
        let verdict = style.verdict(answer.verdict) + (answer.outcomes.count == 1 ? answer.condition.map { ": \($0)" } ?? "" : ": depends on the scope")
        var line = "\(style.bold(code))  \(verdict)  — \(answer.payerName), date of service \(answer.dateOfService)\(modifierNote)"
        if answer.verdict == .unknown {
            line += "\n  not on \(answer.payerName)'s published lists in PayerRules, which do not settle it; ask the payer before the service"
        }
        return line
    }
}
