/// Whether the provider is in the payer's network.
public enum NetworkStatus: String, Sendable, Hashable, CaseIterable, Codable {
    /// In-network (contracted) providers.
    case participating
    /// Out-of-network providers.
    case nonParticipating = "non-participating"
}
