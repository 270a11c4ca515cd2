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
        let date = query.dateOfService
        let listedIndices = codeIndex.ruleSlice(listing: query.code.code)
        if let parts = answerParts, let compiled = parts.scopes,
            let known = QueryFacts.ifServed(query.scope, date: date, lines: parts.servedLines, states: parts.servedStates),
            let only = singleSituationOutcome(query, known, listedIndices, compiled)
        {
            // The common case: a scope the payer serves, one situation, decided from the compiled scopes without
            // building the situation table.
            var outcomes: [(situation: Situation, outcome: AuthorizationOutcome)] = []
            outcomes.reserveCapacity(1)
            outcomes.append((Situation(), only))
            return answer(query, outcomes: outcomes, only: only, verdict: only.verdict, condition: only.condition)
        }
        try check(query.scope)
        let outcomes: [(situation: Situation, outcome: AuthorizationOutcome)]
        let verdict: AuthorizationVerdict
        let condition: String?
        let listed = listedIndices.map { rules[Int($0)] }.filter { $0.scope.isEffective(on: date) }
        let unlisted = unlistedCodePolicies.filter { $0.scope.isEffective(on: date) }
        let perSituation = SituationResolver.outcomes(
            scopes: listed.map(\.scope) + unlisted.map(\.scope), given: query.scope, servedLines: linesOfBusiness, key: \.verdictAndCondition
        ) { situation in
            outcome(in: situation, query: query, listed: listed, unlisted: unlisted)
        }
        let agreed = perSituation.dropFirst().allSatisfy {
            $0.outcome.verdict == perSituation[0].outcome.verdict && $0.outcome.condition == perSituation[0].outcome.condition
        }
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
        return answer(query, outcomes: outcomes, only: nil, verdict: verdict, condition: condition)
    }

    /// The answer around decided outcomes: vendors, whom to call, portals, timeframes and provenance. Allocates only
    /// the arrays the answer holds (the payer's own arrays are shared when nothing is filtered out).
    ///
    /// `only` is the outcome when there is one situation: the fast path reads it directly rather than through the
    /// outcome tuples (copying a ``Situation`` goes through generic value witnesses).
    private func answer(
        _ query: AuthorizationQuery, outcomes: [(situation: Situation, outcome: AuthorizationOutcome)], only: AuthorizationOutcome?,
        verdict: AuthorizationVerdict, condition: String?
    ) -> AuthorizationAnswer {
        let date = query.dateOfService
        var vendorIDs: [String] = []
        var programs: [String] = []
        var ruleCount = 0
        if let only {
            Self.collect(only.rules, vendorIDs: &vendorIDs, programs: &programs, ruleCount: &ruleCount)
        } else {
            for (_, outcome) in outcomes { Self.collect(outcome.rules, vendorIDs: &vendorIDs, programs: &programs, ruleCount: &ruleCount) }
        }
        let vendors = vendorIDs.compactMap { vendor(id: $0) }
        let contacts = vendorIDs.isEmpty ? answerParts?.contactsWithoutVendor ?? contactsToCall(vendorIDs: [], scope: query.scope)
            : contactsToCall(vendorIDs: vendorIDs, scope: query.scope)
        let portals = answerParts?.portals ?? portals.keepingAll { $0.uses.contains(.priorAuthorization) }
        let timeframes = answerParts?.timeframesAlwaysApply == true ? decisionTimeframes : decisionTimeframes.keepingAll {
            $0.scope.isEffective(on: date) && $0.scope.isCompatible(with: query.scope) && ($0.scope.program.map(programs.contains) ?? true)
        }
        var provenance: [Provenance] = []
        provenance.reserveCapacity(ruleCount + outcomes.count + vendors.count + contacts.count + timeframes.count)
        if let only {
            Self.addProvenance(of: only, to: &provenance)
        } else {
            for (_, outcome) in outcomes { Self.addProvenance(of: outcome, to: &provenance) }
        }
        for vendor in vendors.indices { Self.add(vendors[vendor].provenance, to: &provenance) }
        for contact in contacts.indices { Self.add(contacts[contact].provenance, to: &provenance) }
        for timeframe in timeframes.indices { Self.add(timeframes[timeframe].provenance, to: &provenance) }
        return AuthorizationAnswer(
            payerID: id, payerName: name, code: query.code.code, modifiers: query.code.modifiers, dateOfService: date,
            verdict: verdict, condition: condition, outcomes: outcomes, vendors: vendors, contacts: contacts,
            portals: portals, decisionTimeframes: timeframes, provenance: provenance,
            staleProvenance: provenance.filter { $0.isStale(asOf: query.asOf, maximumAgeInDays: query.maximumAgeInDays) },
            ruleSet: ruleSet)
    }

    /// Notes the vendors (of rules that require something) and programs of `rules`, each once, in order.
    private static func collect(_ rules: [PriorAuthorizationRule], vendorIDs: inout [String], programs: inout [String], ruleCount: inout Int) {
        ruleCount += rules.count
        for rule in rules.indices {
            if rules[rule].requirement != .notRequired, let vendorID = rules[rule].vendorID, !vendorIDs.contains(vendorID) {
                vendorIDs.append(vendorID)
            }
            if let program = rules[rule].scope.program, !programs.contains(program) { programs.append(program) }
        }
    }

    /// Adds the provenance of an outcome's rules, then of its unlisted-code policy, skipping repeats.
    private static func addProvenance(of outcome: AuthorizationOutcome, to provenance: inout [Provenance]) {
        let rules = outcome.rules
        for rule in rules.indices { add(rules[rule].provenance, to: &provenance) }
        if let policy = outcome.unlistedPolicy { add(policy.provenance, to: &provenance) }
    }

    private static func add(_ record: consuming Provenance, to provenance: inout [Provenance]) {
        if !provenance.contains(record) { provenance.append(record) }
    }

    /// The outcome when the question leaves open no scope dimension that an effective candidate entry (a listed rule
    /// or an unlisted-code policy) names, so that ``SituationResolver`` would find exactly one situation, the one
    /// fixing nothing; nil otherwise. Works on the compiled scopes: no rule is read or copied unless it decides.
    private func singleSituationOutcome(
        _ query: AuthorizationQuery, _ known: QueryFacts, _ listedIndices: ArraySlice<Int32>, _ compiled: CompiledScopes
    ) -> AuthorizationOutcome? {
        return compiled.rules.withUnsafeBufferPointer { facts -> AuthorizationOutcome? in
            if known.line == nil || known.state == nil || known.setting == nil {
                for index in listedIndices where facts[Int(index)].isEffective(on: known.date) && facts[Int(index)].names(openIn: known) {
                    return nil
                }
                for policy in compiled.unlisted where policy.isEffective(on: known.date) && policy.names(openIn: known) { return nil }
            }
            func verdict(_ index: Int) -> AuthorizationVerdict? {
                let rule = facts[index]
                guard rule.isEffective(on: known.date), rule.admits(known) else { return nil }
                if rule.hasBilledWith { return Self.verdict(of: rules[index], billedWith: query.billedWith) }
                return AuthorizationVerdict(Requirement.allCases[Int(rule.requirement)])
            }
            var strictest: AuthorizationVerdict?
            var decidingCount = 0
            for index in listedIndices {
                guard let verdict = verdict(Int(index)) else { continue }
                if strictest.map({ verdict.strictness > $0.strictness }) ?? true {
                    strictest = verdict
                    decidingCount = 0
                }
                if verdict == strictest { decidingCount += 1 }
            }
            if let strictest {
                var deciding: [PriorAuthorizationRule] = []
                deciding.reserveCapacity(decidingCount)
                var conditions: [String] = []
                for index in listedIndices where verdict(Int(index)) == strictest {
                    let rule = Int(index)
                    deciding.append(rules[rule])
                    if let condition = Self.condition(of: rules[rule], billedWith: query.billedWith), !conditions.contains(condition) {
                        conditions.append(condition)
                    }
                }
                return AuthorizationOutcome(
                    verdict: strictest, condition: conditions.isEmpty ? nil : conditions.joined(separator: "; "), rules: deciding,
                    unlistedPolicy: nil)
            }
            // "unknown" outranks "not required": one program we cannot see is enough to make the answer unknown.
            var chosen: Int?
            for (index, policy) in compiled.unlisted.enumerated() where policy.isEffective(on: known.date) && policy.admits(known) {
                if unlistedCodePolicies[index].meaning == .unknown {
                    chosen = index
                    break
                }
                if chosen == nil { chosen = index }
            }
            let policy = chosen.map { unlistedCodePolicies[$0] }
            return AuthorizationOutcome(
                verdict: policy?.meaning == .notRequired ? .notRequired : .unknown, condition: nil, rules: [], unlistedPolicy: policy)
        }
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

    /// The condition that goes with ``verdict(of:billedWith:)``.
    private static func condition(of rule: PriorAuthorizationRule, billedWith billed: [ProcedureCode]?) -> String? {
        rule.billedWith.isEmpty || billed != nil ? rule.condition : rule.conditionText
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

    /// This payer with the parts every authorization answer shares worked out once.
    func preparedForQueries() -> Payer {
        var prepared = self
        let unscopedContacts = contacts.allSatisfy { $0.linesOfBusiness == nil && $0.states == nil }
        // Scopes compile to bit sets over the vocabularies; a hand-built scope naming a non-USPS state would not.
        let compilable = (rules.map(\.scope) + unlistedCodePolicies.map(\.scope)).allSatisfy { $0.states?.isSubset(of: USState.codes) ?? true }
        prepared.answerParts = AnswerParts(
            servedLines: ScopeFacts(Scope(linesOfBusiness: linesOfBusiness)).lines,
            servedStates: states.map { ScopeFacts(Scope(states: $0)).states },
            portals: portals.keepingAll { $0.uses.contains(.priorAuthorization) },
            contactsWithoutVendor: unscopedContacts ? contactsToCall(vendorIDs: [], scope: QueryScope()) : nil,
            timeframesAlwaysApply: decisionTimeframes.allSatisfy { $0.scope == Scope() },
            scopes: compilable
                ? CompiledScopes(
                    rules: rules.map { ScopeFacts($0.scope, requirement: $0.requirement, hasBilledWith: !$0.billedWith.isEmpty) },
                    unlisted: unlistedCodePolicies.map { ScopeFacts($0.scope) })
                : nil)
        return prepared
    }

    /// Vendor lines for `vendorIDs`, then the payer's prior-authorization lines, then provider services.
    func contactsToCall(vendorIDs: [String], scope: QueryScope) -> [Contact] {
        var lines: [Contact] = []
        for id in vendorIDs {
            for contact in contacts where contact.vendorID == id && contact.serves(scope) { lines.append(contact) }
        }
        let vendorLineCount = lines.count
        for contact in contacts where contact.vendorID == nil && contact.purpose == .priorAuthorization && contact.serves(scope) {
            lines.append(contact)
        }
        if lines.count == vendorLineCount {
            for contact in contacts where contact.vendorID == nil && contact.purpose == .providerServices && contact.serves(scope) {
                lines.append(contact)
            }
        }
        return lines
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

/// What every authorization answer from one payer shares, worked out once when the payer is loaded
/// (``Payer/preparedForQueries()``), so that a typical answer allocates only its own few arrays.
struct AnswerParts: Sendable {
    /// The payer's lines of business and service area as ``ScopeFacts`` bits, for a quick ``Payer/check(_:)``.
    let servedLines: UInt8
    let servedStates: UInt64?
    /// The portals that take prior-authorization requests.
    let portals: [Portal]
    /// Whom to call when no vendor decides; nil when some contact is limited to a line of business or state (the
    /// list then depends on the question).
    let contactsWithoutVendor: [Contact]?
    /// Whether every decision timeframe applies to every question (no dates, scope or program).
    let timeframesAlwaysApply: Bool
    /// The rules' and unlisted-code policies' scopes, compiled; nil when they cannot be.
    let scopes: CompiledScopes?
}

/// A payer's rule and unlisted-code policy scopes as ``ScopeFacts``, index for index.
struct CompiledScopes: Sendable {
    let rules: [ScopeFacts]
    let unlisted: [ScopeFacts]
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
    /// What ``summary`` says, as a cheap key: two outcomes have the same summary exactly when these are equal.
    var verdictAndCondition: VerdictAndCondition { VerdictAndCondition(verdict: verdict, condition: condition) }

    struct VerdictAndCondition: Hashable {
        let verdict: AuthorizationVerdict
        let condition: String?
    }

    /// "required", "conditional (only when billed with J0585-J0588)", "unknown".
    public var summary: String {
        condition.map { "\(verdict.rawValue) (\($0))" } ?? verdict.rawValue
    }
}

extension Contact {
    /// Whether the line serves a member with this scope (unknown dimensions don't exclude it).
    func serves(_ scope: QueryScope) -> Bool {
        if let line = scope.lineOfBusiness, let linesOfBusiness, !linesOfBusiness.contains(line) { return false }
        if let state = scope.state, let states, !states.contains(state) { return false }
        return true
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

extension Array {
    /// `filter(isIncluded)`, returning the array itself (shared, not copied) when every element is kept.
    func keepingAll(_ isIncluded: (Element) -> Bool) -> [Element] {
        allSatisfy(isIncluded) ? self : filter(isIncluded)
    }
}

extension Sequence where Element: Hashable {
    /// The elements in order, without repeats.
    func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}
