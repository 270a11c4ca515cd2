/// The retro status in one situation, with the policy behind it.
public struct RetroOutcome: Sendable, Hashable {
    /// The status.
    public let status: RetroStatus
    /// The policy that decided; nil when unknown.
    public let policy: RetroAuthorizationPolicy?
}
