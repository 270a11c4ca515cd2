import PayerKit

/// One entry of a payer file reduced to what a reviewer compares: a key that pairs it with its counterpart in the
/// other version, and its facts in words. Sources, notes and file positions are left out: moving an entry, re-citing
/// it or rewording its prose is not a change in what the rules say (the file diff beside it shows those).
struct FactSummary {
    let key: String
    let text: String

    /// The sections compared entry by entry, in file order.
    static let sections: [(name: String, summaries: @Sendable (Payer) -> [FactSummary])] = [
        ("payer", { payer in
            [
                FactSummary(key: "name", text: payer.name),
                FactSummary(key: "aliases", text: payer.aliases.joined(separator: ", ")),
                FactSummary(key: "lines of business", text: payer.linesOfBusiness.map(\.rawValue).sorted().joined(separator: ", ")),
                FactSummary(key: "states", text: payer.states.map { $0.sorted().joined(separator: ", ") } ?? "all"),
                FactSummary(key: "last verified", text: payer.lastVerified.description),
            ]
        }),
        ("claim payer ids", { $0.ediPayerIDs.map { FactSummary(key: $0.id, text: join([lines($0.linesOfBusiness)])) } }),
        ("programs", { $0.programs.map { FactSummary(key: $0.id, text: join([$0.name])) } }),
        ("plans", { $0.plans.map { FactSummary(key: $0.id, text: join([$0.name, $0.aliases.isEmpty ? nil : "aliases: " + $0.aliases.joined(separator: ", ")])) } }),
        ("vendors", { $0.vendors.map { FactSummary(key: $0.id, text: join([$0.name, "programs: " + $0.programs.joined(separator: ", "), $0.url])) } }),
        ("contacts", { payer in
            payer.contacts.map { contact in
                FactSummary(
                    key: join([contact.purpose.rawValue, contact.vendorID, contact.name, scopeWithoutDates(contact.scope)]),
                    text: join([contact.phone.map { "phone \($0)" }, contact.fax.map { "fax \($0)" }, contact.hours]))
            }
        }),
        ("portals", { $0.portals.map { FactSummary(key: $0.name, text: join([$0.url, "for " + $0.uses.map(\.rawValue).sorted().joined(separator: ", ")])) } }),
        ("unlisted codes", { $0.unlistedCodePolicies.map { FactSummary(key: scope($0.scope), text: join([$0.meaning.rawValue])) } }),
        ("retro authorization", { payer in
            payer.retroPolicies.map { policy in
                FactSummary(key: scope(policy.scope), text: join([
                    policy.accepted ? "accepted" : "not accepted",
                    policy.window.map { window in "within \(window)" + (policy.anchor.map { " of \($0.phrase)" } ?? "") },
                    policy.conditions.isEmpty ? nil : "if " + policy.conditions.joined(separator: "; "),
                    policy.afterWindow.map { "after the window: \($0.rawValue)" }, policy.decisionTime.map { "decision in \($0)" },
                ]))
            }
        }),
        ("decision timeframes", { $0.decisionTimeframes.map { FactSummary(key: scope($0.scope), text: join([$0.standard.map { "standard \($0)" }, $0.expedited.map { "expedited \($0)" }])) } }),
        ("timely filing", { $0.timelyFilingLimits.map { FactSummary(key: scope($0.scope), text: join(["\($0.limit) from \($0.anchor.phrase)"])) } }),
        ("appeals", { payer in
            payer.appeals.map { appeal in
                FactSummary(key: join([appeal.level, scope(appeal.scope)]), text: join([
                    appeal.window.map { window in "within \(window)" + (appeal.anchor.map { " of \($0.phrase)" } ?? "") } ?? "no window stated",
                    appeal.presumedReceipt.map { "received \($0) after its date" },
                    appeal.conditions.isEmpty ? nil : "if " + appeal.conditions.joined(separator: "; "),
                    appeal.decisionTime.map { "decision in \($0)" },
                ]))
            }
        }),
        ("corrections", { $0.corrections.map { FactSummary(key: join([$0.codes.map(\.description).joined(separator: ", "), $0.subject]), text: $0.note) } }),
    ]

    /// An authorization rule's facts, without its codes (the diff compares those piece by piece) or category label.
    static func rule(_ rule: PriorAuthorizationRule) -> String {
        join([
            rule.requirement.rawValue, rule.scope.effectiveDescription, scopeWithoutDates(rule.scope),
            rule.conditionText.map { "if \($0)" }, rule.vendorID.map { "vendor \($0)" },
            rule.decisionValidFor.map { "decision valid \($0)" },
        ])
    }

    /// "program opd; commercial; TX; hospital-outpatient; effective 2023-07-01", or "all" for an unscoped entry.
    static func scope(_ scope: Scope) -> String {
        join([scopeWithoutDates(scope), scope.effectiveDescription]).nonEmpty ?? "all"
    }

    private static func scopeWithoutDates(_ scope: Scope) -> String? {
        let limits = scope.allowed.sorted { $0.key < $1.key }.map { dimension, values in
            (dimension == .memberState ? "members in " : "") + values.sorted().joined(separator: ", ")
        }
        return join([scope.program.map { "program \($0)" }] + limits).nonEmpty
    }

    private static func lines(_ lines: Set<LineOfBusiness>?) -> String? {
        lines.map { $0.map(\.rawValue).sorted().joined(separator: ", ") }
    }

    private static func join(_ parts: [String?]) -> String {
        parts.compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: "; ")
    }
}

extension String {
    fileprivate var nonEmpty: String? { isEmpty ? nil : self }
}
