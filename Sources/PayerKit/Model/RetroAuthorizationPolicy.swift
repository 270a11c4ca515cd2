/// One `retro_authorization` entry: whether an authorization can be requested after the service, and until when.
public struct RetroAuthorizationPolicy: Sendable, Hashable {
    /// What happens to a request after the window.
    public enum AfterWindow: String, Sendable, Hashable, CaseIterable, Codable {
        /// It goes through the appeal process.
        case appeal
        /// It is denied.
        case denied
    }

    /// Whether retro-authorization is accepted at all.
    public let accepted: Bool
    /// The window, when the source states one.
    public let window: TimeLimit?
    /// What the window is counted from.
    public let anchor: Anchor?
    /// When a retro request is allowed.
    public let conditions: [String]
    /// What happens after the window.
    public let afterWindow: AfterWindow?
    /// How long a decision takes.
    public let decisionTime: TimeLimit?
    /// The policy in a sentence.
    public let policy: String
    /// Where and when it applies.
    public let scope: Scope
    /// Where it comes from.
    public internal(set) var provenance: Provenance
    /// Free-text notes.
    public let notes: String?
}

extension RetroAuthorizationPolicy: Codable {
    private enum CodingKeys: String, CodingKey {
        case accepted, window, anchor, conditions, afterWindow, decisionTime, policy, scope, notes, provenance
    }

    /// Decodes `{accepted, window, anchor, conditions, afterWindow, decisionTime, policy, scope, notes, provenance}`.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        accepted = try c.decode(Bool.self, forKey: .accepted)
        window = try c.decodeIfPresent(TimeLimit.self, forKey: .window)
        anchor = try c.decodeIfPresent(Anchor.self, forKey: .anchor)
        conditions = try c.decodeIfPresent([String].self, forKey: .conditions) ?? []
        afterWindow = try c.decodeIfPresent(AfterWindow.self, forKey: .afterWindow)
        decisionTime = try c.decodeIfPresent(TimeLimit.self, forKey: .decisionTime)
        policy = try c.decode(String.self, forKey: .policy)
        scope = try c.decode(Scope.self, forKey: .scope)
        notes = try c.decodeIfPresent(String.self, forKey: .notes)
        provenance = try c.decode(Provenance.self, forKey: .provenance)
    }

    /// Encodes the policy; empty `conditions` are left out.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(accepted, forKey: .accepted)
        try c.encodeIfPresent(window, forKey: .window)
        try c.encodeIfPresent(anchor, forKey: .anchor)
        try c.encodeIfPresent(conditions.isEmpty ? nil : conditions, forKey: .conditions)
        try c.encodeIfPresent(afterWindow, forKey: .afterWindow)
        try c.encodeIfPresent(decisionTime, forKey: .decisionTime)
        try c.encode(policy, forKey: .policy)
        try c.encode(scope, forKey: .scope)
        try c.encodeIfPresent(notes, forKey: .notes)
        try c.encode(provenance, forKey: .provenance)
    }
}
