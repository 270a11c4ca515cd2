/// Whether prior authorization is needed, in the vocabulary of the Da Vinci CRD coverage-information extension.
public enum AuthorizationVerdict: String, Sendable, Hashable, CaseIterable, Codable {
    /// Authorization is required (CRD `auth-needed`).
    case required
    /// Authorization is not required (CRD `no-auth`).
    case notRequired = "not-required"
    /// It depends on a condition or on scope the question did not give (CRD `conditional`).
    case conditional
    /// The rules cannot tell (CRD `indeterminate`). Never read this as "not required".
    case unknown

    /// The verdict as a desk reads it: "REQUIRED", "NOT REQUIRED", "CONDITIONAL", "UNKNOWN".
    public var label: String {
        switch self {
        case .required: "REQUIRED"
        case .notRequired: "NOT REQUIRED"
        case .conditional: "CONDITIONAL"
        case .unknown: "UNKNOWN"
        }
    }

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

extension AuthorizationVerdict {
    /// The verdict a rule's requirement gives.
    init(_ requirement: Requirement) {
        switch requirement {
        case .required: self = .required
        case .notRequired: self = .notRequired
        case .conditional: self = .conditional
        }
    }
}
