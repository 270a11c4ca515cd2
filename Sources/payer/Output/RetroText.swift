import PayerKit

/// The text form of a retro-authorization answer.
struct RetroText {
    let answer: RetroAnswer
    let payer: Payer
    let maximumAge: Int
    let style: Style

    func render() -> String {
        var lines: [String] = []
        if answer.outcomes.count == 1, let only = answer.outcomes.first {
            lines.append("\(answer.payerName), service \(answer.serviceDate), as of \(answer.asOf): " + Self.sentence(only.outcome, style: style))
            lines += details(only.outcome)
        } else {
            lines.append("\(answer.payerName), service \(answer.serviceDate), as of \(answer.asOf): \(style.yellow("depends on the scope"))")
            for (when, outcome) in Describe.grouped(answer.outcomes, by: { Self.sentence($0, style: Style(colored: false)) }) {
                lines.append("  - \(when): " + Self.sentence(outcome, style: style))
                lines += details(outcome).map { "  " + $0 }
            }
        }
        lines += Plain.callLines(answer.contacts, given: answer.scope, payer: payer).map { "  " + $0 }
        Describe.staleness(answer.staleProvenance, maximumAge: maximumAge, style: style).map { lines.append("  " + $0) }
        return lines.joined(separator: "\n")
    }

    /// "retro-authorization accepted within 14 calendar days of the date of service: deadline 2026-11-15 (9 days left)",
    /// the news coloured on a terminal.
    static func sentence(_ outcome: RetroOutcome, style: Style) -> String {
        outcome.sentence { text, tone in
            switch tone {
            case .good: style.green(text)
            case .bad: style.red(text)
            case .caution: style.yellow(text)
            }
        }
    }

    private func details(_ outcome: RetroOutcome) -> [String] {
        guard let policy = outcome.policy else { return [] }
        var lines = ["  policy: \(policy.policy)"]
        if !policy.conditions.isEmpty { lines.append("  conditions: \(policy.conditions.joined(separator: "; "))") }
        policy.decisionTime.map { lines.append("  decision within: \($0)") }
        policy.notes.map { lines.append("  note: \($0)") }
        lines.append("  source: \(Describe.source(policy.provenance))")
        return lines
    }
}
