import Foundation

extension CalendarDate {
    /// What a date option accepts, in words.
    public static let acceptedInput = "dates are YYYY-MM-DD, MM/DD/YYYY, today or tomorrow"

    /// Reads a date as `YYYY-MM-DD`, `MM/DD/YYYY` (or `M/D/YYYY`), `today`, `tomorrow` or `yesterday`; the last three
    /// count from `today`, which the caller supplies (PayerKit never reads the clock).
    ///
    /// - Throws: ``PayerKitError/invalidInput(_:)`` saying why (a day the month does not have, a two-digit year, a
    ///   year outside ``supportedYears``) and what is accepted.
    public init(parsing text: String, today: CalendarDate) throws(PayerKitError) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        func refuse(_ reason: String? = nil) -> PayerKitError {
            .invalidInput(InputError(kind: "date", input: text, accepted: Self.acceptedInput, reason: reason))
        }
        switch trimmed.lowercased() {
        case "today": self = today; return
        case "tomorrow": self = today.adding(days: 1); return
        case "yesterday": self = today.adding(days: -1); return
        default: break
        }
        let year: Int, month: Int, day: Int
        let dashed = trimmed.split(separator: "-", omittingEmptySubsequences: false)
        let slashed = trimmed.split(separator: "/", omittingEmptySubsequences: false)
        func number(_ part: Substring, digits: ClosedRange<Int>) -> Int? {
            digits.contains(part.count) && part.allSatisfy(\.isASCII) && part.allSatisfy(\.isNumber) ? Int(part) : nil
        }
        if dashed.count == 3, let y = number(dashed[0], digits: 4...4), let m = number(dashed[1], digits: 1...2), let d = number(dashed[2], digits: 1...2) {
            (year, month, day) = (y, m, d)
        } else if slashed.count == 3, let m = number(slashed[0], digits: 1...2), let d = number(slashed[1], digits: 1...2) {
            guard let y = number(slashed[2], digits: 4...4) else { throw refuse("write the year with four digits") }
            guard m <= 12 else { throw refuse("there is no month \(m); slashed dates are month/day/year") }
            (year, month, day) = (y, m, d)
        } else {
            throw refuse()
        }
        guard (1...12).contains(month) else { throw refuse("there is no month \(month)") }
        guard let date = CalendarDate(year: year, month: month, day: day) else {
            throw refuse("\(Self.monthNames[month - 1]) \(year) has \(Self.daysIn(month: month, year: year)) days")
        }
        guard Self.supportedYears.contains(year) else { throw refuse("years \(Self.supportedYears.lowerBound) to \(Self.supportedYears.upperBound) are supported") }
        self = date
    }

    static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
}
