import Testing
@testable import PayerKit

@Suite("Timelines: every deadline of a case, each from its own anchor")
struct TimelineTests {
    static let rules = """
        schema_version: 2
        id: test
        name: Test Health
        lines_of_business: [commercial, medicare-advantage, medicaid]
        last_verified: 2026-11-01
        sources: [https://example.com/source]
        contacts:
          - purpose: prior-authorization
            phone: 800-555-0101
            source: https://example.com/pa
          - purpose: claims
            phone: 800-555-0102
            source: https://example.com/claims
        prior_authorization:
          - category: Imaging
            codes: ["70553"]
            requirement: required
            notes: Reviewed before the scan. Prior authorization is a condition of payment for imaging.
            source: https://example.com/imaging
        retro_authorization:
          - accepted: true
            window: {length: 14, unit: calendar-days}
            anchor: date-of-service
            after_window: appeal
            lines_of_business: [commercial]
            settings: [office]
            policy: Retro requests within 14 days of the date of service.
            source: https://example.com/retro
          - accepted: true
            window: {length: 3, unit: business-days}
            anchor: admission
            lines_of_business: [commercial]
            settings: [inpatient]
            policy: Inpatient admissions must be notified within 3 business days.
            source: https://example.com/inpatient
          - accepted: true
            window: {length: 2, unit: business-days}
            anchor: notification
            lines_of_business: [commercial]
            settings: [emergency]
            policy: Emergency services within 2 business days of notifying the plan.
            source: https://example.com/emergency
          - accepted: false
            lines_of_business: [medicaid]
            policy: Medicaid does not accept retro-authorization.
            source: https://example.com/medicaid-retro
        timely_filing:
          - limit: {length: 90, unit: calendar-days}
            anchor: date-of-service
            lines_of_business: [commercial]
            settings: [office, emergency]
            source: https://example.com/filing
          - limit: {length: 180, unit: calendar-days}
            anchor: discharge
            lines_of_business: [commercial]
            settings: [inpatient]
            source: https://example.com/filing-inpatient
          - limit: {length: 95, unit: calendar-days}
            anchor: date-of-service
            lines_of_business: [medicaid]
            source: https://example.com/medicaid-filing
          - limit: {length: 180, unit: calendar-days}
            anchor: eligibility-add-date
            lines_of_business: [medicaid]
            source: https://example.com/medicaid-retro-eligibility
        appeals:
          - level: Reconsideration
            window: {length: 180, unit: calendar-days}
            anchor: denial-notice
            lines_of_business: [commercial]
            how_to_file: Through the portal.
            source: https://example.com/appeals
          - level: Plan redetermination
            window: {length: 120, unit: calendar-days}
            anchor: initial-determination-receipt
            presumed_receipt: {length: 5, unit: calendar-days}
            lines_of_business: [medicare-advantage]
            network: participating
            source: https://example.com/ma-appeals
          - level: Non-contracted provider appeal
            lines_of_business: [medicare-advantage]
            network: non-participating
            source: https://example.com/ma-nonpar
          - level: Medicaid provider appeal
            window: {length: 60, unit: calendar-days}
            anchor: denial-notice
            lines_of_business: [medicaid]
            source: https://example.com/medicaid-appeals
        """

    func timeline(
        _ dates: AnchorDates, asOf: String, line: LineOfBusiness? = nil, setting: CareSetting? = nil,
        network: NetworkStatus? = nil, code: String? = nil
    ) throws -> Timeline {
        try payer(Self.rules).timeline(for: TimelineQuery(
            code: code.map(PayerKitTests.code), scope: QueryScope(lineOfBusiness: line, setting: setting, network: network),
            dates: dates, asOf: date(asOf)))
    }

    func step(_ timeline: Timeline, _ kind: TimelineStep.Kind, _ title: String? = nil) -> TimelineStep? {
        timeline.steps.first { $0.kind == kind && (title == nil || $0.title == title) }
    }

    // MARK: Each anchor

