/// A kind of coverage a payer sells; rules and answers are scoped by it.
public enum LineOfBusiness: String, Sendable, Hashable, CaseIterable, Comparable, Codable {
    /// Employer and individual commercial plans.
    case commercial
    /// Medicare Advantage (Part C).
    case medicareAdvantage = "medicare-advantage"
    /// Original Medicare, Parts A and B.
    case medicareFFS = "medicare-ffs"
    /// Medicaid, fee-for-service or managed care.
    case medicaid
    /// The Children's Health Insurance Program.
    case chip
    /// ACA marketplace (exchange) plans.
    case marketplace

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// Where a service is performed, as far as prior-authorization rules care.
public enum CareSetting: String, Sendable, Hashable, CaseIterable, Comparable, Codable {
    /// An inpatient admission.
    case inpatient
    /// Skilled nursing, long-term acute care, inpatient rehabilitation.
    case postAcute = "post-acute"
    /// A hospital outpatient department (POS 19/22, TOB 13X).
    case hospitalOutpatient = "hospital-outpatient"
    /// An ambulatory surgical center (POS 24).
    case ambulatorySurgicalCenter = "ambulatory-surgical-center"
    /// A physician office (POS 11).
    case office
    /// The patient's home, including home health and DME delivered there.
    case home
    /// An emergency department.
    case emergency
    /// Ground or air ambulance transport.
    case ambulance

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

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

/// Whether the provider is in the payer's network.
public enum NetworkStatus: String, Sendable, Hashable, CaseIterable, Codable {
    /// In-network (contracted) providers.
    case participating
    /// Out-of-network providers.
    case nonParticipating = "non-participating"
}

/// The date a deadline (a retro window, an appeal, a claim filing limit) is counted from.
public enum Anchor: String, Sendable, Hashable, CaseIterable, Codable {
    /// The date of service.
    case dateOfService = "date-of-service"
    /// The admission date.
    case admission
    /// The discharge date.
    case discharge
    /// The date the payer was notified.
    case notification
    /// The date the member was added to eligibility.
    case eligibilityAddDate = "eligibility-add-date"
    /// The date of the denial or remittance notice (schema version 1 called it `remittance`).
    case denialNotice = "denial-notice"
    /// The date the initial determination was received, presumed a stated number of days after its date.
    case initialDeterminationReceipt = "initial-determination-receipt"

    /// "the date of service", "the admission date".
    public var phrase: String {
        switch self {
        case .dateOfService: "the date of service"
        case .admission: "the admission date"
        case .discharge: "the discharge date"
        case .notification: "the notification date"
        case .eligibilityAddDate: "the eligibility add date"
        case .denialNotice: "the denial (remittance) notice date"
        case .initialDeterminationReceipt: "receipt of the initial determination"
        }
    }
}

/// The USPS codes accepted as states: the 50 states, DC and the territories.
package enum USState {
    package static let codes = Set(ordered)
    /// The codes in the order lists show them: the states, DC, then the territories.
    package static let ordered = [
        "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA",
        "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK",
        "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "DC", "PR", "GU", "VI",
        "AS", "MP",
    ]
}
