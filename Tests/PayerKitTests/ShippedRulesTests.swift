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

    @Test("Medicare FFS 64490 in a hospital outpatient department: required from 2023-07-01, not before")
    func facetJoint() throws {
        #expect(try auth("medicare-ffs", "64490", on: "2024-01-01", setting: .hospitalOutpatient).verdict == .required)
        #expect(try auth("medicare-ffs", "64490", on: "2023-06-30", setting: .hospitalOutpatient).verdict == .notRequired)
    }

    @Test("a code on the CMS OPD list that PayerRules has not verified (67904) is unknown, never not required")
    func unverifiedOPDCode() throws {
        #expect(try auth("medicare-ffs", "67904", on: "2024-01-01", setting: .hospitalOutpatient).verdict == .unknown)
    }

    @Test("Medicare FFS 64492 no longer needs authorization after its removal; 67911 was removed in 2022")
    func removedCodes() throws {
        #expect(try auth("medicare-ffs", "64492", on: "2024-01-01", setting: .hospitalOutpatient).verdict == .required)
        #expect(try auth("medicare-ffs", "64492", on: "2025-01-01", setting: .hospitalOutpatient, state: "NY").verdict == .notRequired)
        #expect(try auth("medicare-ffs", "67911", on: "2021-06-01", setting: .hospitalOutpatient).verdict == .required)
        #expect(try auth("medicare-ffs", "67911", on: "2022-01-07", setting: .hospitalOutpatient).verdict == .notRequired)
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

    @Test("an unlisted code with a commercial payer is unknown and comes with the number to call")
    func commercialUnknown() throws {
        let answer = try auth("cigna", "70553", on: "2026-11-23")
        #expect(answer.verdict == .unknown)
        #expect(answer.contacts.compactMap(\.phone).first == "800-882-4462")
    }
}