    @Test("the date of service anchors the office retro window and the office filing limit")
    func dateOfService() throws {
        let t = try timeline(AnchorDates(service: date("2026-11-02")), asOf: "2026-11-06", line: .commercial, setting: .office)
        #expect(step(t, .retroAuthorization)?.status == .open(deadline: date("2026-11-16"), daysLeft: 10))
        #expect(step(t, .retroAuthorization)?.window == "14 calendar days from the date of service (2026-11-02)")
        #expect(step(t, .claimFiling)?.status == .open(deadline: date("2027-01-31"), daysLeft: 86))
    }

    @Test("the admission date anchors the inpatient retro window, the discharge date the inpatient filing limit")
    func admissionAndDischarge() throws {
        let dates = AnchorDates(service: date("2026-11-02"), admission: date("2026-11-02"), discharge: date("2026-11-20"))
        let t = try timeline(dates, asOf: "2026-11-04", line: .commercial, setting: .inpatient)
        #expect(step(t, .retroAuthorization)?.status == .open(deadline: date("2026-11-05"), daysLeft: 1))
        #expect(step(t, .retroAuthorization)?.window == "3 business days from the admission date (2026-11-02)")
        #expect(step(t, .claimFiling)?.status.deadline == date("2027-05-19"))
        #expect(step(t, .claimFiling)?.window == "180 calendar days from the discharge date (2026-11-20)")
    }

    @Test("the notification date anchors the emergency retro window")
    func notification() throws {
        let dates = AnchorDates(service: date("2026-11-02"), notification: date("2026-11-05"))
        let t = try timeline(dates, asOf: "2026-11-06", line: .commercial, setting: .emergency)
        #expect(step(t, .retroAuthorization)?.status == .open(deadline: date("2026-11-09"), daysLeft: 3))
    }

    @Test("the eligibility add date anchors its own filing limit beside the date-of-service one")
    func eligibilityAddDate() throws {
        let dates = AnchorDates(service: date("2026-03-02"), eligibilityAdd: date("2026-09-01"))
        let t = try timeline(dates, asOf: "2026-10-01", line: .medicaid)
        let filing = t.steps.filter { $0.kind == .claimFiling }
        #expect(filing.map(\.status) == [.closed(deadline: date("2026-06-05")), .open(deadline: date("2027-02-28"), daysLeft: 150)])
    }

    @Test("the denial notice date anchors the reconsideration")
    func denialNotice() throws {
        let dates = AnchorDates(service: date("2026-09-01"), denialNotice: date("2026-10-15"))
        let t = try timeline(dates, asOf: "2026-11-01", line: .commercial, setting: .office)
        #expect(step(t, .appeal, "Reconsideration")?.status == .open(deadline: date("2027-04-13"), daysLeft: 163))
        #expect(step(t, .appeal, "Reconsideration")?.window == "180 calendar days from the denial (remittance) notice date (2026-10-15)")
    }

    @Test("the initial determination's date plus the level's presumed receipt anchors the redetermination; a known receipt date wins")
    func initialDetermination() throws {
        let presumed = try timeline(
            AnchorDates(service: date("2026-03-02"), initialDetermination: date("2026-04-01")), asOf: "2026-06-01",
            line: .medicareAdvantage, network: .participating)
        let level = try #require(step(presumed, .appeal, "Plan redetermination"))
        #expect(level.status == .open(deadline: date("2026-08-04"), daysLeft: 64))
        #expect(level.window == "120 calendar days from receipt of the initial determination, presumed 5 calendar days after its date (2026-04-01 + 5 = 2026-04-06)")
        let received = try timeline(
            AnchorDates(service: date("2026-03-02"), initialDetermination: date("2026-04-01"), initialDeterminationReceived: date("2026-04-10")),
            asOf: "2026-06-01", line: .medicareAdvantage, network: .participating)
        #expect(step(received, .appeal, "Plan redetermination")?.status.deadline == date("2026-08-08"))
    }

    // MARK: Missing anchors, weekends and holidays

