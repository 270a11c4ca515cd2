import ArgumentParser
import PayerKit

extension PayerCommand {
    /// `payer checklist PAYER CODE`
    struct Checklist: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "A prior-authorization checklist for one request, pre-filled from the rules, with blanks to record.",
            discussion: """
                Example:
                  payer checklist medicare-ffs K0856 --format markdown
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

        @OptionGroup var pairing: PairingOptions
        @OptionGroup var options: QueryOptions

        func run() throws {
            try reportingFailures {
                let query = try CodeQuery(parsing: code)
                let location = try options.rules.location()
                let payer = try options.rules.payer(payer, in: location)
                let today = options.clock.day
                let dateOfService = try CalendarDate.option(date, today: today) ?? today
                let scope = try options.scope.scope()
                let auth = try payer.authorization(for: AuthorizationQuery(
                    code: query, dateOfService: dateOfService, scope: scope, billedWith: try pairing.codes(), asOf: today, maximumAgeInDays: options.maxAge))
                // "If missed": the retro policy as it would stand the day after the service.
                let retro = try payer.retroAuthorization(for: RetroQuery(
                    serviceDate: dateOfService, asOf: dateOfService, scope: scope, code: query.code, maximumAgeInDays: options.maxAge))
                let checklist = ChecklistContent(auth: auth, retro: retro, payer: payer, maximumAge: options.maxAge)
                if options.output.json {
                    try printJSON(WithRules(value: checklist.json(), rules: location))
                } else {
                    Terminal.emit(checklist.render(markdown: format == .markdown))
                    Terminal.emit((format == .markdown ? "\n" : "") + "rules: \(location.description)")
                }
            }
        }
    }
}

/// The checklist's prefilled items and blanks.
struct ChecklistContent {
    static let blanks = ["Submission date", "Method (portal / phone / fax)", "Reference number", "Approved units or sessions", "Start date", "Expiration date"]

    let auth: AuthorizationAnswer
    let retro: RetroAnswer
    let payer: Payer
    let maximumAge: Int

    var prefilled: [(String, String)] {
        let plain = Style(colored: false)
        var items: [(String, String)] = [
            ("Auth needed?", plain.verdict(auth.verdict) + (auth.condition.map { ": \($0)" } ?? "")),
            ("Category", auth.rules.map(\.category).joined(separator: "; ").nonEmpty ?? "not on the payer's published lists"),
            ("Submit to", auth.vendors.map(\.name).joined(separator: ", ").nonEmpty ?? payer.name),
        ]
        let methods = auth.rules.compactMap(\.howToSubmit).uniqued() + auth.contacts.map { Describe.contact($0, vendors: payer.vendors) }
            + auth.portals.map { "\($0.name) \($0.url)" }
        items.append(("Method", methods.joined(separator: "; ").nonEmpty ?? payer.notes ?? "no published channel in PayerRules; use the member's ID card"))
        items.append(("Documentation", auth.rules.flatMap(\.documentation).joined(separator: "; ").nonEmpty ?? "per payer policy (none listed in PayerRules)"))
        items.append(("Expected decision", auth.decisionTimeframes.map(Describe.timeframe).joined(separator: "; ").nonEmpty ?? "not published in PayerRules"))
        if let validity = auth.rules.compactMap(\.decisionValidFor).first { items.append(("Approval valid for", validity.description)) }
        let retroText = Describe.grouped(retro.outcomes, by: { RetroText.sentence($0, style: plain) }).map { when, outcome in
            (retro.outcomes.count > 1 ? "\(when): " : "") + RetroText.sentence(outcome, style: plain)
        }.joined(separator: "; ")
        items.append(("Retro option if missed", retroText))
        items.append(("Sources", (auth.rules.map(\.provenance) + retro.outcomes.compactMap(\.outcome.policy?.provenance)).uniquedSources()))
        if auth.isStale || retro.isStale { items.append(("Warning", "some facts are stale (last verified over \(maximumAge) days ago); confirm with the payer")) }
        return items
    }

    func render(markdown: Bool) -> String {
        let title = "Prior-authorization checklist: \(auth.payerName), \(auth.code.text), date of service \(auth.dateOfService)"
        if markdown {
            return (["## \(title)", ""] + prefilled.map { "- **\($0.0):** \($0.1)" } + ["", "### To record", ""]
                + Self.blanks.map { "- [ ] \($0): ____" }).joined(separator: "\n")
        }
        return ([title, String(repeating: "=", count: title.count)] + prefilled.map { "\($0.0): \($0.1)" } + ["", "To record:"]
            + Self.blanks.map { "[ ] \($0): ________________" }).joined(separator: "\n")
    }

    struct JSON: Encodable {
        struct Item: Encodable { let label: String, value: String }
        let payer: PayerReference, code: String, dateOfService: CalendarDate, verdict: String, crdPaNeeded: String
        let prefilled: [Item], blanks: [String], authorization: AuthorizationAnswer.Record, retro: RetroAnswer.Record
    }

    func json() -> JSON {
        JSON(
            payer: PayerReference(id: auth.payerID, name: auth.payerName), code: auth.code.text, dateOfService: auth.dateOfService,
            verdict: auth.verdict.rawValue, crdPaNeeded: auth.verdict.crdCode, prefilled: prefilled.map { JSON.Item(label: $0.0, value: $0.1) },
            blanks: Self.blanks, authorization: auth.record, retro: retro.record)
    }
}

extension Array where Element: Hashable {
    func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}

extension String {
    var nonEmpty: String? { isEmpty ? nil : self }
}

extension [Provenance] {
    func uniquedSources() -> String {
        var seen = Set<String>()
        return filter { seen.insert($0.sourceURL).inserted }.map(\.sourceURL).joined(separator: " ; ").nonEmpty ?? "none"
    }
}
