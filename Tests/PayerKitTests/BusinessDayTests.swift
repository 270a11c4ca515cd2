import Testing
@testable import PayerKit

@Suite("Business days")
struct BusinessDayTests {
    private func day(_ text: String) throws -> CalendarDate { try #require(CalendarDate(iso8601: text)) }

    @Test("the 2026 observed federal holidays, Independence Day moved to Friday July 3")
    func holidays2026() {
        #expect(USFederalHolidays.observedHolidays(in: 2026).map(\.description) == [
            "2026-01-01", "2026-01-19", "2026-02-16", "2026-05-25", "2026-06-19", "2026-07-03",
            "2026-09-07", "2026-10-12", "2026-11-11", "2026-11-26", "2026-12-25",
        ])
    }

    @Test("a Sunday holiday is observed on Monday")
    func sundayHoliday() throws {
        // Christmas 2022 and New Year's Day 2023 were Sundays.
        let list = USFederalHolidays.observedHolidays(in: 2022).map(\.description)
        #expect(list.contains("2022-12-26"))
        #expect(!list.contains("2022-12-25"))
        #expect(USFederalHolidays.observedHolidays(in: 2023).first?.description == "2023-01-02")
        #expect(try !USFederalHolidays.isObservedHoliday(day("2023-01-01")))
    }

    @Test("New Year's Day 2022, a Saturday, is observed on 2021-12-31 and listed under 2021")
    func newYearObservedInPreviousYear() throws {
        #expect(try USFederalHolidays.isObservedHoliday(day("2021-12-31")))
        #expect(try !USFederalHolidays.isObservedHoliday(day("2022-01-01")))
        #expect(USFederalHolidays.observedHolidays(in: 2021).last?.description == "2021-12-31")
        #expect(USFederalHolidays.observedHolidays(in: 2022).first?.description == "2022-01-17")
        #expect(USFederalHolidays.observedHolidays(in: 2022).count == 10)
        #expect(USFederalHolidays.observedHolidays(in: 2021).count == 12)
    }

    @Test("Juneteenth is a holiday from 2021, Martin Luther King Jr. Day from 1986")
    func startYears() throws {
        #expect(try !USFederalHolidays.isObservedHoliday(day("2020-06-19")))
        #expect(try USFederalHolidays.isObservedHoliday(day("2021-06-18")))  // June 19, 2021 was a Saturday
        #expect(try USFederalHolidays.isObservedHoliday(day("2025-06-19")))
        #expect(try !USFederalHolidays.isObservedHoliday(day("1985-01-21")))
        #expect(try USFederalHolidays.isObservedHoliday(day("1986-01-20")))
        #expect(USFederalHolidays.observedHolidays(in: 2020).count == 10)
        #expect(USFederalHolidays.observedHolidays(in: 1985).count == 9)
    }

    @Test("lists are sorted and hold only dates of that year, at the ends of the calendar too", arguments: [1, 1999, 2027, 9999])
    func listsAreSortedAndInYear(year: Int) {
        let list = USFederalHolidays.observedHolidays(in: year)
        #expect(list == list.sorted())
        #expect(list.allSatisfy { $0.year == year && !$0.isWeekend })
        #expect((9...12).contains(list.count))
    }

    @Test("weekends and observed holidays are not business days")
    func businessDays() throws {
        #expect(try day("2026-11-25").isBusinessDay)
        #expect(try !day("2026-11-26").isBusinessDay)  // Thanksgiving
        #expect(try !day("2026-11-28").isBusinessDay)  // Saturday
        #expect(try !day("2026-07-03").isBusinessDay)  // observed Independence Day
        #expect(try !day("2026-07-04").isBusinessDay)  // a Saturday anyway
        #expect(try day("2026-07-06").isBusinessDay)
    }

    @Test("adding business days skips weekends and Thanksgiving; the start day never counts", arguments: [
        ("2026-11-25", 1, "2026-11-27"), ("2026-11-25", 2, "2026-11-30"), ("2026-11-20", 1, "2026-11-23"),
        ("2026-11-21", 1, "2026-11-23"), ("2026-11-23", 3, "2026-11-27"), ("2026-11-23", 0, "2026-11-23"),
        ("2026-11-28", 0, "2026-11-28"), ("2026-12-23", 2, "2026-12-28"), ("2021-12-30", 1, "2022-01-03"),
        ("2026-11-30", -1, "2026-11-27"), ("2026-11-27", -1, "2026-11-25"), ("2026-11-30", -2, "2026-11-25"),
        ("2026-11-29", -1, "2026-11-27"), ("2026-07-06", -1, "2026-07-02"), ("2026-11-02", 14, "2026-11-23"),
    ])
    func addingBusinessDays(start: String, n: Int, expected: String) throws {
        #expect(try day(start).adding(businessDays: n) == day(expected))
    }

    @Test("stepping forward then back returns to a business day")
    func roundTrip() throws {
        var date = try day("2026-01-01")
        while date.year == 2026 {
            if date.isBusinessDay {
                #expect(date.adding(businessDays: 5).adding(businessDays: -5) == date)
            }
            date = date.adding(days: 1)
        }
    }
}
