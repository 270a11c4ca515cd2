/// What a phone or fax line is for.
public enum ContactPurpose: String, Sendable, Hashable, CaseIterable, Codable {
    /// General provider services.
    case providerServices = "provider-services"
    /// Prior-authorization requests and notifications.
    case priorAuthorization = "prior-authorization"
    /// Behavioral health requests.
    case behavioralHealth = "behavioral-health"
    /// Eligibility and benefits.
    case eligibility
    /// Claims questions.
    case claims
    /// Referrals.
    case referrals
    /// Provider relations and contracting.
    case providerRelations = "provider-relations"
    /// Member services.
    case memberServices = "member-services"
    /// Portal and web support.
    case technicalSupport = "technical-support"
    /// Transplant reviews.
    case transplant
    /// A delegated review vendor's line.
    case reviewVendor = "review-vendor"

    /// The purpose as a desk reads it: "Prior authorization", "Provider services".
    public var label: String {
        let words = rawValue.split(separator: "-").joined(separator: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }
}