    @Test("a window whose anchor was not given says which date it needs, never counting from another")
    func missingAnchor() throws {
        let t = try timeline(AnchorDates(service: date("2026-11-02")), asOf: "2026-11-04", line: .commercial, setting: .inpatient)
        #expect(step(t, .retroAuthorization)?.status == .needsDate(.admission))
        #expect(step(t, .claimFiling)?.status == .needsDate(.discharge))
        #expect(step(t, .appeal, "Reconsideration")?.status == .needsDate(.denialNotice))
        #expect(t.steps.allSatisfy { $0.status.deadline == nil || $0.kind == .priorAuthorization })
        let ma = try timeline(AnchorDates(service: date("2026-11-02"), denialNotice: date("2026-11-20")), asOf: "2026-12-01",
                              line: .medicareAdvantage, network: .participating)
        #expect(step(ma, .appeal, "Plan redetermination")?.status == .needsDate(.initialDeterminationReceipt))
        #expect(step(ma, .appeal, "Plan redetermination")?.notes.contains(Payer.laterLevelNote) == false)
    }

    @Test("business days skip Thanksgiving and the weekend; a calendar-day window may end on a Saturday and is not moved")
    func weekendsAndHolidays() throws {
        // Admitted Wednesday 2026-11-25: Thanksgiving (26th), Friday 27th, then the weekend.
        let inpatient = try timeline(AnchorDates(service: date("2026-11-25"), admission: date("2026-11-25")), asOf: "2026-11-27",
                                     line: .commercial, setting: .inpatient)
        #expect(step(inpatient, .retroAuthorization)?.status == .open(deadline: date("2026-12-01"), daysLeft: 4))
        let office = try timeline(AnchorDates(service: date("2026-11-14")), asOf: "2026-11-29", line: .commercial, setting: .office)
        let retro = try #require(step(office, .retroAuthorization))
        #expect(retro.status == .closed(deadline: date("2026-11-28")))
        #expect(date("2026-11-28").weekday == .saturday)
    }

    // MARK: Closed and open windows together

    @Test("retro closed while the appeal is open: the timeline lists the appeal as still open and adds no final step")
    func retroClosedAppealOpen() throws {
        let dates = AnchorDates(service: date("2026-09-01"), denialNotice: date("2026-10-15"))
        let t = try timeline(dates, asOf: "2026-11-01", line: .commercial, setting: .office)
        #expect(step(t, .retroAuthorization)?.status == .closed(deadline: date("2026-09-15")))
        #expect(step(t, .retroAuthorization)?.notes.contains("After the window: the appeal process.") == true)
        #expect(t.openSteps.map(\.title) == ["Claim filing (timely filing)", "Reconsideration"])
        #expect(step(t, .remaining) == nil)
    }

    @Test("every window closed: what remains is a write-off unless the contract says otherwise, never the patient's bill")
    func everyWindowClosed() throws {
        let dates = AnchorDates(service: date("2026-01-05"), eligibilityAdd: date("2026-01-05"), denialNotice: date("2026-02-01"))
        let t = try timeline(dates, asOf: "2027-01-04", line: .medicaid)
        #expect(t.openSteps.isEmpty)
        #expect(step(t, .retroAuthorization)?.status == .notOffered)
        let last = try #require(t.steps.last)
        #expect(last.kind == .remaining && last.status == .final)
        #expect(last.summary.hasPrefix("Write-off unless the contract says otherwise"))
        #expect(!t.steps.contains { ($0.summary + $0.notes.joined()).lowercased().contains("patient responsib") })
    }

    // MARK: Honest steps

    @Test("no sourced window: UNKNOWN with whom to call, never a default")
    func unknownWindows() throws {
        let t = try timeline(AnchorDates(service: date("2026-11-02"), denialNotice: date("2026-11-20")), asOf: "2026-12-01",
                             line: .medicareAdvantage, network: .nonParticipating)
        for kind in [TimelineStep.Kind.retroAuthorization, .claimFiling, .appeal] {
            let unknown = try #require(step(t, kind))
            #expect(unknown.status == .unknown && unknown.status.deadline == nil)
            #expect(!unknown.contacts.isEmpty)
        }
        #expect(step(t, .appeal)?.title == "Non-contracted provider appeal")
        #expect(step(t, .remaining) == nil)
    }

