/// Whether prior authorization is needed, in the vocabulary of the Da Vinci CRD coverage-information extension.
public enum AuthorizationVerdict: String, Sendable, Hashable, CaseIterable {
    /// Authorization is required (CRD `auth-needed`).
    case required
    /// Authorization is not required (CRD `no-auth`).
    case notRequired = "not-required"
    /// It depends on a condition or on scope the question did not give (CRD `conditional`).
    case conditional
    /// The rules cannot tell (CRD `indeterminate`). Never read this as "not required".
    case unknown

    /// The CRD `pa-needed` code.
    public var crdCode: String {
        switch self {
        case .required: "auth-needed"
        case .notRequired: "no-auth"
        case .conditional: "conditional"
        case .unknown: "indeterminate"
        }
    }

    /// Orders verdicts from the strictest, so overlapping rules never under-report: required, conditional, …
    var strictness: Int {
        switch self {
        case .required: 3
        case .conditional: 2
        case .unknown: 1
        case .notRequired: 0
        }
    }
}

/// A prior-authorization question: a code, a date of service and whatever scope is known.
public struct AuthorizationQuery: Sendable, Hashable {
    /// The code as typed: trimmed, upper-cased, modifiers split off.
    public var code: CodeQuery
    /// The date of service.
    public var dateOfService: CalendarDate
    /// Line of business, state and setting, where known.
    public var scope: QueryScope
    /// Other codes on the same claim, for rules that apply only when paired (`billed_with`); nil when not known.
    public var billedWith: [ProcedureCode]?
    /// Today, for judging staleness.
    public var asOf: CalendarDate
    /// Facts last verified longer ago than this are flagged stale.
    public var maximumAgeInDays: Int

    /// Creates a query; the date of service and as-of date default to today.
    public init(
        code: CodeQuery, dateOfService: CalendarDate = .today(), scope: QueryScope = QueryScope(),
        billedWith: [ProcedureCode]? = nil, asOf: CalendarDate = .today(), maximumAgeInDays: Int = 180
    ) {
        self.code = code
        self.dateOfService = dateOfService
        self.scope = scope
        self.billedWith = billedWith
        self.asOf = asOf
        self.maximumAgeInDays = maximumAgeInDays
    }
}

/// The answer in one situation.
public struct AuthorizationOutcome: Sendable, Hashable {
    /// The verdict.
    public let verdict: AuthorizationVerdict
    /// The condition, when the verdict is conditional on something other than scope.
    public let condition: String?
    /// The rules that decided, strictest first; empty when the unlisted-code policy decided.
    public let rules: [PriorAuthorizationRule]
    /// The unlisted-code policy that decided, when no rule lists the code.
    public let unlistedPolicy: UnlistedCodePolicy?
}

/// The answer to an ``AuthorizationQuery``, with everything a billing desk needs to act on it.
public struct AuthorizationAnswer: Sendable {
    /// The payer asked about.
    public let payerID: String
    /// The payer's name.
    public let payerName: String
    /// The code asked about, without modifiers.
    public let code: ProcedureCode
    /// Modifiers typed with the code; they are ignored for matching.
    public let modifiers: [String]
    /// The date of service.
    public let dateOfService: CalendarDate
    /// The overall verdict: `conditional` when the situations below disagree.
    public let verdict: AuthorizationVerdict
    /// What a conditional verdict depends on, in words.
    public let condition: String?
    /// The outcome per situation; one entry with an empty situation when the answer does not depend on scope.
    public let outcomes: [(situation: Situation, outcome: AuthorizationOutcome)]
    /// Delegated review vendors named by the deciding rules.
    public let vendors: [Vendor]
    /// Whom to call: vendor lines first, then the payer's prior-authorization and provider-services lines.
    public let contacts: [Contact]
    /// Portals that take prior-authorization requests.
    public let portals: [Portal]
    /// Decision timeframes that apply.
    public let decisionTimeframes: [DecisionTimeframe]
    /// Where every fact in the answer comes from.
    public let provenance: [Provenance]
    /// Provenance records last verified longer ago than the query's maximum age.
    public let staleProvenance: [Provenance]
    /// The rule set that answered, for an audit trail.
    public let ruleSet: RuleSetIdentity

    /// Whether any fact behind the answer is stale.
    public var isStale: Bool { !staleProvenance.isEmpty }

    /// The rules behind the answer, in every situation, without repeats.
    public var rules: [PriorAuthorizationRule] {
        var seen = Set<SourceLocation>()
        return outcomes.flatMap(\.outcome.rules).filter { seen.insert($0.provenance.location).inserted }
    }
}
