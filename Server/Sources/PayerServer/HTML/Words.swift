import PayerKit

/// How the page words the library's values.
enum Words {
    /// The verdict in a sentence.
    static func verdictSentence(_ verdict: AuthorizationVerdict) -> String {
        switch verdict {
        case .required: "Prior authorization is required."
        case .notRequired: "No prior authorization is required."
        case .conditional: "Prior authorization depends on the case:"
        case .unknown: "PayerRules does not settle this code for this payer: ask the payer before the service."
        }
    }

    static func lineOfBusiness(_ line: LineOfBusiness) -> String {
        switch line {
        case .commercial: "Commercial"
        case .medicareAdvantage: "Medicare Advantage"
        case .medicareFFS: "Original Medicare (fee-for-service)"
        case .medicaid: "Medicaid"
        case .chip: "CHIP"
        case .marketplace: "Marketplace (ACA exchange)"
        }
    }

    static func setting(_ setting: CareSetting) -> String {
        switch setting {
        case .inpatient: "Inpatient"
        case .postAcute: "Post-acute (SNF, LTACH, IRF)"
        case .hospitalOutpatient: "Hospital outpatient"
        case .ambulatorySurgicalCenter: "Ambulatory surgical center"
        case .office: "Physician office"
        case .home: "Home"
        case .emergency: "Emergency department"
        case .ambulance: "Ambulance"
        }
    }

    static func portalUse(_ use: PortalUse) -> String {
        use.rawValue.replacingOccurrences(of: "-", with: " ")
    }

    /// "last verified 2026-11-23 (6 days ago)", or the third-party-copy warning.
    static func freshness(_ provenance: Provenance, today: CalendarDate) -> String {
        if provenance.isSecondarySource {
            return "from a third-party copy, not confirmed current (last checked \(provenance.lastVerified))"
        }
        let days = provenance.lastVerified.days(until: today)
        let ago = days <= 0 ? "today" : days == 1 ? "yesterday" : "\(days) days ago"
        return "last verified \(provenance.lastVerified) (\(ago))" + (provenance.sourceDate.map { "; the source is dated \($0)" } ?? "")
    }

    /// The retro status as a sentence.
    static func retro(_ outcome: RetroOutcome) -> String {
        let window = outcome.policy.flatMap { policy in
            policy.window.map { " within \($0) of \(policy.anchor?.phrase ?? "the anchor date")" }
        } ?? ""
        switch outcome.status {
        case .notAccepted:
            return "Retro-authorization is not accepted: authorization starts the day you request it."
        case .open(let deadline, let daysLeft):
            return "Retro-authorization is accepted\(window): request it by \(deadline) (\(daysLeft) \(daysLeft == 1 ? "day" : "days") left)."
        case .closed(let deadline):
            let next = outcome.policy?.afterWindow.map { $0 == .appeal ? " Next step: appeal." : " Later requests are denied." } ?? ""
            return "The retro-authorization window closed: the last day was \(deadline) (accepted\(window)).\(next)"
        case .acceptedWithoutStatedWindow:
            return "Retro-authorization is accepted, but no deadline is published: ask the payer how long you have."
        case .unknown:
            return "PayerRules has no retro-authorization policy for this payer and case: ask the payer."
        case .conditional:
            return "It depends on the case."
        }
    }

    /// The page's names for what the asker can still give, where the library's sentences would name the `payer`
    /// tool's options: "give the state", "enter the approval date below".
    static let form = InputNames(
        scope: [
            .lineOfBusiness: "the line of business", .plan: "the plan", .state: "the state", .memberState: "the member's state",
            .setting: "the setting", .network: "the network status",
        ],
        approvalDate: "enter the approval date below to compute it")
}
