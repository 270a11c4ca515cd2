/// One `retro_authorization` entry: whether an authorization can be requested after the service, and until when.
public struct RetroAuthorizationPolicy: Sendable, Hashable {
    /// What happens to a request after the window.
    public enum AfterWindow: String, Sendable, Hashable, CaseIterable {
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
