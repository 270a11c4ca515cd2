/// The retro status in one situation, with the policy behind it.
public struct RetroOutcome: Sendable, Hashable {
    /// The status.
    public let status: RetroStatus
    /// The policy that decided; nil when unknown.
    public let policy: RetroAuthorizationPolicy?

    /// How a phrase of a sentence reads, so that a terminal can colour it: good news, bad news, or a caution.
    package enum Tone: Sendable {
        case good, bad, caution
    }

    /// "retro-authorization accepted within 14 calendar days of the date of service: deadline 2026-11-15 (9 days left)".
    /// `mark` dresses the phrase that carries the news (the terminal colours it); by default it is left as it is.
    package func sentence(marking mark: (String, Tone) -> String = { text, _ in text }) -> String {
        let window = policy.flatMap { policy in
            policy.window.map { "within \($0) of \(policy.anchor?.phrase ?? "the anchor date")" }
        } ?? ""
        switch status {
        case .notAccepted:
            return mark("not accepted", .bad) + ": authorization starts the day you call"
        case .open(let deadline, let daysLeft):
            return mark("retro-authorization accepted \(window)", .good) + ": deadline \(deadline) (\(daysLeft) \(daysLeft == 1 ? "day" : "days") left)"
        case .closed(let deadline):
            let next = policy?.afterWindow.map { $0 == .appeal ? "; next step: appeal" : "; later requests are denied" } ?? ""
            return mark("window closed", .bad) + " on \(deadline.adding(days: 1)) (accepted \(window), last day \(deadline))\(next)"
        case .acceptedWithoutStatedWindow:
            return mark("accepted, no deadline published", .caution) + ": ask the payer how long you have"
        case .unknown:
            return mark("unknown", .caution) + ": PayerRules has no retro-authorization policy for this payer and scope; ask the payer"
        case .conditional:
            return mark("depends on the scope", .caution)
        }
    }
}
