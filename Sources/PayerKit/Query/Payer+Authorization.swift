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
        let listedIndices = codeIndex.ruleSlice(listing: query.code.code)
        let parts = answerParts
        if let compiled = parts.scopes,
            let known = QueryFacts.ifServed(query.scope, date: query.dateOfService, lines: parts.servedLines, states: parts.servedStates)
        {
            let outcomes = compiledOutcomes(query, known, listedIndices, compiled, servedLines: parts.servedLines)
            return AuthorizationAnswer(payer: self, query: query, outcomes: outcomes)
        }
        try check(query.scope)
        return AuthorizationAnswer(payer: self, query: query, outcomes: situationTableOutcomes(query, listedIndices))
    }

    /// The outcomes worked out with ``SituationResolver`` over the rules' own scopes: for payers whose scopes do not
    /// compile, and the reference the compiled path is tested against.
    func situationTableOutcomes(_ query: AuthorizationQuery, _ listedIndices: ArraySlice<Int32>) -> AuthorizationAnswer.Outcomes {
        let rules = rules, policies = unlistedCodePolicies
        let listed = listedIndices.filter { rules[Int($0)].scope.isEffective(on: query.dateOfService) }
        let unlisted = policies.indices.filter { policies[$0].scope.isEffective(on: query.dateOfService) }
        let perSituation = SituationResolver.outcomes(
            scopes: listed.map { rules[Int($0)].scope } + unlisted.map { policies[$0].scope }, given: query.scope,
            servedLines: linesOfBusiness, key: \.verdictAndCondition
        ) { situation in
            outcome(in: situation, query: query, listed: listed, unlisted: unlisted)
        }
        let first = perSituation[0].outcome
        let agreed = perSituation.dropFirst().allSatisfy {
            $0.outcome.verdict == first.verdict && $0.outcome.condition == first.condition
        }
        guard agreed else { return .init(perSituation: perSituation) }
        guard perSituation.count > 1 else { return .init(only: first) }
        return .init(only: .merging(perSituation.map(\.outcome)))
    }

    /// ``situationTableOutcomes(_:_:)`` on the compiled scopes. The situations form a grid (lines of business ×
    /// states × settings, each the values effective entries name in an open dimension, plus "any other"), held as
    /// ``QueryFacts`` bits; a question whose open dimensions no entry names has one situation and allocates nothing.
    private func compiledOutcomes(
        _ query: AuthorizationQuery, _ known: QueryFacts, _ listedIndices: ArraySlice<Int32>, _ compiled: CompiledScopes, servedLines: UInt8
    ) -> AuthorizationAnswer.Outcomes {
        compiled.rules.withUnsafeBufferPointer { facts -> AuthorizationAnswer.Outcomes in
            // The values effective entries name in each dimension the question leaves open.
            var named: (line: UInt64, state: UInt64, setting: UInt64) = (0, 0, 0)
            func add(_ entry: ScopeFacts) {
                if known.line == nil { named.line |= UInt64(entry.lines & ~(1 << 7)) }
                if known.state == nil { named.state |= entry.states & ~(1 << 63) }
                if known.setting == nil { named.setting |= UInt64(entry.settings & ~(1 << 15)) }
            }
            if known.line == nil || known.state == nil || known.setting == nil {
                for index in listedIndices where facts[Int(index)].isEffective(on: known.date) { add(facts[Int(index)]) }
                for policy in compiled.unlisted where policy.isEffective(on: known.date) { add(policy) }
            }
            if named == (0, 0, 0) {
                // The common case: one situation, decided without building the table.
                return .init(only: outcome(query, in: known, listedIndices, facts, compiled.unlisted))
            }
            let axes = [
                SituationAxis(named: named.line, order: ScopeFacts.lineOrder, other: UInt64(servedLines & ~(1 << 7)) & ~named.line != 0),
                SituationAxis(named: named.state, order: ScopeFacts.stateOrder),
                SituationAxis(named: named.setting, order: ScopeFacts.settingOrder),
            ]
            let strides = SIMD3(axes[1].count * axes[2].count, axes[2].count, 1)
            var outcomes: [AuthorizationOutcome] = []
            outcomes.reserveCapacity(axes[0].count * strides[0])
            for line in 0..<axes[0].count {
                for state in 0..<axes[1].count {
                    for setting in 0..<axes[2].count {
                        var situation = known
                        situation.line = known.line ?? axes[0].value(line)
                        situation.state = known.state ?? axes[1].value(state)
                        situation.setting = known.setting ?? axes[2].value(setting)
                        outcomes.append(outcome(query, in: situation, listedIndices, facts, compiled.unlisted))
                    }
                }
            }
            let keys = outcomes.map(\.verdictAndCondition)
            /// Calls `body` with each cell whose coordinates are below `counts`, in order, until it returns false.
            func forEachCell(below counts: SIMD3<Int>, _ body: (Int) -> Bool) -> Bool {
                for line in 0..<counts[0] {
                    for state in 0..<counts[1] {
                        for setting in 0..<counts[2] where !body(line * strides[0] + state * strides[1] + setting) { return false }
                    }
                }
                return true
            }
            // A dimension whose value never changes the key is dropped (as ``SituationResolver`` does), keeping its
            // first value's outcomes; `counts` is the number of values still told apart in each dimension.
            var counts = SIMD3(axes[0].count, axes[1].count, axes[2].count)
            for dimension in 0..<3 where counts[dimension] > 1 {
                var others = counts
                others[dimension] = 1
                let agrees = forEachCell(below: others) { cell in
                    (1..<counts[dimension]).allSatisfy { keys[cell + $0 * strides[dimension]] == keys[cell] }
                }
                if agrees { counts[dimension] = 1 }
            }
            let agreed = forEachCell(below: counts) { keys[$0] == keys[0] }
            guard agreed else {
                func value<T>(_ dimension: Int, _ cell: Int, _ decode: (UInt64) -> T) -> DimensionValue<T>? {
                    let axis = axes[dimension]
                    guard counts[dimension] > 1, let bit = axis.value(cell / strides[dimension] % axis.count) else { return nil }
                    return bit != 0 ? .equals(decode(bit)) : .otherThan(axis.order.filter { axis.named & $0 != 0 }.map(decode))
                }
                var perSituation: [AuthorizationAnswer.Outcomes.Element] = []
                _ = forEachCell(below: counts) { cell in
                    let situation = Situation(
                        lineOfBusiness: value(0, cell) { LineOfBusiness.allCases[$0.trailingZeroBitCount] },
                        state: value(1, cell) { USState.ordered[$0.trailingZeroBitCount] },
                        setting: value(2, cell) { CareSetting.allCases[$0.trailingZeroBitCount] })
                    perSituation.append((situation, outcomes[cell]))
                    return true
                }
                return .init(perSituation: perSituation)
            }
            guard counts != SIMD3(1, 1, 1) else { return .init(only: outcomes[0]) }
            var agreeing: [AuthorizationOutcome] = []
            _ = forEachCell(below: counts) { cell in
                agreeing.append(outcomes[cell])
                return true
            }
            return .init(only: .merging(agreeing))
        }
    }

    /// The outcome in the situation `known` (the question's facts, with the open dimensions the situation fixes filled
    /// in): the strictest verdict of the effective listed rules it admits, else the unlisted-code policy's. No rule is
    /// read unless its `billed_with` pairing decides.
    private func outcome(
        _ query: AuthorizationQuery, in known: QueryFacts, _ listedIndices: ArraySlice<Int32>, _ facts: UnsafeBufferPointer<ScopeFacts>,
        _ unlisted: [ScopeFacts]
    ) -> AuthorizationOutcome {
        func verdict(_ index: Int32) -> AuthorizationVerdict? {
            let rule = facts[Int(index)]
            guard rule.isEffective(on: known.date), rule.admits(known) else { return nil }
            if rule.hasBilledWith { return Self.verdict(of: rules[Int(index)], billedWith: query.billedWith) }
            return AuthorizationVerdict(Requirement.allCases[Int(rule.requirement)])
        }
        var strictest: AuthorizationVerdict?
        var decidingCount = 0
        for index in listedIndices {
            guard let verdict = verdict(index) else { continue }
            if strictest.map({ verdict.strictness > $0.strictness }) ?? true {
                strictest = verdict
                decidingCount = 0
            }
            if verdict == strictest { decidingCount += 1 }
        }
        if let strictest {
            // Usually every listed rule decides, and the index's own slice is the list.
            let deciding = decidingCount == listedIndices.count ? listedIndices : listedIndices.filter { verdict($0) == strictest }[...]
            return AuthorizationOutcome(verdict: strictest, payer: storage, rules: deciding, knowsBilledWith: query.billedWith != nil)
        }
        // "unknown" outranks "not required": one program we cannot see is enough to make the answer unknown.
        var chosen: Int?
        for (index, policy) in unlisted.enumerated() where policy.isEffective(on: known.date) && policy.admits(known) {
            if unlistedCodePolicies[index].meaning == .unknown {
                chosen = index
                break
            }
            if chosen == nil { chosen = index }
        }
        return outcome(policy: chosen)
    }

    /// The outcome an unlisted-code policy (or, for nil, the lack of one) gives.
    private func outcome(policy: Int?) -> AuthorizationOutcome {
        let meaning = policy.map { unlistedCodePolicies[$0].meaning }
        return AuthorizationOutcome(verdict: meaning == .notRequired ? .notRequired : .unknown, payer: storage, policy: policy)
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

    /// The outcome when the unknown scope dimensions take the values in `situation`; `listed` and `unlisted` are the
    /// positions of the effective rules listing the code and of the effective unlisted-code policies.
    private func outcome(in situation: Situation, query: AuthorizationQuery, listed: [Int32], unlisted: [Int]) -> AuthorizationOutcome {
        let rules = rules
        var applicable: [(index: Int32, verdict: AuthorizationVerdict)] = []
        for index in listed where situation.admits(rules[Int(index)].scope, given: query.scope) {
            if let verdict = Self.verdict(of: rules[Int(index)], billedWith: query.billedWith) { applicable.append((index, verdict)) }
        }
        if let strictest = applicable.map(\.verdict).max(by: { $0.strictness < $1.strictness }) {
            let deciding = applicable.filter { $0.verdict == strictest }.map(\.index)
            return AuthorizationOutcome(verdict: strictest, payer: storage, rules: deciding[...], knowsBilledWith: query.billedWith != nil)
        }
        let policies = unlistedCodePolicies
        let admitted = unlisted.filter { situation.admits(policies[$0].scope, given: query.scope) }
        // "unknown" outranks "not required": one program we cannot see is enough to make the answer unknown.
        let policy = admitted.first { policies[$0].meaning == .unknown } ?? admitted.first { policies[$0].meaning == .notRequired }
        return outcome(policy: policy)
    }

    /// Vendor lines for `vendorIDs`, then the payer's prior-authorization lines, then provider services.
    func contactsToCall(vendorIDs: [String], scope: QueryScope) -> [Contact] {
        Self.contactsToCall(in: contacts, vendorIDs: vendorIDs, scope: scope)
    }

    /// ``contactsToCall(vendorIDs:scope:)`` over a payer's `contacts`.
    static func contactsToCall(in contacts: [Contact], vendorIDs: [String], scope: QueryScope) -> [Contact] {
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

/// What every authorization answer from one payer shares, worked out once when the payer is built, so that a typical
/// answer allocates nothing.
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

    init(_ payer: Payer.Fields) {
        servedLines = ScopeFacts(Scope(linesOfBusiness: payer.linesOfBusiness)).lines
        servedStates = payer.states.map { ScopeFacts(Scope(states: $0)).states }
        portals = payer.portals.keepingAll { $0.uses.contains(.priorAuthorization) }
        let unscopedContacts = payer.contacts.allSatisfy { $0.linesOfBusiness == nil && $0.states == nil }
        contactsWithoutVendor = unscopedContacts ? Payer.contactsToCall(in: payer.contacts, vendorIDs: [], scope: QueryScope()) : nil
        timeframesAlwaysApply = payer.decisionTimeframes.allSatisfy { $0.scope == Scope() }
        // Scopes compile to bit sets over the vocabularies; a hand-built scope naming a non-USPS state would not.
        let compilable = (payer.rules.map(\.scope) + payer.unlistedCodePolicies.map(\.scope)).allSatisfy { $0.states?.isSubset(of: USState.codes) ?? true }
        scopes = compilable
            ? CompiledScopes(
                rules: payer.rules.map { ScopeFacts($0.scope, requirement: $0.requirement, hasBilledWith: !$0.billedWith.isEmpty) },
                unlisted: payer.unlistedCodePolicies.map { ScopeFacts($0.scope) })
            : nil
    }
}

/// One dimension of the situation table on compiled scopes: the values effective entries name (bits, listed in the
/// vocabulary's `order`), then "any other value" when `other`; a single unsplit situation when nothing is named.
private struct SituationAxis {
    let named: UInt64
    let order: [UInt64]
    var other = true

    /// The number of situations.
    var count: Int { named == 0 ? 1 : named.nonzeroBitCount + (other ? 1 : 0) }

    /// Situation `position`'s value: nil when the dimension is not split, a value's bit, or 0 for "any other value".
    func value(_ position: Int) -> UInt64? {
        guard named != 0 else { return nil }
        var position = position
        for bit in order where named & bit != 0 {
            if position == 0 { return bit }
            position -= 1
        }
        return 0
    }
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
