import ArgumentParser
import Foundation
import PayerKit

/// Which day "today" is: the day in the local time zone, unless `--today` says otherwise.
struct ClockOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Answer as if today were this day (default: today in the local time zone).", valueName: "date"))
    var today: String?

    func validate() throws {
        if let today {
            do { _ = try CalendarDate(parsing: today, today: .today(in: .current)) } catch { throw ValidationError(error.message) }
        }
    }

    /// The day the command treats as today; the only place `payer` reads the clock. `--today` was checked by
    /// ``validate()``.
    var day: CalendarDate {
        let local = CalendarDate.today(in: .current)
        return today.flatMap { try? CalendarDate(parsing: $0, today: local) } ?? local
    }
}

/// A date option's text, read as YYYY-MM-DD, MM/DD/YYYY, today or tomorrow once "today" is known.
extension CalendarDate {
    static func option(_ text: String?, today: CalendarDate) throws -> CalendarDate? {
        try text.map { try CalendarDate(parsing: $0, today: today) }
    }
}
