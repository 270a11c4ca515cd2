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
        // Outcomes that agree everywhere come back as one: the resolver drops every dimension that changes nothing.
        let outcomes = SituationResolver.outcomes(scopes: candidates.map(\.scope), given: query.scope, closed: closedDimensions, key: { $0 }) { situation in
            Self.outcome(of: candidates.filter { situation.admits($0.scope, given: query.scope) }, query: query)
        }
        let contacts = contactsToCall(vendorIDs: [], programs: Set(outcomes.compactMap { $0.outcome.policy?.scope.program }), scope: query.scope)
        let provenance = (outcomes.compactMap(\.outcome.policy?.provenance) + contacts.map(\.provenance)).uniqued()
        return RetroAnswer(
            payerID: id, payerName: name, serviceDate: query.serviceDate, asOf: query.asOf,
            status: outcomes.count == 1 ? outcomes[0].outcome.status : .conditional, outcomes: outcomes, contacts: contacts, scope: filled(query.scope),
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
