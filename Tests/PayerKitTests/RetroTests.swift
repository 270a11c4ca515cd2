import Testing
@testable import PayerKit

@Suite("Retro-authorization answers")
struct RetroTests {
    static let rules = minimalPayer + """
        contacts:
          - purpose: prior-authorization
            phone: 800-555-0101
            source: https://example.com/pa
        retro_authorization:
          - accepted: true
            window: {length: 14, unit: calendar-days}
            anchor: date-of-service
            after_window: appeal
            lines_of_business: [commercial]
            policy: Retro requests within 14 days of the date of service.
            source: https://example.com/retro
          - accepted: true
            window: {length: 3, unit: business-days}
            anchor: admission
            lines_of_business: [commercial]
            settings: [inpatient]
            policy: Inpatient admissions must be notified within 3 business days.
            source: https://example.com/inpatient
          - accepted: false
            lines_of_business: [medicare-advantage]
            policy: Medicare Advantage does not accept retro-authorization.
            source: https://example.com/ma
        """

    func ask(_ service: String, asOf: String, line: LineOfBusiness? = nil, setting: CareSetting? = nil) throws -> RetroAnswer {
        try payer(Self.rules).retroAuthorization(for: RetroQuery(
            serviceDate: date(service), asOf: date(asOf), scope: QueryScope(lineOfBusiness: line, setting: setting)))
    }

    @Test("open until the deadline, counting calendar days, with days left and the policy")
    func openWindow() throws {
        let answer = try ask("2026-11-01", asOf: "2026-11-06", line: .commercial, setting: .office)
        #expect(answer.status == .open(deadline: date("2026-11-15"), daysLeft: 9))
        #expect(answer.outcomes.first?.outcome.policy?.policy == "Retro requests within 14 days of the date of service.")
        #expect(answer.outcomes.first?.outcome.policy?.provenance.sourceURL == "https://example.com/retro")
        #expect(answer.contacts.compactMap(\.phone) == ["800-555-0101"])
    }

    @Test("the deadline day is still open; the next day is closed and names the next step")
    func closedWindow() throws {
        #expect(try ask("2026-11-01", asOf: "2026-11-15", line: .commercial, setting: .office).status == .open(deadline: date("2026-11-15"), daysLeft: 0))
        let closed = try ask("2026-11-01", asOf: "2026-11-16", line: .commercial, setting: .office)
        #expect(closed.status == .closed(deadline: date("2026-11-15")))
        #expect(closed.outcomes.first?.outcome.policy?.afterWindow == .appeal)
    }

    @Test("business days skip weekends and federal holidays; the strictest matching window wins")
    func businessDays() throws {
        // Admitted Wednesday 2026-11-25: Thanksgiving (26th) and the weekend don't count.
        let answer = try ask("2026-11-25", asOf: "2026-11-27", line: .commercial, setting: .inpatient)
        #expect(answer.status == .open(deadline: date("2026-12-01"), daysLeft: 4))
        #expect(answer.outcomes.first?.outcome.policy?.anchor == .admission)
    }

    @Test("not accepted is said as such")
    func notAccepted() throws {
        let answer = try ask("2026-11-01", asOf: "2026-11-02", line: .medicareAdvantage)
        #expect(answer.status == .notAccepted)
    }

    @Test("without a line of business the answer depends on it and says how")
    func dependsOnLine() throws {
        let answer = try ask("2026-11-01", asOf: "2026-11-06", setting: .office)
        #expect(answer.status == .conditional)
        #expect(answer.outcomes.map(\.outcome.status) == [.open(deadline: date("2026-11-15"), daysLeft: 9), .notAccepted])
    }

    @Test("no policy is unknown, never 'not accepted'")
    func unknown() throws {
        let bare = try payer(minimalPayer)
        let answer = try bare.retroAuthorization(for: RetroQuery(serviceDate: date("2026-11-01"), asOf: date("2026-11-02")))
        #expect(answer.status == .unknown)
    }

    @Test("a service date after the as-of date is refused")
    func futureService() throws {
        #expect(throws: PayerKitError.serviceDateAfterAsOf(serviceDate: date("2026-12-01"), asOf: date("2026-11-02"))) {
            try ask("2026-12-01", asOf: "2026-11-02")
        }
    }
}
