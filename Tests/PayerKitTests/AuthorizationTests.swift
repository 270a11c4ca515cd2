import Testing
@testable import PayerKit

@Suite("Authorization answers")
struct AuthorizationTests {
    static let rules = minimalPayer + """
        vendors:
          - id: evicore
            name: eviCore healthcare
            source: https://example.com/vendor
        contacts:
          - purpose: review-vendor
            vendor: evicore
            phone: 888-693-3211
            source: https://example.com/vendor
          - purpose: prior-authorization
            phone: 800-555-0101
            fax: 800-555-0102
            lines_of_business: [commercial]
            source: https://example.com/pa
          - purpose: provider-services
            phone: 800-555-0100
            source: https://example.com/ps
        prior_authorization:
          - category: Advanced imaging
            codes: ["70551-70553", "74150"]
            requirement: required
            vendor: evicore
            lines_of_business: [medicare-advantage]
            source: https://example.com/imaging
          - category: Facet joint interventions
            codes: ["64490-64491", "64493-64494"]
            requirement: required
            settings: [hospital-outpatient]
            effective_from: 2023-07-01
            source: https://example.com/facet
          - category: Facet joint interventions, removed levels
            codes: ["64492", "64495"]
            requirement: required
            settings: [hospital-outpatient]
            effective_from: 2023-07-01
            effective_until: 2024-08-16
            source: https://example.com/facet
          - category: Facet joint interventions, removed levels
            codes: ["64492", "64495"]
            requirement: not-required
            effective_from: 2024-08-16
            source: https://example.com/facet-removed
          - category: Botulinum toxin injections
            codes: ["64612", "64615"]
            requirement: required
            billed_with: ["J0585-J0588"]
            source: https://example.com/botox
          - category: Physical therapy
            codes: ["97110"]
            requirement: conditional
            condition: after the 12th visit in a calendar year
            source: https://example.com/pt
        unlisted_codes:
          - meaning: not-required
            quote: Services not on this list do not require prior authorization in the office.
            settings: [office]
            source: https://example.com/exhaustive
        decision_timeframes:
          - standard: {length: 7, unit: calendar-days}
            expedited: {length: 72, unit: hours}
            lines_of_business: [medicare-advantage]
            source: https://example.com/timeframes
        """

    func ask(
        _ text: String, on day: String = "2026-01-05", line: LineOfBusiness? = nil, state: String? = nil,
        setting: CareSetting? = nil, billedWith: [String]? = nil
    ) throws -> AuthorizationAnswer {
        let query = AuthorizationQuery(
            code: code(text), dateOfService: date(day), scope: QueryScope(lineOfBusiness: line, state: state, setting: setting),
            billedWith: try billedWith?.map { try ProcedureCode($0) }, asOf: date("2026-01-05"))
        return try payer(Self.rules).authorization(for: query)
    }

    @Test("a code inside a listed range is required, with the rule, vendor, whom to call and provenance")
    func requiredWithEverythingNeeded() throws {
        let answer = try ask("70552", line: .medicareAdvantage)
        #expect(answer.verdict == .required)
        #expect(answer.verdict.crdCode == "auth-needed")
        #expect(answer.rules.map(\.category) == ["Advanced imaging"])
        #expect(answer.vendors.map(\.id) == ["evicore"])
        #expect(answer.contacts.map(\.phone) == ["888-693-3211", "800-555-0100"])
        #expect(answer.decisionTimeframes.first?.standard == TimeLimit(length: 7, unit: .calendarDays))
        let rule = try #require(answer.rules.first)
        #expect(rule.provenance.location.description == "test.yaml:26:5")
        #expect(rule.provenance.sourceURL == "https://example.com/imaging")
        #expect(rule.provenance.lastVerified == date("2026-11-01"))
    }

    @Test("an unlisted code on a non-exhaustive list is unknown, never not required")
    func unlistedIsUnknown() throws {
        let answer = try ask("99213", setting: .hospitalOutpatient)
        #expect(answer.verdict == .unknown)
        #expect(answer.verdict.crdCode == "indeterminate")
        #expect(answer.contacts.compactMap(\.phone) == ["800-555-0101", "800-555-0100"], "the prior-authorization line to call, the general line last")
    }

    @Test("an unlisted code where the list is declared exhaustive is not required, citing the declaration")
    func unlistedWhereExhaustive() throws {
        let answer = try ask("99213", setting: .office)
        #expect(answer.verdict == .notRequired)
        #expect(answer.outcomes.first?.outcome.unlistedPolicy?.provenance.sourceURL == "https://example.com/exhaustive")
    }

