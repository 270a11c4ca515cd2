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
