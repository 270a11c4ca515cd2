import Foundation

extension Payer {
    /// The filing checklist of one request: the authorization answer to `query`, the retro option as it would stand
    /// on the date of service if the request is missed, and the lines a desk fills in. With `approvedOn`, the decision
    /// date is filled in and the approval's validity computed from the deciding rule's.
    ///
    /// Only what the rules say is presented as the payer's: with no documentation in the matched rule, the checklist
    /// says to ask the payer what to send.
    ///
    /// The sentences name what the asker can still give as `names` says: the `payer` tool's options by default.
    ///
    /// - Throws: ``PayerKitError`` as ``authorization(for:)`` and ``retroAuthorization(for:)`` do.
    public func checklist(
        for query: AuthorizationQuery, approvedOn: CalendarDate? = nil, names: InputNames = .commandLine
    ) throws -> RequestChecklist {
        let authorization = try authorization(for: query)
        // "If missed": the retro policy as it would stand the day after the service.
        let retro = try retroAuthorization(for: RetroQuery(
            serviceDate: query.dateOfService, asOf: query.dateOfService, scope: query.scope, code: query.code.code,
            maximumAgeInDays: query.maximumAgeInDays))
        let builder = ChecklistBuilder(auth: authorization, retro: retro, payer: self, maximumAge: query.maximumAgeInDays, approvedOn: approvedOn, names: names)
        let record = builder.record
        return RequestChecklist(
            payer: PayerReference(id: id, name: name), code: authorization.code.text, dateOfService: authorization.dateOfService,
            verdict: authorization.verdict.rawValue, crdPaNeeded: authorization.verdict.crdCode, prefilled: builder.prefilled,
            request: builder.request, record: record, blanks: record.filter { $0.value == nil }.map(\.label),
            authorization: authorization.record, retro: retro.record)
    }
}

/// The checklist's lines, worded from the two answers.
private struct ChecklistBuilder {
    typealias Line = RequestChecklist.Line

    let auth: AuthorizationAnswer
    let retro: RetroAnswer
    let payer: Payer
    let maximumAge: Int
    let approvedOn: CalendarDate?
    let names: InputNames

    /// The answer in brief.
    var prefilled: [Line] {
        var items = [Line(label: "Auth needed?", value: auth.verdict.label + (auth.condition.map { ": \($0)" } ?? ""))]
        if auth.verdict == .unknown {
            items.append(Line(label: "Why unknown", value: "not on \(payer.name)'s published lists in PayerRules; ask the payer before the service"))
        }
        if !auth.rules.isEmpty { items.append(Line(label: "Rule", value: auth.rules.map(\.category).uniqued().joined(separator: "; "))) }
        let vendors = auth.vendors.map(\.name).joined(separator: ", ")
        items.append(Line(label: "Submit to", value: vendors.isEmpty ? payer.name : vendors))
        let how = auth.rules.compactMap(\.howToSubmit).uniqued()
        if !how.isEmpty { items.append(Line(label: "How", value: how.joined(separator: " "))) }
        // The first call line without its "call:" lead: the number to call, or what to give to get one.
        let call = Plain.callLines(auth.contacts, vendorLines: auth.vendorLines, given: auth.scope, payer: payer, names: names)[0]
        items.append(Line(label: "Call or fax", value: call.split(separator: ":", maxSplits: 1).last.map { $0.trimmingCharacters(in: .whitespaces) } ?? call))
        let portals = auth.portals.map { "\($0.name) \($0.url)" }
        if !portals.isEmpty { items.append(Line(label: "Portal", value: portals.joined(separator: "; "))) }
        let timeframes = auth.decisionTimeframes.map { Describe.timeframe($0) }.uniqued().joined(separator: "; ")
        if !timeframes.isEmpty { items.append(Line(label: "Expected decision", value: timeframes)) }
        if let validity { items.append(Line(label: "Approval valid for", value: validity.description)) }
        let retroText = Describe.grouped(retro.outcomes, by: { $0.sentence() }, names: names).map { when, outcome in
            (retro.outcomes.count > 1 ? "\(when): " : "") + outcome.sentence()
        }.joined(separator: "; ")
        items.append(Line(label: "Retro option if missed", value: retroText))
        let sources = (auth.rules.map(\.provenance) + retro.outcomes.compactMap(\.outcome.policy?.provenance)).map(\.sourceURL).uniqued()
        items.append(Line(label: "Sources", value: sources.isEmpty ? "none" : sources.joined(separator: " ; ")))
        if auth.isStale || retro.isStale {
            items.append(Line(label: "Warning", value: "some facts are stale (last verified over \(maximumAge) days ago); confirm with the payer"))
        }
        return items
    }

    /// How long an approval lasts, from the deciding rules.
    var validity: TimeLimit? { auth.rules.compactMap(\.decisionValidFor).first }

    /// Whether the answer is Original Medicare's, whose approval comes with a unique tracking number for the claim.
    var isMedicareFFS: Bool { auth.scope.lineOfBusiness == .medicareFFS }

    /// What the request needs: the standard request fields, then the documentation the matched rule lists (and only
    /// that: nothing generic is presented as the payer's requirement).
    var request: [Line] {
        let code = auth.code.text + (auth.modifiers.isEmpty ? "" : "-" + auth.modifiers.joined(separator: "-"))
        var items = [
            Line(label: "Member ID and group number", value: nil),
            Line(label: "Ordering and rendering provider NPI and TIN", value: nil),
            Line(label: "ICD-10-CM diagnosis codes", value: nil),
            Line(label: "CPT/HCPCS code and units", value: "\(code), units ____"),
            Line(label: "Site of service", value: auth.scope.setting.map {
                Plain.setting($0.rawValue).replacingOccurrences(of: "in an ", with: "").replacingOccurrences(of: "in a ", with: "")
            }),
        ]
        let documentation = auth.rules.flatMap(\.documentation).uniqued()
        if documentation.isEmpty {
            items.append(Line(label: "Clinical documentation", value: auth.rules.isEmpty
                ? "no rule in PayerRules lists it for this code; ask the payer what to send"
                : "the rule in PayerRules lists none; ask the payer what to send"))
        } else {
            items += documentation.map { Line(label: "Documentation", value: "\($0) (per the rule)") }
        }
        if isMedicareFFS { items.append(Line(label: "UTN from the decision letter, to put on the claim", value: nil)) }
        return items
    }

    /// What to record once submitted; the validity is computed when the approval date is known.
    var record: [Line] {
        var items = [
            Line(label: "Submission date", value: nil),
            Line(label: "Method (portal / phone / fax)", value: nil),
            Line(label: isMedicareFFS ? "Reference number (UTN)" : "Reference number", value: nil),
            Line(label: "Decision date", value: approvedOn?.description),
            Line(label: "Approved units or sessions", value: nil),
        ]
        if let approvedOn, let validity {
            items.append(Line(label: "Valid from", value: approvedOn.description))
            items.append(Line(label: "Valid to", value: "\(validity.deadline(from: approvedOn)) (\(validity) from the decision)"))
        } else {
            items.append(Line(label: "Valid from", value: nil))
            items.append(Line(label: "Valid to", value: validity.map { "\($0) from the decision (\(names.approvalDate))" }))
        }
        return items
    }
}
