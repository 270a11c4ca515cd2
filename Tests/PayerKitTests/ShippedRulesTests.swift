import Foundation
import Testing
@testable import PayerKit

/// The shipped PayerRules, loaded as a billing desk would ask them.
@Suite("Shipped PayerRules")
struct ShippedRulesTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("PayerRules").path
    static let knowledgeBase = try! PayerKnowledgeBase.load(from: directory)

    func payer(_ id: String) throws -> Payer {
        guard case .found(let payer) = Self.knowledgeBase.payer(matching: id) else { throw FixtureError(diagnostics: []) }
        return payer
    }

    func auth(_ payerID: String, _ text: String, on day: String, setting: CareSetting? = nil, state: String? = nil, billedWith: [String]? = nil) throws -> AuthorizationAnswer {
        try payer(payerID).authorization(for: AuthorizationQuery(
            code: code(text), dateOfService: date(day), scope: QueryScope(state: state, setting: setting),
            billedWith: try billedWith?.map { try ProcedureCode($0) }, asOf: date("2026-11-23")))
    }

    @Test("every file in PayerRules loads with no errors and no warnings")
    func lintsClean() {
        #expect(Self.knowledgeBase.diagnostics.map(\.description) == [])
        #expect(Self.knowledgeBase.payers.count == Self.knowledgeBase.files.count)
        #expect(Self.knowledgeBase.payers.count >= 2)
    }

    @Test("every shipped file names the JSON Schema for editors and carries examples that lint checks")
    func headerAndExamples() throws {
        for payer in Self.knowledgeBase.payers {
            let text = try String(contentsOfFile: payer.file, encoding: .utf8)
            #expect(text.hasPrefix("# yaml-language-server: $schema=./payer-file.schema.json\n"), "\(payer.file)")
            #expect(!payer.examples.authorization.isEmpty && !payer.examples.retro.isEmpty, "\(payer.file)")
        }
    }

    @Test("the template a maintainer copies for a new payer loads clean, examples included")
    func template() throws {
        let file = URL(fileURLWithPath: Self.directory).deletingLastPathComponent().appendingPathComponent("Templates/payer-id.yaml").path
        let knowledgeBase = try PayerKnowledgeBase.load(from: file)
        #expect(knowledgeBase.diagnostics.map(\.description) == [])
        #expect(knowledgeBase.payers.first?.examples.authorization.count == 2)
    }

    @Test("Medicare FFS 64490 in a hospital outpatient department: required from 2023-07-01, not before")
    func facetJoint() throws {
        #expect(try auth("medicare-ffs", "64490", on: "2024-01-01", setting: .hospitalOutpatient).verdict == .required)
        #expect(try auth("medicare-ffs", "64490", on: "2023-06-30", setting: .hospitalOutpatient).verdict == .notRequired)
    }

    @Test("Medicare FFS 67904 (blepharoplasty, on Noridian's Part A OPD list since the second pass) is required in a hospital outpatient department from 2020-07-01; L1833 answers unknown from 2026-10-28, when an unconfirmed report puts it back on the DMEPOS list")
    func opdListAndUnconfirmedReaddition() throws {
        #expect(try auth("medicare-ffs", "67904", on: "2024-01-01", setting: .hospitalOutpatient).verdict == .required)
        #expect(try auth("medicare-ffs", "67904", on: "2020-06-30", setting: .hospitalOutpatient).verdict == .notRequired)
        #expect(try auth("medicare-ffs", "L1833", on: "2026-10-27").verdict == .notRequired)
        #expect(try auth("medicare-ffs", "L1833", on: "2026-11-15").verdict == .unknown)
    }

    @Test("Medicare FFS 64492 no longer needs authorization after its removal; 67911 was removed in 2022")
    func removedCodes() throws {
        #expect(try auth("medicare-ffs", "64492", on: "2024-01-01", setting: .hospitalOutpatient).verdict == .required)
        #expect(try auth("medicare-ffs", "64492", on: "2025-01-01", setting: .hospitalOutpatient, state: "NY").verdict == .notRequired)
        #expect(try auth("medicare-ffs", "67911", on: "2021-06-01", setting: .hospitalOutpatient).verdict == .required)
        #expect(try auth("medicare-ffs", "67911", on: "2022-01-07", setting: .hospitalOutpatient).verdict == .notRequired)
    }

    @Test("Medicare FFS 64492/64495 between CMS's 2024-08-05 update and CGS's 2024-08-15 notice answer unknown, not a guessed date")
    func facetRemovalWindow() throws {
        #expect(try auth("medicare-ffs", "64492", on: "2024-08-04", setting: .hospitalOutpatient).verdict == .required)
        #expect(try auth("medicare-ffs", "64492", on: "2024-08-05", setting: .hospitalOutpatient).verdict == .unknown)
        #expect(try auth("medicare-ffs", "64495", on: "2024-08-14", setting: .hospitalOutpatient).verdict == .unknown)
        let removed = try auth("medicare-ffs", "64495", on: "2024-08-15", setting: .hospitalOutpatient)
        #expect(removed.verdict == .notRequired)
        #expect(removed.rules.first?.provenance.sourceURL == "https://cgsmedicare.com/parta/pubs/news/2024/08/cope161355.html")
    }

    @Test("Medicare FFS 67911 needs authorization up to the day before its 2022-01-07 removal, which rests on a secondary source")
    func lidCodeRemovalBoundary() throws {
        let before = try auth("medicare-ffs", "67911", on: "2022-01-06", setting: .hospitalOutpatient)
        #expect(before.verdict == .required)
        #expect(before.rules.first?.provenance.isSecondarySource == true)
    }

    @Test("Medicare FFS RSNAT review: 10 business days until 2025-01-08, then 7 calendar days with no expedited review (CGS)")
    func rsnatTimeframe() throws {
        let rsnat = try payer("medicare-ffs").decisionTimeframes.filter { $0.scope.program == "rsnat" }
        #expect(rsnat.map(\.standard) == [TimeLimit(length: 10, unit: .businessDays), TimeLimit(length: 7, unit: .calendarDays)])
        #expect(rsnat.map(\.expedited) == [nil, nil])
        #expect(rsnat.map(\.scope.effectiveUntil) == [date("2025-01-09"), nil])
        #expect(rsnat.map(\.scope.effectiveFrom) == [nil, date("2025-01-09")])
    }

    @Test("Medicare FFS K0856 needs authorization, valid for 6 months")
    func powerMobility() throws {
        let answer = try auth("medicare-ffs", "K0856", on: "2026-11-23")
        #expect(answer.verdict == .required)
        #expect(answer.rules.first?.decisionValidFor == TimeLimit(length: 6, unit: .months))
    }

    @Test("Medicare FFS botulinum toxin needs authorization only when paired with J0585-J0588")
    func botulinumToxin() throws {
        #expect(try auth("medicare-ffs", "64612", on: "2024-01-01", setting: .hospitalOutpatient).verdict == .conditional)
        #expect(try auth("medicare-ffs", "64612", on: "2024-01-01", setting: .hospitalOutpatient, billedWith: ["J0586"]).verdict == .required)
    }

    @Test("a retro-authorization for the Medicare OPD program is not accepted")
    func opdRetro() throws {
        let answer = try payer("Original Medicare").retroAuthorization(for: RetroQuery(
            serviceDate: date("2026-11-01"), asOf: date("2026-11-02"), scope: QueryScope(setting: .hospitalOutpatient), code: ProcedureCode("64490")))
        #expect(answer.status == .notAccepted)
    }

    @Test("Cigna's precertification fax and phone are what its page says")
    func cignaContacts() throws {
        let line = try #require(try payer("cigna").contacts.first { $0.purpose == .priorAuthorization })
        #expect(line.fax == "866-873-8279")
        #expect(line.phone == "800-882-4462")
        #expect(line.provenance.sourceURL == "https://cigna.com/health-care-providers/coverage-and-claims/precertification")
    }

    @Test("Humana's clinical intake line is what its prior authorization page says")
    func humanaClinicalIntake() throws {
        let line = try #require(try payer("humana").contacts.first { $0.purpose == .priorAuthorization && $0.states == nil })
        #expect(line.phone == "800-523-0023")
        #expect(line.hours == "24 hours a day, 7 days a week")
        #expect(line.provenance.sourceURL == "https://provider.humana.com/coverage-claims/prior-authorizations")
        #expect(line.provenance.isSecondarySource == false)
    }

    @Test("Priority Health's retro window for outpatient services ends 90 days after the date of service; Medicare Advantage has none")
    func priorityHealthOutpatientRetro() throws {
        func ask(asOf: String, line: LineOfBusiness) throws -> RetroAnswer {
            try payer("priority-health").retroAuthorization(for: RetroQuery(
                serviceDate: date("2026-08-01"), asOf: date(asOf), scope: QueryScope(lineOfBusiness: line, setting: .office)))
        }
        #expect(try ask(asOf: "2026-10-30", line: .commercial).status == .open(deadline: date("2026-10-30"), daysLeft: 0))
        let late = try ask(asOf: "2026-10-31", line: .commercial)
        #expect(late.status == .closed(deadline: date("2026-10-30")))
        #expect(late.outcomes.first?.outcome.policy?.afterWindow == .denied)
        #expect(late.outcomes.first?.outcome.policy?.provenance.sourceURL == "https://www.priorityhealth.com/provider/manual/auths/retrospective-auths")
        #expect(try ask(asOf: "2026-08-02", line: .medicareAdvantage).status == .notAccepted)
    }

    @Test("every payer pins at least five desk questions as examples, one of which must stay unknown")
    func pinnedQuestions() {
        for payer in Self.knowledgeBase.payers {
            #expect(payer.examples.authorization.count >= 5, "\(payer.id)")
            #expect(payer.examples.authorization.contains { $0.expected == .unknown }, "\(payer.id)")
        }
    }

    @Test("Medicare FFS K0856 during the 2020 suspension (2020-04-15) is not answered REQUIRED: the COVID-19 suspension makes it conditional (Noridian JA DME)")
    func powerWheelchairSuspension() throws {
        let suspended = try payer("medicare-ffs").authorization(for: AuthorizationQuery(
            code: code("K0856"), dateOfService: date("2020-04-15"), scope: QueryScope(memberState: "IL"), asOf: date("2026-11-29")))
        #expect(suspended.verdict == .conditional)
        #expect(suspended.condition?.contains("CR modifier") == true)
        let resumed = try payer("medicare-ffs").authorization(for: AuthorizationQuery(
            code: code("K0856"), dateOfService: date("2020-08-03"), scope: QueryScope(memberState: "IL"), asOf: date("2026-11-29")))
        #expect(resumed.verdict == .required)
    }

    @Test("Medicare FFS WISeR: a Texas epidural injection from 2026-01-15 is conditional (prior authorization or prepayment review, Cohere Health's Novitas list); outside the six states it stays unknown")
    func wiser() throws {
        let texas = try auth("medicare-ffs", "64483", on: "2026-12-01", setting: .office, state: "TX")
        #expect(texas.verdict == .conditional)
        #expect(texas.rules.first?.provenance.sourceURL.contains("coherehealth.com") == true)
        #expect(try auth("medicare-ffs", "64483", on: "2026-01-14", setting: .office, state: "TX").verdict == .unknown)
        #expect(try auth("medicare-ffs", "64483", on: "2026-12-01", setting: .office, state: "CA").verdict == .unknown)
    }

    @Test("an unlisted code with a commercial payer is unknown and comes with the number to call")
    func commercialUnknown() throws {
        let answer = try auth("cigna", "70553", on: "2026-11-23")
        #expect(answer.verdict == .unknown)
        #expect(answer.contacts.compactMap(\.phone).first == "800-882-4462")
    }
}
