/// A length of time as a payer states it: "7 calendar days", "2 business days", "72 hours", "6 months".
public struct TimeLimit: Sendable, Hashable, CustomStringConvertible {
    /// The unit a payer counts in.
    public enum Unit: String, Sendable, Hashable, CaseIterable {
        /// Clock hours.
        case hours
        /// Every day counts.
        case calendarDays = "calendar-days"
        /// Weekends and U.S. federal holidays do not count.
        case businessDays = "business-days"
        /// Calendar months.
        case months
    }

    /// How many units.
    public let length: Int
    /// The unit.
    public let unit: Unit

    /// Creates a time limit.
    public init(length: Int, unit: Unit) {
        self.length = length
        self.unit = unit
    }

    /// "7 calendar days", "1 business day".
    public var description: String {
        let noun = unit.rawValue.split(separator: "-").joined(separator: " ")
        return "\(length) \(length == 1 ? String(noun.dropLast()) : noun)"
    }

    /// The last day within this limit counted from `start` (day units and months only; hours round up to days).
    public func deadline(from start: CalendarDate) -> CalendarDate {
        switch unit {
        case .hours: start.adding(days: (length + 23) / 24)
        case .calendarDays: start.adding(days: length)
        case .businessDays: start.adding(businessDays: length)
        case .months: start.adding(months: length)
        }
    }
}

/// Written in JSON as `{length, unit}`; the unit is `hours`, `calendar-days`, `business-days` or `months`.
extension TimeLimit: Codable {}
extension TimeLimit.Unit: Codable {}
