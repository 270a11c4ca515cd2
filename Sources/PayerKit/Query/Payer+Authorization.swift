/// A question PayerKit refuses rather than answer wrongly.
public struct QueryError: Error, Sendable, Hashable, CustomStringConvertible {
    /// One sentence saying what is wrong.
    public let message: String
    /// Creates an error.
    public init(_ message: String) { self.message = message }
    /// The message.
    public var description: String { message }
}

extension Payer {
    /// Answers whether `query.code` needs prior authorization with this payer. O(log n) in the number of rules
    /// listing codes, plus the (few) scope situations the question leaves open.
    public func authorization(for query: AuthorizationQuery) throws(QueryError) -> AuthorizationAnswer {
        try check(query.scope)
        let date = query.dateOfService
        let listed = codeIndex.rules(listing: query.code.code).map { rules[$0] }.filter { $0.scope.isEffective(on: date) }
        let unlisted = unlistedCodePolicies.filter { $0.scope.isEffective(on: date) }
        let perSituation = SituationResolver.outcomes(
            scopes: listed.map(\.scope) + unlisted.map(\.scope), given: query.scope, servedLines: linesOfBusiness, key: \.summary
        ) { situation in
            outcome(in: situation, query: query, listed: listed, unlisted: unlisted)
        }
        let agreed = perSituation.dropFirst().allSatisfy {
            $0.outcome.verdict == perSituation[0].outcome.verdict && $0.outcome.condition == perSituation[0].outcome.condition
        }
        let outcomes: [(situation: Situation, outcome: AuthorizationOutcome)]
        let verdict: AuthorizationVerdict
        let condition: String?
        if agreed {
            let first = perSituation[0].outcome
            var seen = Set<SourceLocation>()
            let allRules = perSituation.flatMap(\.outcome.rules).filter { seen.insert($0.provenance.location).inserted }
            outcomes = [(Situation(), AuthorizationOutcome(verdict: first.verdict, condition: first.condition, rules: allRules, unlistedPolicy: first.unlistedPolicy))]
            verdict = first.verdict
            condition = first.condition
        } else {
            outcomes = perSituation
            verdict = .conditional
            condition = "depends on " + perSituation.map { "\($0.situation): \($0.outcome.summary)" }.joined(separator: "; ")
        }

        let deciding = outcomes.flatMap(\.outcome.rules).filter { $0.requirement != .notRequired }
        let vendorIDs = deciding.compactMap(\.vendorID).uniqued()
        let vendors = vendorIDs.compactMap { vendor(id: $0) }
        let contacts = contactsToCall(vendorIDs: vendorIDs, scope: query.scope)
        let portals = portals.filter { $0.uses.contains(.priorAuthorization) }
        let programs = Set(outcomes.flatMap(\.outcome.rules).compactMap(\.scope.program))
        let timeframes = decisionTimeframes.filter {
            $0.scope.isEffective(on: date) && $0.scope.isCompatible(with: query.scope) && ($0.scope.program.map(programs.contains) ?? true)
        }
        let provenance = (outcomes.flatMap { $0.outcome.rules.map(\.provenance) + [$0.outcome.unlistedPolicy?.provenance].compactMap { $0 } }
            + vendors.map(\.provenance) + contacts.map(\.provenance) + timeframes.map(\.provenance)).uniqued()
        return AuthorizationAnswer(
            payerID: id, payerName: name, code: query.code.code, modifiers: query.code.modifiers, dateOfService: date,
            verdict: verdict, condition: condition, outcomes: outcomes, vendors: vendors, contacts: contacts,
            portals: portals, decisionTimeframes: timeframes, provenance: provenance,
            staleProvenance: provenance.filter { $0.isStale(asOf: query.asOf, maximumAgeInDays: query.maximumAgeInDays) },
            ruleSet: ruleSet)
    }