    @Test("when the answer depends on a setting the question did not give, it is conditional and says on what")
    func scopeMissingMakesConditional() throws {
        let answer = try ask("64490", on: "2024-01-01")
        #expect(answer.verdict == .conditional)
        #expect(answer.outcomes.map(\.situation.description) == [
            "setting is hospital-outpatient", "setting is office", "setting is none of hospital-outpatient, office",
        ])
        #expect(answer.outcomes.map(\.outcome.verdict) == [.required, .notRequired, .unknown])
        #expect(answer.condition == "depends on setting is hospital-outpatient: required; setting is office: not-required; setting is none of hospital-outpatient, office: unknown")
    }

    @Test("effective dates: required from the start date, not before, and not after removal")
    func effectiveDates() throws {
        #expect(try ask("64490", on: "2024-01-01", setting: .hospitalOutpatient).verdict == .required)
        #expect(try ask("64490", on: "2023-06-30", setting: .hospitalOutpatient).verdict == .unknown)
        #expect(try ask("64492", on: "2024-08-15", setting: .hospitalOutpatient).verdict == .required)
        let removed = try ask("64492", on: "2024-08-16", setting: .hospitalOutpatient)
        #expect(removed.verdict == .notRequired)
        #expect(removed.rules.map(\.provenance.sourceURL) == ["https://example.com/facet-removed"])
    }

    @Test("line of business decides, and a missing one is asked for")
    func lineOfBusiness() throws {
        #expect(try ask("70553", line: .medicareAdvantage).verdict == .required)
        #expect(try ask("70553", line: .commercial, setting: .office).verdict == .notRequired)
        let open = try ask("70553", setting: .office)
        #expect(open.verdict == .conditional)
        #expect(open.outcomes.map(\.situation.description) == ["line of business is medicare-advantage", "line of business is not medicare-advantage"])
    }

    @Test("a paired-code rule is conditional until the pairing is known")
    func billedWith() throws {
        let unpaired = try ask("64612")
        #expect(unpaired.verdict == .conditional)
        #expect(unpaired.condition == "only when billed with J0585-J0588")
        #expect(try ask("64612", billedWith: ["J0587"]).verdict == .required)
        #expect(try ask("64612", setting: .office, billedWith: ["J0600"]).verdict == .notRequired)
    }

    @Test("a conditional rule states its condition")
    func conditionalRule() throws {
        let answer = try ask("97110")
        #expect(answer.verdict == .conditional)
        #expect(answer.condition == "after the 12th visit in a calendar year")
    }

    @Test("input is trimmed and upper-cased; a modifier is accepted, ignored for matching and reported back")
    func modifiers() throws {
        let answer = try ask(" 70553-50 ", line: .medicareAdvantage)
        #expect(answer.code.text == "70553")
        #expect(answer.modifiers == ["50"])
        #expect(answer.verdict == .required)
    }

    @Test("a fact verified longer ago than the maximum age is flagged stale")
    func staleness() throws {
        let loaded = try payer(Self.rules)
        let fresh = try loaded.authorization(for: AuthorizationQuery(code: code("70553"), dateOfService: date("2026-01-05"), scope: QueryScope(lineOfBusiness: .medicareAdvantage), asOf: date("2027-04-30")))
        #expect(!fresh.isStale)
        let stale = try loaded.authorization(for: AuthorizationQuery(code: code("70553"), dateOfService: date("2026-01-05"), scope: QueryScope(lineOfBusiness: .medicareAdvantage), asOf: date("2027-05-01")))
        #expect(stale.isStale)
        #expect(stale.staleProvenance.contains { $0.sourceURL == "https://example.com/imaging" })
        let strict = try loaded.authorization(for: AuthorizationQuery(code: code("70553"), dateOfService: date("2026-01-05"), scope: QueryScope(lineOfBusiness: .medicareAdvantage), asOf: date("2026-12-01"), maximumAgeInDays: 7))
        #expect(strict.isStale)
    }

    @Test("a line of business or state the payer does not serve is refused, not answered")
    func unservedScope() throws {
        #expect(throws: PayerKitError.self) { try ask("70553", line: .medicaid) }
        #expect(throws: PayerKitError.invalidStateCode("ZZ")) { try ask("70553", state: "ZZ") }
    }
}

@Suite("Code index")
struct CodeIndexTests {
    @Test("overlapping ranges and single codes find every rule that lists a code, and only those")
    func overlaps() throws {
        let ranges = try [("70010-79999", 0), ("70551-70553", 1), ("70553", 2), ("K0813-K0816", 3), ("0042T", 4)].map { (try CodeRange($0.0), $0.1) }
        let index = CodeIndex(ranges: ranges.map { (range: $0.0, rule: $0.1) })
        func rules(_ text: String) throws -> [Int] { index.rules(listing: try ProcedureCode(text)) }
        #expect(try rules("70010") == [0])
        #expect(try rules("70550") == [0])
        #expect(try rules("70551") == [0, 1])
        #expect(try rules("70553") == [0, 1, 2])
        #expect(try rules("70554") == [0])
        #expect(try rules("79999") == [0])
        #expect(try rules("80000") == [])
        #expect(try rules("69999") == [])
        #expect(try rules("K0812") == [])
        #expect(try rules("K0816") == [3])
        #expect(try rules("L0813") == [])
        #expect(try rules("0042T") == [4])
        #expect(try rules("0042U") == [])
    }
}
