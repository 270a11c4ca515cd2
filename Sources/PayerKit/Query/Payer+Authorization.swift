extension Payer {
    /// Answers whether `query.code` needs prior authorization with this payer: O(log n) to find the rules listing the
    /// code, then each scope situation the question leaves open is decided on those rules alone.
    ///
    /// - Throws: ``PayerKitError/scopeNotServed(_:value:payer:served:)`` or ``PayerKitError/invalidStateCode(_:)`` for
    ///   a scope this payer does not serve, rather than answer "unknown" to a typo.
    public func authorization(for query: AuthorizationQuery) throws -> AuthorizationAnswer {
        try authorizationAnswer(for: query)
    }

    /// ``authorization(for:)`` with its one error type, for the file's examples.
    func authorizationAnswer(for query: AuthorizationQuery) throws(PayerKitError) -> AuthorizationAnswer {
        try check(query.scope)
        let listed = codeIndex.ruleSlice(listing: query.code.code).filter { rules[Int($0)].scope.isEffective(on: query.dateOfService) }
        // Rules the code is the other half of (billed_with), when no rule lists it itself.
        let paired = listed.isEmpty
            ? pairingIndex.ruleSlice(listing: query.code.code).filter { rules[Int($0)].scope.isEffective(on: query.dateOfService) } : []
        let unlisted = unlistedCodePolicies.indices.filter { unlistedCodePolicies[$0].scope.isEffective(on: query.dateOfService) }
        // Outcomes that agree everywhere come back as one: the resolver drops every dimension that changes nothing.
        let outcomes = SituationResolver.outcomes(
            scopes: (listed + paired).map { rules[Int($0)].scope } + unlisted.map { unlistedCodePolicies[$0].scope }, given: query.scope,
            closed: closedDimensions, key: \.verdictAndCondition
        ) { situation in
            outcome(in: situation, query: query, listed: listed, paired: paired, unlisted: unlisted)
        }
        return AuthorizationAnswer(payer: self, query: query, outcomes: outcomes)
    }

    /// The dimensions whose every value the payer can name, so "any other value" is no situation of its own once
    /// entries name them all: its lines of business, the settings, the network statuses.
    var closedDimensions: [ScopeDimension: Set<String>] {
        [
            .lineOfBusiness: Set(linesOfBusiness.map(\.rawValue)),
            .setting: Set(CareSetting.allCases.map(\.rawValue)),
            .network: Set(NetworkStatus.allCases.map(\.rawValue)),
        ]
    }

    /// The outcome when the open scope dimensions take the values in `situation`: the strictest verdict of the
    /// listed rules it admits, else the unlisted-code policy's. `listed` and `unlisted` are the positions of the
    /// effective rules listing the code and of the effective unlisted-code policies.
    private func outcome(in situation: Situation, query: AuthorizationQuery, listed: [Int32], paired: [Int32], unlisted: [Int]) -> AuthorizationOutcome {
        var applicable: [(index: Int32, verdict: AuthorizationVerdict)] = []
        for index in listed where situation.admits(rules[Int(index)].scope, given: query.scope) {
            if let verdict = Self.verdict(of: rules[Int(index)], billedWith: query.billedWith) { applicable.append((index, verdict)) }
        }
        for index in paired where situation.admits(rules[Int(index)].scope, given: query.scope) {
            if let verdict = Self.verdict(pairedWith: rules[Int(index)], billedWith: query.billedWith) { applicable.append((index, verdict)) }
        }
        if let strictest = applicable.map(\.verdict).max(by: { $0.strictness < $1.strictness }) {
            let deciding = applicable.filter { $0.verdict == strictest }.map(\.index)
            return AuthorizationOutcome(
                verdict: strictest, rules: deciding.map { rules[Int($0)] }, knowsBilledWith: query.billedWith != nil, viaPairing: !paired.isEmpty)
        }
        let admitted = unlisted.filter { situation.admits(unlistedCodePolicies[$0].scope, given: query.scope) }
        // "unknown" outranks "not required": one program we cannot see is enough to make the answer unknown.
        let policy = admitted.first { unlistedCodePolicies[$0].meaning == .unknown } ?? admitted.first
        let meaning = policy.map { unlistedCodePolicies[$0].meaning }
        return AuthorizationOutcome(
            verdict: meaning == .notRequired ? .notRequired : .unknown, policy: policy.map { unlistedCodePolicies[$0] })
    }

    /// The verdict a rule listing the code gives, or nil when its `billed_with` pairing is known not to hold.
    private static func verdict(of rule: PriorAuthorizationRule, billedWith billed: [ProcedureCode]?) -> AuthorizationVerdict? {
        if rule.billedWith.isEmpty { return AuthorizationVerdict(rule.requirement) }
        if let billed {
            // The pairing is known: the rule applies only if a paired code is on the claim.
            return billed.contains(where: { code in rule.billedWith.contains { $0.contains(code) } }) ? AuthorizationVerdict(rule.requirement) : nil
        }
        return rule.requirement == .notRequired ? .notRequired : .conditional
    }

    /// The verdict a rule gives the code it is billed with (the drug of an injection rule), or nil when the pairing
    /// is known not to hold or the rule requires nothing: the rule's requirement when one of its own codes is on the
    /// claim, conditional on the pairing when the claim's other codes are not known.
    private static func verdict(pairedWith rule: PriorAuthorizationRule, billedWith billed: [ProcedureCode]?) -> AuthorizationVerdict? {
        guard rule.requirement != .notRequired else { return nil }
        guard let billed else { return .conditional }
        return billed.contains(where: { code in rule.codes.contains { $0.contains(code) } }) ? AuthorizationVerdict(rule.requirement) : nil
    }

    /// Whom to call, most specific first: the lines of the delegated vendors `vendorIDs`, then the payer's
    /// prior-authorization lines, then its general provider-services lines last. Never a line whose scope excludes the
    /// question, nor one of a program not in `programs`. Within each group a line that fits everything the question
    /// gave and assumes nothing it left open comes first, then lines limited to more of what it gave (a Medicare
    /// Advantage line before an unlimited one for an MA question).
    func contactsToCall(vendorIDs: [String], programs: Set<String>, scope given: QueryScope) -> [Contact] {
        let scope = filled(given)
        let serving = contacts(serving: scope, programs: programs)
        var lines = vendorIDs.flatMap { id in Self.mostSpecificFirst(serving.filter { $0.vendorID == id }, for: scope) }
        lines += Self.mostSpecificFirst(serving.filter { $0.vendorID == nil && $0.purpose == .priorAuthorization }, for: scope)
        lines += Self.mostSpecificFirst(serving.filter { $0.vendorID == nil && $0.purpose == .providerServices }, for: scope)
        return lines
    }

    /// Delegated review vendors' lines that serve the question's scope, for an answer no vendor's rule decided: the
    /// desk knows whether the service is in the vendor's program (Aetna Medicare Advantage imaging in Michigan goes
    /// to eviCore) even when PayerRules has no code list for it.
    func vendorLines(excluding vendorIDs: [String], programs: Set<String>, scope given: QueryScope) -> [Contact] {
        let scope = filled(given)
        return Self.mostSpecificFirst(contacts(serving: scope, programs: programs).filter { contact in
            contact.vendorID.map { !vendorIDs.contains($0) } ?? false
        }, for: scope)
    }

    /// The lines, in file order, whose scope admits `scope` (already ``filled(_:)``) and whose program, if any, is
    /// one of `programs`.
    func contacts(serving scope: QueryScope, programs: Set<String>) -> [Contact] {
        contacts.filter { $0.scope.isCompatible(with: scope) && ($0.scope.program.map(programs.contains) ?? true) }
    }

    /// `scope` with the line of business filled in when the payer has only one, so nothing limited to it reads as an
    /// assumption about a question that could not have meant another.
    func filled(_ scope: QueryScope) -> QueryScope {
        guard scope.lineOfBusiness == nil, linesOfBusiness.count == 1, let only = linesOfBusiness.first else { return scope }
        var filled = scope
        filled.values[.lineOfBusiness] = only.rawValue
        return filled
    }

    /// `contacts` in a stable order: fewest scope limits on what the question left open, then most limits on what it
    /// gave (a program counts as given).
    static func mostSpecificFirst(_ contacts: [Contact], for scope: QueryScope) -> [Contact] {
        guard contacts.count > 1 else { return contacts }
        let ranks = contacts.map { contact in
            var open = 0
            for dimension in contact.scope.allowed.keys where scope.values[dimension] == nil { open += 1 }
            return (open: open, given: contact.scope.allowed.count - open + (contact.scope.program == nil ? 0 : 1))
        }
        return contacts.indices.sorted { lhs, rhs in
            (ranks[lhs].open, -ranks[lhs].given, lhs) < (ranks[rhs].open, -ranks[rhs].given, rhs)
        }.map { contacts[$0] }
    }

    /// Refuses a scope the payer does not serve, so a typo never turns into "unknown".
    func check(_ scope: QueryScope) throws(PayerKitError) {
        if let line = scope.lineOfBusiness, !linesOfBusiness.contains(line) {
            throw .scopeNotServed(.lineOfBusiness, value: line.rawValue, payer: name, served: linesOfBusiness.sorted().map(\.rawValue))
        }
        for state in [scope.state, scope.memberState].compactMap({ $0 }) where !USState.codes.contains(state) {
            throw .invalidStateCode(state)
        }
        if let state = scope.state, let states, !states.contains(state) {
            throw .scopeNotServed(.state, value: state, payer: name, served: states.sorted())
        }
        if let plan = scope.plan, !plans.contains(where: { $0.id == plan }) {
            throw .scopeNotServed(.plan, value: plan, payer: name, served: plans.map(\.id))
        }
    }
}