    @Test("network status, when not given, splits the appeal levels the data tells apart")
    func networkStatus() throws {
        let open = try timeline(AnchorDates(service: date("2026-11-02")), asOf: "2026-12-01", line: .medicareAdvantage)
        #expect(open.steps.filter { $0.kind == .appeal }.map(\.when) == ["network status is participating", "network status is non-participating"])
        let given = try timeline(AnchorDates(service: date("2026-11-02")), asOf: "2026-12-01", line: .medicareAdvantage, network: .participating)
        #expect(given.steps.filter { $0.kind == .appeal }.map(\.title) == ["Plan redetermination"])
    }

    @Test("where prior authorization is a condition of payment, each appeal step says an appeal will not cure its absence")
    func conditionOfPayment() throws {
        let dates = AnchorDates(service: date("2026-09-01"), denialNotice: date("2026-10-15"))
        let withCode = try timeline(dates, asOf: "2026-11-01", line: .commercial, setting: .office, code: "70553")
        #expect(step(withCode, .priorAuthorization)?.status == .closed(deadline: date("2026-09-01")))
        let appeal = try #require(step(withCode, .appeal))
        #expect(appeal.notes.contains("An appeal will not cure a missing prior authorization: Prior authorization is a condition of payment for imaging."))
        #expect(appeal.provenance.map(\.sourceURL).contains("https://example.com/imaging"))
        let withoutCode = try timeline(dates, asOf: "2026-11-01", line: .commercial, setting: .office)
        #expect(step(withoutCode, .priorAuthorization)?.status == .unknown)
        #expect(step(withoutCode, .appeal)?.notes.contains { $0.contains("will not cure") } == false)
    }

    @Test("asked before the service: prior authorization is open until the service date, with the decision time")
    func beforeTheService() throws {
        let t = try timeline(AnchorDates(service: date("2026-12-10")), asOf: "2026-11-30", line: .commercial, setting: .office, code: "70553")
        let priorAuthorization = try #require(step(t, .priorAuthorization))
        #expect(priorAuthorization.status == .open(deadline: date("2026-12-10"), daysLeft: 10))
        #expect(priorAuthorization.summary == "Required for 70553 on 2026-12-10: request it before the service.")
        #expect(priorAuthorization.contacts.compactMap(\.phone) == ["800-555-0101"])
        #expect(step(t, .retroAuthorization)?.status == .open(deadline: date("2026-12-24"), daysLeft: 24))
    }

    @Test("dates out of order or out of range are refused")
    func refusals() throws {
        #expect(throws: PayerKitError.self) {
            try timeline(AnchorDates(service: date("2026-11-02"), admission: date("2026-11-05"), discharge: date("2026-11-01")), asOf: "2026-12-01")
        }
        #expect(throws: PayerKitError.self) { try timeline(AnchorDates(service: date("2026-11-02")), asOf: "2026-12-01", line: .chip) }
    }

    @Test("a retro query counts a policy from its anchor's date when given, and from the service date otherwise")
    func retroQueryAnchors() throws {
        var query = RetroQuery(serviceDate: date("2026-11-02"), asOf: date("2026-11-04"), scope: QueryScope(lineOfBusiness: .commercial, setting: .inpatient))
        #expect(try payer(Self.rules).retroAuthorization(for: query).status == .open(deadline: date("2026-11-05"), daysLeft: 1))
        query.anchorDates = [.admission: date("2026-11-03")]
        #expect(try payer(Self.rules).retroAuthorization(for: query).status == .open(deadline: date("2026-11-06"), daysLeft: 2))
    }

    @Test("sentences are found in notes without splitting inside a URL")
    func sentences() {
        let notes = "No minimum amount. A non-affirmed request is resubmitted (CGS, 2026-03-09: https://example.com/a.html). A claim denied late has no appeal."
        #expect(Payer.sentences(in: notes, containing: "non-affirmed") == ["A non-affirmed request is resubmitted (CGS, 2026-03-09: https://example.com/a.html)."])
    }
}

