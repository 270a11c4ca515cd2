/// The answer in one situation.
///
/// An outcome refers to its payer's rules by position rather than holding copies, so deciding a question copies no
/// rule; ``rules``, ``condition`` and ``unlistedPolicy`` are read from the payer when asked for.
public struct AuthorizationOutcome: Sendable, Hashable {
    /// The verdict.
    public let verdict: AuthorizationVerdict
    /// The payer whose rules and policies the indices below point into.
    private let payer: Payer.Storage
    /// Positions in the payer's rules of the rules that decided, ascending per situation.
    private let ruleIndices: ArraySlice<Int32>
    /// Whether the question said which codes were billed with this one (``AuthorizationQuery/billedWith``).
    private let knowsBilledWith: Bool
    /// Position in the payer's unlisted-code policies of the one that decided, or -1.
    private let policyIndex: Int
    /// Whether the code was found as the other half of the deciding rules' pairing (their `billed_with`).
    private let viaPairing: Bool

    /// An outcome decided by rules (`rules` not empty) or by an unlisted-code policy (`policy`), or by nothing.
    init(verdict: AuthorizationVerdict, payer: Payer.Storage, rules: ArraySlice<Int32> = [], knowsBilledWith: Bool = false,
         viaPairing: Bool = false, policy: Int? = nil) {
        self.verdict = verdict
        self.payer = payer
        ruleIndices = rules
        self.knowsBilledWith = knowsBilledWith
        policyIndex = policy ?? -1
        self.viaPairing = viaPairing
    }

    /// The condition, when the verdict is conditional on something other than scope.
    public var condition: String? {
        let rules = payer.fields.rules
        let conditions = ruleIndices.compactMap { index in
            let rule = rules[Int(index)]
            return viaPairing && !knowsBilledWith ? rule.pairingText
                : rule.billedWith.isEmpty || knowsBilledWith ? rule.condition : rule.conditionText
        }.uniqued()
        return conditions.isEmpty ? nil : conditions.joined(separator: "; ")
    }

    /// The rules that decided, in file order; empty when the unlisted-code policy decided.
    public var rules: [PriorAuthorizationRule] {
        let rules = payer.fields.rules
        return ruleIndices.map { rules[Int($0)] }
    }

    /// The unlisted-code policy that decided, when no rule lists the code.
    public var unlistedPolicy: UnlistedCodePolicy? {
        policyIndex < 0 ? nil : payer.fields.unlistedCodePolicies[policyIndex]
    }

    public static func == (lhs: AuthorizationOutcome, rhs: AuthorizationOutcome) -> Bool {
        lhs.verdict == rhs.verdict && lhs.condition == rhs.condition && lhs.rules == rhs.rules && lhs.unlistedPolicy == rhs.unlistedPolicy
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(verdict)
        hasher.combine(condition)
        hasher.combine(rules)
        hasher.combine(unlistedPolicy)
    }
}
