import ArgumentParser
import PayerKit

extension PayerCommand {
    /// `payer checklist PAYER CODE`
    struct Checklist: ParsableCommand {
        static let configuration = CommandConfiguration(
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
                let scope = try options.scope.scope()
                let auth = try payer.authorization(for: AuthorizationQuery(
                    code: query, dateOfService: dateOfService, scope: scope, billedWith: try pairing.codes(), asOf: today, maximumAgeInDays: options.maxAge))
                // "If missed": the retro policy as it would stand the day after the service.
                let retro = try payer.retroAuthorization(for: RetroQuery(
                    serviceDate: dateOfService, asOf: dateOfService, scope: scope, code: query.code, maximumAgeInDays: options.maxAge))
                let checklist = ChecklistContent(
                    auth: auth, retro: retro, payer: payer, maximumAge: options.maxAge, approvedOn: try CalendarDate.option(approvedOn, today: today))
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

/// The checklist: the answer in brief, what the request needs, then what to record.
struct ChecklistContent {
    let auth: AuthorizationAnswer
    let retro: RetroAnswer
    let payer: Payer
    let maximumAge: Int
    /// The day the request was approved, when known: the approval's validity is computed from it.
    var approvedOn: CalendarDate? = nil

    /// One line to tick off: what, and the value when the rules or the options give it.
    struct Item {
        let label: String
        let value: String?
    }

    /// The answer in brief.
    var prefilled: [(String, String)] {
        let plain = Style(colored: false)
        var items: [(String, String)] = [("Auth needed?", plain.verdict(auth.verdict) + (auth.condition.map { ": \($0)" } ?? ""))]
        if auth.verdict == .unknown {
            items.append(("Why unknown", "not on \(payer.name)'s published lists in PayerRules; ask the payer before the service"))
        }
        if !auth.rules.isEmpty { items.append(("Rule", auth.rules.map(\.category).uniqued().joined(separator: "; "))) }
        items.append(("Submit to", auth.vendors.map(\.name).joined(separator: ", ").nonEmpty ?? payer.name))
        let how = auth.rules.compactMap(\.howToSubmit).uniqued()
        if !how.isEmpty { items.append(("How", how.joined(separator: " "))) }
        let call = Plain.callLines(auth.contacts, vendorLines: auth.vendorLines, given: auth.scope, payer: payer)
        items.append(("Call or fax", call[0].split(separator: ":", maxSplits: 1).last.map { $0.trimmingCharacters(in: .whitespaces) } ?? call[0]))
        let portals = auth.portals.map { "\($0.name) \($0.url)" }
        if !portals.isEmpty { items.append(("Portal", portals.joined(separator: "; "))) }
        if let timeframes = auth.decisionTimeframes.map(Describe.timeframe).uniqued().joined(separator: "; ").nonEmpty {
            items.append(("Expected decision", timeframes))
        }
        if let validity = validity { items.append(("Approval valid for", validity.description)) }
        let retroText = Describe.grouped(retro.outcomes, by: { RetroText.sentence($0, style: plain) }).map { when, outcome in
            (retro.outcomes.count > 1 ? "\(when): " : "") + RetroText.sentence(outcome, style: plain)
        }.joined(separator: "; ")
        items.append(("Retro option if missed", retroText))
        items.append(("Sources", (auth.rules.map(\.provenance) + retro.outcomes.compactMap(\.outcome.policy?.provenance)).uniquedSources()))
        if auth.isStale || retro.isStale { items.append(("Warning", "some facts are stale (last verified over \(maximumAge) days ago); confirm with the payer")) }
        return items
    }

    /// How long an approval lasts, from the deciding rules.
    var validity: TimeLimit? { auth.rules.compactMap(\.decisionValidFor).first }

    /// Whether the answer is Original Medicare's, whose approval comes with a unique tracking number for the claim.
    var isMedicareFFS: Bool { auth.scope.lineOfBusiness == .medicareFFS }

    /// What the request needs: the standard request fields, then the documentation the matched rule lists (and only
    /// that: nothing generic is presented as the payer's requirement).
    var request: [Item] {
        var items = [
            Item(label: "Member ID and group number", value: nil),
            Item(label: "Ordering and rendering provider NPI and TIN", value: nil),
            Item(label: "ICD-10-CM diagnosis codes", value: nil),
            Item(label: "CPT/HCPCS code and units", value: "\(auth.code.text)" + (auth.modifiers.isEmpty ? "" : "-" + auth.modifiers.joined(separator: "-")) + ", units ____"),
            Item(label: "Site of service", value: auth.scope.setting.map { Plain.setting($0.rawValue).replacingOccurrences(of: "in an ", with: "").replacingOccurrences(of: "in a ", with: "") }),
        ]
        let documentation = auth.rules.flatMap(\.documentation).uniqued()
        if documentation.isEmpty {
            items.append(Item(label: "Clinical documentation", value: auth.rules.isEmpty
                ? "no rule in PayerRules lists it for this code; ask the payer what to send"
                : "the rule in PayerRules lists none; ask the payer what to send"))
        } else {
            items += documentation.map { Item(label: "Documentation", value: "\($0) (per the rule)") }
        }
        if isMedicareFFS { items.append(Item(label: "UTN from the decision letter, to put on the claim", value: nil)) }
        return items
    }

    /// What to record once submitted; the validity is computed when the approval date is known.
    var record: [Item] {
        var items = [
            Item(label: "Submission date", value: nil),
            Item(label: "Method (portal / phone / fax)", value: nil),
            Item(label: isMedicareFFS ? "Reference number (UTN)" : "Reference number", value: nil),
            Item(label: "Decision date", value: approvedOn?.description),
            Item(label: "Approved units or sessions", value: nil),
        ]
        if let approvedOn, let validity {
            items.append(Item(label: "Valid from", value: approvedOn.description))
            items.append(Item(label: "Valid to", value: "\(validity.deadline(from: approvedOn)) (\(validity) from the decision)"))
        } else {
            items.append(Item(label: "Valid from", value: nil))
            items.append(Item(label: "Valid to", value: validity.map { "\($0) from the decision (give --approved-on DATE to compute it)" }))
        }
        return items
    }

    /// The checklist's labels still to fill in (the record's without a value), for the JSON's `blanks`.
    var blanks: [String] { record.filter { $0.value == nil }.map(\.label) }

    func render(markdown: Bool) -> String {
        let title = "Prior-authorization checklist: \(auth.payerName), \(auth.code.text), date of service \(auth.dateOfService)"
        func box(_ item: Item) -> String {
            markdown ? "- [ ] \(item.label): \(item.value ?? "____")" : "[ ] \(item.label): \(item.value ?? "________________")"
        }
        if markdown {
            return (["## \(title)", ""] + prefilled.map { "- **\($0.0):** \($0.1)" } + ["", "### The request needs", ""]
                + request.map(box) + ["", "### To record", ""] + record.map(box)).joined(separator: "\n")
        }
        return ([title, String(repeating: "=", count: min(title.count, Terminal.width ?? title.count))] + prefilled.map { "\($0.0): \($0.1)" }
            + ["", "The request needs:"] + request.map(box) + ["", "To record:"] + record.map(box)).joined(separator: "\n")
    }

    struct JSON: Encodable {
        struct Item: Encodable { let label: String, value: String? }
        struct Pair: Encodable { let label: String, value: String }
        let payer: PayerReference, code: String, dateOfService: CalendarDate, verdict: String, crdPaNeeded: String
        let prefilled: [Pair], request: [Item], record: [Item], blanks: [String]
        let authorization: AuthorizationAnswer.Record, retro: RetroAnswer.Record
    }

    func json() -> JSON {
        JSON(
            payer: PayerReference(id: auth.payerID, name: auth.payerName), code: auth.code.text, dateOfService: auth.dateOfService,
            verdict: auth.verdict.rawValue, crdPaNeeded: auth.verdict.crdCode, prefilled: prefilled.map { JSON.Pair(label: $0.0, value: $0.1) },
            request: request.map { JSON.Item(label: $0.label, value: $0.value) }, record: record.map { JSON.Item(label: $0.label, value: $0.value) },
            blanks: blanks, authorization: auth.record, retro: retro.record)
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
