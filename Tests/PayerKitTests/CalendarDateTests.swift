import Foundation
import Testing
@testable import PayerKit

@Suite("Calendar dates")
struct CalendarDateTests {
    private func day(_ text: String) throws -> CalendarDate { try #require(CalendarDate(iso8601: text)) }

    @Test("leap days exist only in leap years", arguments: [
        ("2024-02-29", true), ("2025-02-29", false), ("1900-02-29", false), ("2000-02-29", true), ("2025-02-28", true),
    ])
    func leapDays(text: String, exists: Bool) {
        #expect((CalendarDate(iso8601: text) != nil) == exists)
    }

    @Test("parses YYYY-MM-DD into its parts")
    func parsesParts() throws {
        let date = try day("2026-01-05")
        #expect((date.year, date.month, date.day) == (2026, 1, 5))
    }

    @Test("refuses anything but an existing day written exactly YYYY-MM-DD", arguments: [
        "2025-13-01", "2025-00-10", "2025-04-31", "2025-01-00", "0000-01-01", "2025-1-01", "2025-01-1", "20250101",
        "2025-01-01T00:00", " 2025-01-01", "2025-01-01 ", "2025/01/01", "+025-01-01", "", "２０２５-01-01", "٢٠٢٥-01-01",
    ])
    func refusesMalformed(text: String) {
        #expect(CalendarDate(iso8601: text) == nil)
    }

    @Test("the memberwise initializer validates too")
    func memberwiseValidates() {
        #expect(CalendarDate(year: 2025, month: 2, day: 29) == nil)
        #expect(CalendarDate(year: 2025, month: 6, day: 31) == nil)
        #expect(CalendarDate(year: 0, month: 1, day: 1) == nil)
        #expect(CalendarDate(year: 10_000, month: 1, day: 1) == nil)
        #expect(CalendarDate(year: 9999, month: 12, day: 31) != nil)
        #expect(CalendarDate(year: 1, month: 1, day: 1) != nil)
    }

    @Test("description is zero-padded and round-trips", arguments: ["2026-01-05", "0001-01-01", "0999-10-09", "9999-12-31"])
    func descriptionRoundTrips(text: String) throws {
        #expect(try day(text).description == text)
        #expect(CalendarDate(year: 26, month: 3, day: 7)?.description == "0026-03-07")
    }

    @Test("adding days crosses month, year and leap-day boundaries")
    func addingDays() throws {
        #expect(try day("2025-12-31").adding(days: 1) == day("2026-01-01"))
        #expect(try day("2026-01-01").adding(days: -1) == day("2025-12-31"))
        #expect(try day("2024-02-28").adding(days: 1) == day("2024-02-29"))
        #expect(try day("2025-02-28").adding(days: 1) == day("2025-03-01"))
        #expect(try day("2024-01-01").adding(days: 366) == day("2025-01-01"))
        #expect(try day("1969-12-31").adding(days: 1) == day("1970-01-01"))
        #expect(try day("2026-03-15").adding(days: 0) == day("2026-03-15"))
        #expect(try day("0001-01-01").adding(days: 3_652_058) == day("9999-12-31"))
    }

    @Test("days(until:) is other minus self")
    func daysUntil() throws {
        #expect(try day("2026-01-01").days(until: day("2026-12-31")) == 364)
        #expect(try day("2024-01-01").days(until: day("2025-01-01")) == 366)
        #expect(try day("2026-03-10").days(until: day("2026-03-01")) == -9)
        #expect(try day("1970-01-01").days(until: day("1970-01-01")) == 0)
        #expect(try day("1900-01-01").days(until: day("2000-01-01")) == 36_524)
    }

    @Test("day numbers count from 1970-01-01 and convert back")
    func dayNumbers() throws {
        #expect(try day("1970-01-01").dayNumber == 0)
        #expect(try day("2000-03-01").dayNumber == 11_017)
        for number in stride(from: -719_162, through: 2_932_896, by: 997) {
            #expect(CalendarDate(dayNumber: number).dayNumber == number)
        }
    }

    @Test("adding months clamps to the end of the month")
    func addingMonths() throws {
        #expect(try day("2025-01-31").adding(months: 1) == day("2025-02-28"))
        #expect(try day("2024-01-31").adding(months: 1) == day("2024-02-29"))
        #expect(try day("2026-03-31").adding(months: 1) == day("2026-04-30"))
        #expect(try day("2026-03-31").adding(months: -1) == day("2026-02-28"))
        #expect(try day("2026-11-15").adding(months: 2) == day("2027-01-15"))
        #expect(try day("2026-01-15").adding(months: -1) == day("2025-12-15"))
        #expect(try day("2024-02-29").adding(months: 12) == day("2025-02-28"))
        #expect(try day("2026-05-20").adding(months: -29) == day("2023-12-20"))
        #expect(try day("2026-05-20").adding(months: 0) == day("2026-05-20"))
    }

    @Test("weekday of known dates", arguments: [
        ("2026-11-23", Weekday.monday), ("2000-01-01", .saturday), ("1970-01-01", .thursday), ("2026-07-04", .saturday),
        ("2022-01-01", .saturday), ("1969-12-28", .sunday), ("0001-01-01", .monday), ("2026-11-26", .thursday),
    ])
    func weekdays(text: String, weekday: Weekday) throws {
        #expect(try day(text).weekday == weekday)
    }

    @Test("only Saturday and Sunday are weekend days")
    func weekend() throws {
        let monday = try day("2026-11-23")
        #expect((0..<7).map { monday.adding(days: $0).isWeekend } == [false, false, false, false, false, true, true])
    }

    @Test("dates order by day")
    func ordering() throws {
        #expect(try day("2025-12-31") < day("2026-01-01"))
        #expect(try day("2026-02-01") > day("2026-01-31"))
        #expect(try [day("2026-03-01"), day("2024-12-31"), day("2026-02-28")].sorted().map(\.description)
            == ["2024-12-31", "2026-02-28", "2026-03-01"])
    }

