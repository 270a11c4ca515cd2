import PayerKit

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