@Suite("Timelines on the shipped rules")
struct ShippedTimelineTests {
    static let knowledgeBase = ShippedRulesTests.knowledgeBase

    func payer(_ id: String) throws -> Payer {
        guard case .found(let payer) = Self.knowledgeBase.payer(matching: id) else { throw FixtureError(diagnostics: []) }
        return payer
    }

    @Test("Original Medicare: redetermination within 120 days of receipt, presumed 5 days after the initial determination's date")
    func medicareRedetermination() throws {
        let t = try payer("medicare-ffs").timeline(for: TimelineQuery(
            code: code("64490"), scope: QueryScope(setting: .hospitalOutpatient),
            dates: AnchorDates(service: date("2026-03-02"), initialDetermination: date("2026-04-01")), asOf: date("2026-06-01")))
        let redetermination = try #require(t.steps.first { $0.title == "Redetermination" })
        #expect(redetermination.status == .open(deadline: date("2026-08-04"), daysLeft: 64))
        #expect(redetermination.window?.hasPrefix("120 calendar days from receipt of the initial determination, presumed 5 calendar days after its date") == true)
        #expect(redetermination.notes.contains { $0.hasPrefix("An appeal will not cure a missing prior authorization") })
        #expect(redetermination.provenance.first?.location.file.hasSuffix("medicare-ffs.yaml") == true)
        // The later levels count from the decision they appeal; nothing in the rules ties them to the date given.
        #expect(!redetermination.notes.contains(Payer.laterLevelNote))
        #expect(t.steps.first { $0.title == "Reconsideration (Qualified Independent Contractor)" }?.notes.contains(Payer.laterLevelNote) == true)
        // A non-affirmed request is resubmitted, not appealed: the prior-authorization step says so, from the rules.
        let priorAuthorization = try #require(t.steps.first { $0.kind == .priorAuthorization })
        #expect(priorAuthorization.notes.contains { $0.hasPrefix("A non-affirmed prior authorization request is not appealed: it is resubmitted") })
        #expect(t.steps.first { $0.kind == .retroAuthorization }?.status == .notOffered)
        #expect(t.steps.first { $0.kind == .claimFiling }?.status == .open(deadline: date("2027-03-02"), daysLeft: 274))
    }

    @Test("Humana Medicare Advantage: a non-participating provider's claim appeal within 60 days of the denial")
    func humanaMedicareAdvantage() throws {
        let t = try payer("humana").timeline(for: TimelineQuery(
            scope: QueryScope(lineOfBusiness: .medicareAdvantage, network: .nonParticipating),
            dates: AnchorDates(service: date("2026-06-01"), denialNotice: date("2026-08-14")), asOf: date("2026-10-01")))
        let appeal = try #require(t.steps.first { $0.title == "Claim appeal by a nonparticipating provider (Medicare Advantage)" })
        #expect(appeal.status == .open(deadline: date("2026-10-13"), daysLeft: 12))
        #expect(appeal.window == "60 calendar days from the denial (remittance) notice date (2026-08-14)")
        #expect(!t.steps.contains { $0.title.contains("(participating provider)") })
    }

    @Test("no shipped payer's timeline ends in patient responsibility, and none counts a window from a date not given")
    func everyPayer() throws {
        for payer in Self.knowledgeBase.payers {
            let t = try payer.timeline(for: TimelineQuery(dates: AnchorDates(service: date("2025-01-06")), asOf: date("2026-11-29")))
            for step in t.steps {
                #expect(!(step.summary + step.notes.joined()).lowercased().contains("patient responsib"))
                if let window = step.window, step.status.deadline != nil, step.kind != .priorAuthorization {
                    #expect(window.contains("2025-01-06"), "\(payer.id): \(step.title) counted from a date not given: \(window)")
                }
            }
        }
    }
}
