/// What a portal is used for.
public enum PortalUse: String, Sendable, Hashable, CaseIterable, Codable {
    /// Submitting prior-authorization requests.
    case priorAuthorization = "prior-authorization"
    /// Eligibility and benefits checks.
    case eligibility
    /// Claims submission and status.
    case claims
    /// Referrals.
    case referrals
    /// Electronic data interchange (X12).
    case edi
    /// Published policies and code lists.
    case policies
    /// Request status.
    case status
}