    /// The outcome when the unknown scope dimensions take the values in `situation`.
    private func outcome(
        in situation: Situation, query: AuthorizationQuery, listed: [PriorAuthorizationRule], unlisted: [UnlistedCodePolicy]
    ) -> AuthorizationOutcome {
        var applicable: [(rule: PriorAuthorizationRule, verdict: AuthorizationVerdict, condition: String?)] = []
        for rule in listed where situation.admits(rule.scope, given: query.scope) {
            if rule.billedWith.isEmpty {
                applicable.append((rule, AuthorizationVerdict(rule.requirement), rule.condition))
            } else if let billed = query.billedWith {
                // The pairing is known: the rule applies only if a paired code is on the claim.
                if billed.contains(where: { code in rule.billedWith.contains { $0.contains(code) } }) {
                    applicable.append((rule, AuthorizationVerdict(rule.requirement), rule.condition))
                }
            } else {
                applicable.append((rule, rule.requirement == .notRequired ? .notRequired : .conditional, rule.conditionText))
            }
        }
        if let strictest = applicable.map(\.verdict).max(by: { $0.strictness < $1.strictness }) {
            let deciding = applicable.filter { $0.verdict == strictest }
            let conditions = deciding.compactMap(\.condition).uniqued()
            return AuthorizationOutcome(
                verdict: strictest, condition: conditions.isEmpty ? nil : conditions.joined(separator: "; "),
                rules: deciding.map(\.rule), unlistedPolicy: nil)
        }
        let policies = unlisted.filter { situation.admits($0.scope, given: query.scope) }
        // "unknown" outranks "not required": one program we cannot see is enough to make the answer unknown.
        let policy = policies.first { $0.meaning == .unknown } ?? policies.first { $0.meaning == .notRequired }
        return AuthorizationOutcome(
            verdict: policy?.meaning == .notRequired ? .notRequired : .unknown, condition: nil, rules: [], unlistedPolicy: policy)
    }

    /// Vendor lines for `vendorIDs`, then the payer's prior-authorization lines, then provider services.
    func contactsToCall(vendorIDs: [String], scope: QueryScope) -> [Contact] {
        let usable = contacts.filter { $0.serves(scope) }
        let vendorLines = vendorIDs.flatMap { id in usable.filter { $0.vendorID == id } }
        let payerLines = usable.filter { $0.vendorID == nil && $0.purpose == .priorAuthorization }
        let fallback = payerLines.isEmpty ? usable.filter { $0.vendorID == nil && $0.purpose == .providerServices } : []
        return vendorLines + payerLines + fallback
    }

    /// Refuses a scope the payer does not serve, so a typo never turns into "unknown".
    func check(_ scope: QueryScope) throws(QueryError) {
        if let line = scope.lineOfBusiness, !linesOfBusiness.contains(line) {
            throw QueryError("\(name) has no \(line.rawValue) line of business in PayerRules; it serves \(linesOfBusiness.sorted().map(\.rawValue).joined(separator: ", "))")
        }
        if let state = scope.state {
            guard USState.codes.contains(state) else {
                throw QueryError("'\(state)' is not a two-letter USPS state code (e.g. TX, DC, PR)")
            }
            if let states, !states.contains(state) {
                throw QueryError("\(name) serves \(states.sorted().joined(separator: ", ")), not \(state)")
            }
        }
    }
}

extension AuthorizationVerdict {
    init(_ requirement: Requirement) {
        switch requirement {
        case .required: self = .required
        case .notRequired: self = .notRequired
        case .conditional: self = .conditional
        }
    }
}

extension AuthorizationOutcome {
    /// "required", "conditional (only when billed with J0585-J0588)", "unknown".
    public var summary: String {
        condition.map { "\(verdict.rawValue) (\($0))" } ?? verdict.rawValue
    }
}

extension Contact {
    /// Whether the line serves a member with this scope (unknown dimensions don't exclude it).
    func serves(_ scope: QueryScope) -> Bool {
        Scope(linesOfBusiness: linesOfBusiness, states: states).isCompatible(with: scope)
    }
}

extension Scope {
    /// Whether nothing the asker knows rules this scope out.
    func isCompatible(with known: QueryScope) -> Bool {
        if let line = known.lineOfBusiness, let linesOfBusiness, !linesOfBusiness.contains(line) { return false }
        if let state = known.state, let states, !states.contains(state) { return false }
        if let setting = known.setting, let settings, !settings.contains(setting) { return false }
        return true
    }
}

extension Sequence where Element: Hashable {
    /// The elements in order, without repeats.
    func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}
