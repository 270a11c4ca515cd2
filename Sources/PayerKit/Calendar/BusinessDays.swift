/// U.S. federal holidays (5 U.S.C. 6103) as observed: a holiday on Saturday is observed the Friday before, on
/// Sunday the Monday after. Today's statutory dates are used for every year; only the start of Martin Luther King
/// Jr. Day (1986) and Juneteenth (2021) is modeled, not the pre-1971 fixed dates.
public enum USFederalHolidays: Sendable {
    /// The observed holidays that fall in `year`, sorted. New Year's Day 2022 (a Saturday) is observed on
    /// 2021-12-31, so it belongs to 2021's list.
    public static func observedHolidays(in year: Int) -> [CalendarDate] {
        let supported = CalendarDate.supportedYears
        return supported.contains(year) ? supportedYearsHolidays[year - supported.lowerBound] : workedOut(in: year)
    }

    /// Every supported year's list, worked out once on first use (about a millisecond): counting business days looks
    /// a year up for every retro question.
    private static let supportedYearsHolidays = CalendarDate.supportedYears.map(workedOut(in:))

    private static func workedOut(in year: Int) -> [CalendarDate] {
        (holidays(of: year) + holidays(of: year + 1)).map(observed).filter { $0.year == year }.sorted()
    }

    /// Whether federal offices are closed for a holiday on `date`.
    public static func isObservedHoliday(_ date: CalendarDate) -> Bool {
        observedHolidays(in: date.year).contains(date)
    }

    private static func holidays(of year: Int) -> [CalendarDate] {
        guard (1...9999).contains(year) else { return [] }
        var days = [
            CalendarDate(year: year, month: 1, day: 1)!,
            nth(3, .monday, of: 2, in: year),
            nth(1, .monday, of: 6, in: year).adding(days: -7), // the last Monday of May
            CalendarDate(year: year, month: 7, day: 4)!,
            nth(1, .monday, of: 9, in: year),
            nth(2, .monday, of: 10, in: year),
            CalendarDate(year: year, month: 11, day: 11)!,
            nth(4, .thursday, of: 11, in: year),
            CalendarDate(year: year, month: 12, day: 25)!,
        ]
        if year >= 1986 { days.append(nth(3, .monday, of: 1, in: year)) }
        if year >= 2021 { days.append(CalendarDate(year: year, month: 6, day: 19)!) }
        return days
    }

    private static func observed(_ date: CalendarDate) -> CalendarDate {
        switch date.weekday {
        case .saturday: date.adding(days: -1)
        case .sunday: date.adding(days: 1)
        default: date
        }
    }

    private static func nth(_ n: Int, _ weekday: Weekday, of month: Int, in year: Int) -> CalendarDate {
        let first = CalendarDate(year: year, month: month, day: 1)!
        let shift = (weekday.rawValue - first.weekday.rawValue + 7) % 7
        return first.adding(days: shift + 7 * (n - 1))
    }
}

extension CalendarDate {
    /// Not a weekend day and not an observed U.S. federal holiday.
    public var isBusinessDay: Bool { !isWeekend && !USFederalHolidays.isObservedHoliday(self) }

    /// The `n`-th business day after this date (before it when `n` is negative); this date itself never counts.
    /// "Within N business days of X" ends on `X.adding(businessDays: N)`.
    public func adding(businessDays n: Int) -> CalendarDate {
        var date = self
        var remaining = abs(n)
        let step = n < 0 ? -1 : 1
        while remaining > 0 {
            date = date.adding(days: step)
            if date.isBusinessDay { remaining -= 1 }
        }
        return date
    }
}
