/// Whether a rule says prior authorization is needed.
public enum Requirement: String, Sendable, Hashable, CaseIterable {
    /// Authorization is required.
    case required
    /// Authorization is not required.
    case notRequired = "not-required"
    /// Required only under a stated condition.
    case conditional
}

/// One `prior_authorization` entry: codes, what they require, where and when.
public struct PriorAuthorizationRule: Sendable, Hashable {
    /// Our own short category label (never an AMA descriptor).
    public let category: String
    /// The codes and code ranges the rule covers.
    public let codes: [CodeRange]
    /// What the rule requires.
    public let requirement: Requirement
    /// The condition, when the requirement is conditional.
    public let condition: String?
    /// The rule applies only when billed with one of these codes (for example a drug code paired with an injection).
    public let billedWith: [CodeRange]
    /// The delegated review vendor's id.
    public let vendorID: String?
    /// How and where to submit.
    public let howToSubmit: String?
    /// Documentation the request needs.
    public let documentation: [String]
    /// How long an approval lasts.
    public let decisionValidFor: TimeLimit?
    /// Where and when the rule applies.
    public let scope: Scope
    /// Where the rule comes from.
    public internal(set) var provenance: Provenance
    /// Free-text notes.
    public let notes: String?

    /// The condition in words, including a `billed_with` pairing; nil for an unconditional rule.
    public var conditionText: String? {
        var parts: [String] = []
        if let condition { parts.append(condition) }
        if !billedWith.isEmpty {
            parts.append("only when billed with \(billedWith.map(\.description).joined(separator: ", "))")
        }
        return parts.isEmpty ? nil : parts.joined(separator: "; ")
    }

    /// The condition for a code in ``billedWith``: "only when billed with 64612, 64615 (Botulinum toxin injections)".
    public var pairingText: String {
        "only when billed with \(codes.map(\.description).joined(separator: ", ")) (\(category))" + (condition.map { "; \($0)" } ?? "")
    }
}

/// What a code that no rule lists means for a payer within a scope.
public struct UnlistedCodePolicy: Sendable, Hashable {
    /// The meaning of an unlisted code.
    public enum Meaning: String, Sendable, Hashable, CaseIterable {
        /// The payer's list is exhaustive here: unlisted codes need no authorization.
        case notRequired = "not-required"
        /// Nobody can tell from the published lists.
        case unknown
    }

    /// The meaning.
    public let meaning: Meaning
    /// The payer's own sentence that makes its list exhaustive (required for ``Meaning/notRequired``).
    public let quote: String?
    /// Where and when it holds.
    public let scope: Scope
    /// Where the statement comes from.
    public internal(set) var provenance: Provenance
    /// Free-text notes.
    public let notes: String?
}
