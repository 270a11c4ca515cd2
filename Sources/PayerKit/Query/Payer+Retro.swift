/// A retro-authorization question: can an authorization still be requested for a service already rendered?
public struct RetroQuery: Sendable, Hashable {
    /// The date the window counts from: the date of service, or the admission date etc. when the policy says so.
    public var serviceDate: CalendarDate
    /// The day to judge the window on (the caller says which day "today" is).
    public var asOf: CalendarDate
    /// Line of business, state and setting, where known.
    public var scope: QueryScope
    /// The service's code, when known: policies of programs that don't list it are left out.
    public var code: ProcedureCode?
    /// Facts last verified longer ago than this are flagged stale.
    public var maximumAgeInDays: Int
    /// The dates of other anchors (admission, discharge, notification, …), where known: a policy counts from the date
    /// of its own anchor when given here, else from ``serviceDate``.
    public var anchorDates: [Anchor: CalendarDate] = [:]

    /// Creates a query.
    public init(
        serviceDate: CalendarDate, asOf: CalendarDate, scope: QueryScope = QueryScope(),
        code: ProcedureCode? = nil, maximumAgeInDays: Int = 180
    ) {
        self.serviceDate = serviceDate
        self.asOf = asOf
        self.scope = scope
        self.code = code
        self.maximumAgeInDays = maximumAgeInDays
    }
}

/// Where a retro-authorization request stands.
public enum RetroStatus: Sendable, Hashable {
    /// The payer does not accept retro-authorization here.
    case notAccepted
    /// A request is still possible through `deadline` (inclusive).
    case open(deadline: CalendarDate, daysLeft: Int)
    /// The window closed: `deadline` was the last day.
    case closed(deadline: CalendarDate)
    /// Accepted, but the source states no window.
    case acceptedWithoutStatedWindow
    /// The answer depends on scope the question did not give; see the outcomes.
    case conditional
    /// No policy covers this: ask the payer.
    case unknown

    /// `not-accepted`, `open`, `closed`, `accepted-no-window`, `conditional`, `unknown`.
    public var code: String {
        switch self {
        case .notAccepted: "not-accepted"
        case .open: "open"
        case .closed: "closed"
        case .acceptedWithoutStatedWindow: "accepted-no-window"
        case .conditional: "conditional"
        case .unknown: "unknown"
        }
    }
}

/// The retro status in one situation, with the policy behind it.
public struct RetroOutcome: Sendable, Hashable {
    /// The status.
    public let status: RetroStatus
    /// The policy that decided; nil when unknown.
    public let policy: RetroAuthorizationPolicy?
}

/// The answer to a ``RetroQuery``.
public struct RetroAnswer: Sendable {
    /// The payer asked about.
    public let payerID: String
    /// The payer's name.
    public let payerName: String
    /// The date the window counts from.
    public let serviceDate: CalendarDate
    /// The day the window was judged on.
    public let asOf: CalendarDate
    /// The overall status: `conditional` when the situations disagree.
    public let status: RetroStatus
    /// The outcome per situation; one entry with an empty situation when the answer does not depend on scope.
    public let outcomes: [(situation: Situation, outcome: RetroOutcome)]
    /// Whom to call, most specific first (as ``AuthorizationAnswer/contacts``).
    public let contacts: [Contact]
    /// What the question said about the scope, with the line of business filled in when the payer has only one;
    /// dimensions without a value were left open.
    public let scope: QueryScope
    /// Where every fact in the answer comes from.
    public let provenance: [Provenance]
    /// Provenance records last verified longer ago than the query's maximum age.
    public let staleProvenance: [Provenance]
    /// The rule set that answered, for an audit trail.
    public let ruleSet: RuleSetIdentity

    /// Whether any fact behind the answer is stale.
    public var isStale: Bool { !staleProvenance.isEmpty }
}

extension Payer {
    /// Answers whether a retro-authorization is still possible. Business-day windows skip weekends and U.S. federal
    /// holidays.
    ///
    /// - Throws: a ``PayerKitError``: a scope the payer does not serve, a service date outside
    ///   ``CalendarDate/supportedYears`` or after the as-of date.
    public func retroAuthorization(for query: RetroQuery) throws -> RetroAnswer {
        try retroAnswer(for: query)
    }

    /// ``retroAuthorization(for:)`` with its one error type, for the file's examples.
    func retroAnswer(for query: RetroQuery) throws(PayerKitError) -> RetroAnswer {
        try check(query.scope)
        guard CalendarDate.supportedYears.contains(query.serviceDate.year) else {
            throw .dateOutOfRange(query.serviceDate)
        }
        guard query.serviceDate <= query.asOf else {
            throw .serviceDateAfterAsOf(serviceDate: query.serviceDate, asOf: query.asOf)
        }
        let programs = query.code.map { code in codeIndex.ruleSlice(listing: code).compactMap { rules[Int($0)].scope.program } }
        let candidates = retroPolicies.filter { policy in
            guard policy.scope.isEffective(on: query.serviceDate) else { return false }
            guard let programs, let program = policy.scope.program else { return true }
            return programs.contains(program)
        }
        let perSituation = SituationResolver.outcomes(scopes: candidates.map(\.scope), given: query.scope, closed: closedDimensions, key: { $0 }) { situation in
            Self.outcome(of: candidates.filter { situation.admits($0.scope, given: query.scope) }, query: query)
        }
        let agreed = perSituation.dropFirst().allSatisfy { $0.outcome == perSituation[0].outcome }
        let outcomes = agreed ? [(Situation(), perSituation[0].outcome)] : perSituation
        let contacts = contactsToCall(vendorIDs: [], programs: Set(outcomes.compactMap { $0.outcome.policy?.scope.program }), scope: query.scope)
        var provenance: [Provenance] = []
        func add(_ record: Provenance) { if !provenance.contains(record) { provenance.append(record) } }
        for (_, outcome) in outcomes { if let policy = outcome.policy { add(policy.provenance) } }
        for contact in contacts { add(contact.provenance) }
        return RetroAnswer(
            payerID: id, payerName: name, serviceDate: query.serviceDate, asOf: query.asOf,
            status: agreed ? perSituation[0].outcome.status : .conditional, outcomes: outcomes, contacts: contacts, scope: filled(query.scope),
            provenance: provenance,
            staleProvenance: provenance.filter { $0.isStale(asOf: query.asOf, maximumAgeInDays: query.maximumAgeInDays) },
            ruleSet: ruleSet)
    }

    /// The strictest of the matching policies: not accepted, then the earliest deadline, then no stated window.
    private static func outcome(of policies: [RetroAuthorizationPolicy], query: RetroQuery) -> RetroOutcome {
        if let refusal = policies.first(where: { !$0.accepted }) {
            return RetroOutcome(status: .notAccepted, policy: refusal)
        }
        let windowed = policies.compactMap { policy in
            policy.window.map { (policy, $0.deadline(from: policy.anchor.flatMap { query.anchorDates[$0] } ?? query.serviceDate)) }
        }
        if let (policy, deadline) = windowed.min(by: { $0.1 < $1.1 }) {
            let status: RetroStatus = query.asOf <= deadline
                ? .open(deadline: deadline, daysLeft: query.asOf.days(until: deadline)) : .closed(deadline: deadline)
            return RetroOutcome(status: status, policy: policy)
        }
        if let policy = policies.first {
            return RetroOutcome(status: .acceptedWithoutStatedWindow, policy: policy)
        }
        return RetroOutcome(status: .unknown, policy: nil)
    }
}
