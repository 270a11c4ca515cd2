/// Whether a rule says prior authorization is needed.
public enum Requirement: String, Sendable, Hashable, CaseIterable, Codable {
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

extension PriorAuthorizationRule: Codable {
    private enum CodingKeys: String, CodingKey {
        case category, codes, requirement, condition, billedWith, vendor, howToSubmit, documentation, decisionValidFor, scope, notes, provenance
    }

    /// Decodes `{category, codes, requirement, condition, billedWith, vendor, howToSubmit, documentation,
    /// decisionValidFor, scope, notes, provenance}`.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        category = try c.decode(String.self, forKey: .category)
        codes = try c.decode([CodeRange].self, forKey: .codes)
        requirement = try c.decode(Requirement.self, forKey: .requirement)
        condition = try c.decodeIfPresent(String.self, forKey: .condition)
        billedWith = try c.decodeIfPresent([CodeRange].self, forKey: .billedWith) ?? []
        vendorID = try c.decodeIfPresent(String.self, forKey: .vendor)
        howToSubmit = try c.decodeIfPresent(String.self, forKey: .howToSubmit)
        documentation = try c.decodeIfPresent([String].self, forKey: .documentation) ?? []
        decisionValidFor = try c.decodeIfPresent(TimeLimit.self, forKey: .decisionValidFor)
        scope = try c.decode(Scope.self, forKey: .scope)
        notes = try c.decodeIfPresent(String.self, forKey: .notes)
        provenance = try c.decode(Provenance.self, forKey: .provenance)
    }

    /// Encodes the rule; empty `billedWith` and `documentation` are left out.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(category, forKey: .category)
        try c.encode(codes, forKey: .codes)
        try c.encode(requirement, forKey: .requirement)
        try c.encodeIfPresent(condition, forKey: .condition)
        try c.encodeIfPresent(billedWith.isEmpty ? nil : billedWith, forKey: .billedWith)
        try c.encodeIfPresent(vendorID, forKey: .vendor)
        try c.encodeIfPresent(howToSubmit, forKey: .howToSubmit)
        try c.encodeIfPresent(documentation.isEmpty ? nil : documentation, forKey: .documentation)
        try c.encodeIfPresent(decisionValidFor, forKey: .decisionValidFor)
        try c.encode(scope, forKey: .scope)
        try c.encodeIfPresent(notes, forKey: .notes)
        try c.encode(provenance, forKey: .provenance)
    }
}
