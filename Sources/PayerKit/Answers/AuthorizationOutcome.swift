/// The answer in one situation.
public struct AuthorizationOutcome: Sendable, Hashable {
    /// The verdict.
    public let verdict: AuthorizationVerdict
    /// The condition, when the verdict is conditional on something other than scope.
    public let condition: String?
    /// The rules that decided, in file order; empty when the unlisted-code policy decided.
    public let rules: [PriorAuthorizationRule]
    /// The unlisted-code policy that decided, when no rule lists the code.
    public let unlistedPolicy: UnlistedCodePolicy?

    /// An outcome decided by rules (`rules` not empty) or by an unlisted-code policy (`policy`), or by nothing.
    /// `knowsBilledWith`: the question said which codes were billed with this one; `viaPairing`: the code was found as
    /// the other half of the rules' pairing (their `billed_with`).
    init(
        verdict: AuthorizationVerdict, rules: [PriorAuthorizationRule] = [], knowsBilledWith: Bool = false, viaPairing: Bool = false,
        policy: UnlistedCodePolicy? = nil
    ) {
        self.verdict = verdict
        self.rules = rules
        unlistedPolicy = policy
        let conditions = rules.compactMap { rule in
            viaPairing && !knowsBilledWith ? rule.pairingText
                : rule.billedWith.isEmpty || knowsBilledWith ? rule.condition : rule.conditionText
        }.uniqued()
        condition = conditions.isEmpty ? nil : conditions.joined(separator: "; ")
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
