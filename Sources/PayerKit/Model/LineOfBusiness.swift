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