    @Test("today is a valid date near the clock's date")
    func today() throws {
        let utc = try #require(TimeZone(identifier: "UTC"))
        let kiritimati = try #require(TimeZone(identifier: "Pacific/Kiritimati"))
        let pagoPago = try #require(TimeZone(identifier: "Pacific/Pago_Pago"))
        let ahead = CalendarDate.today(in: kiritimati)  // UTC+14
        let behind = CalendarDate.today(in: pagoPago)  // UTC-11
        let now = CalendarDate.today(in: utc)
        #expect(behind.days(until: now) >= 0 && behind.days(until: now) <= 1)
        #expect(now.days(until: ahead) >= 0 && now.days(until: ahead) <= 1)
        #expect((1...2).contains(behind.days(until: ahead)))  // 25 hours apart
        #expect(now.year >= 2025)
    }

    private func zone(_ identifier: String) throws -> TimeZone { try #require(TimeZone(identifier: identifier)) }

    private func instant(_ text: String) throws -> Date {
        try #require(ISO8601DateFormatter().date(from: text))
    }

    @Test("one instant is a different day in different time zones", arguments: [
        ("2026-03-08T07:30:00Z", "UTC", "2026-03-08"),
        ("2026-03-08T07:30:00Z", "America/Los_Angeles", "2026-03-07"),
        ("2026-03-08T07:30:00Z", "America/New_York", "2026-03-08"),
        ("2026-03-08T07:30:00Z", "Pacific/Kiritimati", "2026-03-08"),
        ("2026-03-08T11:30:00Z", "Pacific/Kiritimati", "2026-03-09"),
        ("2026-12-31T23:59:59Z", "Asia/Tokyo", "2027-01-01"),
        ("2026-01-01T00:00:00Z", "Pacific/Honolulu", "2025-12-31"),
    ])
    func dayOfAnInstant(instant text: String, zone identifier: String, day expected: String) throws {
        #expect(CalendarDate(try instant(text), in: try zone(identifier)) == (try day(expected)))
    }

    @Test("a day starts at local midnight, whatever the daylight-saving offset that day", arguments: [
        ("2026-03-08", "America/Los_Angeles", "2026-03-08T08:00:00Z"),  // spring forward at 02:00: midnight is still PST
        ("2026-03-09", "America/Los_Angeles", "2026-03-09T07:00:00Z"),  // the next day is PDT
        ("2026-11-01", "America/Los_Angeles", "2026-11-01T07:00:00Z"),  // fall back at 02:00: midnight is still PDT
        ("2026-11-02", "America/Los_Angeles", "2026-11-02T08:00:00Z"),
        ("2026-03-29", "Europe/Berlin", "2026-03-28T23:00:00Z"),
        ("2026-07-01", "UTC", "2026-07-01T00:00:00Z"),
        ("2026-07-01", "Asia/Kolkata", "2026-06-30T18:30:00Z"),
    ])
    func startOfDay(day text: String, zone identifier: String, instant expected: String) throws {
        let timeZone = try zone(identifier)
        let start = try day(text).startOfDay(in: timeZone)
        #expect(start == (try instant(expected)))
        #expect(CalendarDate(start, in: timeZone) == (try day(text)))
        #expect(CalendarDate(start.addingTimeInterval(-1), in: timeZone) == (try day(text)).adding(days: -1))
    }

    @Test("where a daylight-saving change skips midnight, the day starts at the first moment that exists")
    func skippedMidnight() throws {
        // São Paulo moved its clocks from 00:00 to 01:00 on 2018-11-04: that day had no midnight.
        let saoPaulo = try zone("America/Sao_Paulo")
        let start = try day("2018-11-04").startOfDay(in: saoPaulo)
        #expect(start == (try instant("2018-11-04T03:00:00Z")))
        #expect(CalendarDate(start, in: saoPaulo) == (try day("2018-11-04")))
        #expect(CalendarDate(start.addingTimeInterval(-1), in: saoPaulo) == (try day("2018-11-03")))
    }

    @Test("every day of a year converts to a Date and back in zones east and west of UTC")
    func roundTripsThroughDate() throws {
        for identifier in ["America/Los_Angeles", "Europe/London", "Australia/Lord_Howe", "Pacific/Chatham", "UTC"] {
            let timeZone = try zone(identifier)
            var date = try day("2026-01-01")
            while date.year == 2026 {
                #expect(CalendarDate(date.startOfDay(in: timeZone), in: timeZone) == date, "\(date) in \(identifier)")
                #expect(CalendarDate(date.startOfDay(in: timeZone).addingTimeInterval(22 * 3600), in: timeZone) == date, "\(date) 22:00 in \(identifier)")
                date = date.adding(days: 1)
            }
        }
    }

    @Test("Codable as the string YYYY-MM-DD")
    func codable() throws {
        struct Visit: Codable, Equatable { let dateOfService: CalendarDate }
        let visit = Visit(dateOfService: try day("2026-01-05"))
        let data = try JSONEncoder().encode(visit)
        #expect(String(decoding: data, as: UTF8.self) == #"{"dateOfService":"2026-01-05"}"#)
        #expect(try JSONDecoder().decode(Visit.self, from: data) == visit)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Visit.self, from: Data(#"{"dateOfService":"2026-02-30"}"#.utf8)) }
    }
}
