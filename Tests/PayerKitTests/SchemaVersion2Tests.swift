import Testing
@testable import PayerKit

/// Schema version 2: plans, the member's state, network status, source dates, exhaustiveness with evidence, appeals,
/// anchors and corrections; each addition answered by queries and each new mistake refused by lint.
@Suite("Schema version 2")
struct SchemaVersion2Tests {
    static let header = minimalPayer.replacingOccurrences(of: "schema_version: 1", with: "schema_version: 2")

    static let rules = header + """
        plans:
          - {id: hmo, name: Test HMO, aliases: [Test Health HMO], source: https://example.com/plans}
          - {id: ppo, name: Test PPO, source: https://example.com/plans}
        contacts:
          - purpose: prior-authorization
            phone: 800-555-0110
            program: dme
            source: https://example.com/dme-line
          - purpose: prior-authorization
            phone: 800-555-0111
            member_states: [IL]
            source: https://example.com/il-line
          - purpose: provider-services
            phone: 800-555-0112
            source: https://example.com/general
        programs:
          - {id: dme, name: Equipment program, source: https://example.com/dme}
        prior_authorization:
          - category: Sleep studies
            codes: ["95810"]
            requirement: required
            plans: [hmo]
            source: https://example.com/sleep
            source_date: 2025-07-01
          - category: Wheelchairs
            codes: ["K0856"]
            requirement: required
            program: dme
            member_states: [IL, NY]
            source: https://example.com/pmd
            secondary_source: true
        timely_filing:
          - limit: {length: 90, unit: calendar-days}
            anchor: date-of-service
            network: participating
            source: https://example.com/filing
          - limit: {length: 180, unit: calendar-days}
            anchor: date-of-service
            network: non-participating
            source: https://example.com/filing
        appeals:
          - level: Redetermination
            window: {length: 120, unit: calendar-days}
            anchor: initial-determination-receipt
            presumed_receipt: {length: 5, unit: calendar-days}
            how_to_file: In writing to the contractor that decided.
            source: https://example.com/appeals
        corrections:
          - codes: ["95811"]
            note: Entered by mistake; the list of 2025-07-01 never had it.
            source: https://example.com/sleep

        """

    func ask(_ text: String, _ scope: QueryScope = QueryScope()) throws -> AuthorizationAnswer {
        try payer(Self.rules).authorization(for: AuthorizationQuery(
            code: code(text), dateOfService: date("2026-12-01"), scope: scope, asOf: date("2026-12-01")))
    }

    @Test("a rule for one plan is required in that plan, and conditional naming the plan when none was given")
    func planDimension() throws {
        #expect(try ask("95810", QueryScope(plan: "hmo")).verdict == .required)
        #expect(try ask("95810", QueryScope(plan: "ppo")).verdict == .unknown)
        let open = try ask("95810")
        #expect(open.verdict == .conditional)
        #expect(open.outcomes.map(\.situation.description) == ["plan is hmo", "plan is not hmo"])
        #expect(throws: PayerKitError.scopeNotServed(.plan, value: "epo", payer: "Test Health", served: ["hmo", "ppo"])) {
            try ask("95810", QueryScope(plan: "epo"))
        }
    }

    @Test("member_states follow the member's residence, not the state the service is in")
    func memberState() throws {
        #expect(try ask("K0856", QueryScope(memberState: "IL")).verdict == .required)
        #expect(try ask("K0856", QueryScope(state: "IL", memberState: "TX")).verdict == .unknown)
        let open = try ask("K0856", QueryScope(state: "IL"))
        #expect(open.verdict == .conditional)
        #expect(open.outcomes.map(\.situation.description) == ["member's state is IL", "member's state is NY", "member's state is none of IL, NY"])
    }

    @Test("contacts are routed by program and member's state, never offered outside their scope")
    func contactScope() throws {
        let dme = try ask("K0856", QueryScope(memberState: "IL"))
        #expect(dme.contacts.compactMap(\.phone) == ["800-555-0110", "800-555-0111", "800-555-0112"], "the general line last")
        let sleep = try ask("95810", QueryScope(plan: "hmo", memberState: "TX"))
        #expect(sleep.contacts.compactMap(\.phone) == ["800-555-0112"])
    }

    @Test("a fact keeps its source document's date; a third-party copy is never confirmed current")
    func factDates() throws {
        let sleep = try ask("95810", QueryScope(plan: "hmo"))
        #expect(sleep.rules.first?.provenance.sourceDate == date("2025-07-01"))
        #expect(sleep.rules.first?.provenance.currency == "per the source dated 2025-07-01; last verified 2026-11-01")
        #expect(!sleep.isStale)
        let copy = try ask("K0856", QueryScope(memberState: "IL"))
        #expect(copy.isStale)
        #expect(copy.rules.first?.provenance.currency == "third-party copy, not confirmed current")
    }

    @Test("appeals, network-scoped filing limits and corrections are read with their anchors")
    func appealsAndAnchors() throws {
        let loaded = try payer(Self.rules)
        let appeal = try #require(loaded.appeals.first)
        #expect(appeal.window == TimeLimit(length: 120, unit: .calendarDays))
        #expect(appeal.anchor == .initialDeterminationReceipt)
        #expect(appeal.presumedReceipt == TimeLimit(length: 5, unit: .calendarDays))
        #expect(loaded.timelyFilingLimits.map(\.scope.network) == [.participating, .nonParticipating])
        #expect(loaded.timelyFilingLimits.map(\.anchor) == [.dateOfService, .dateOfService])
        #expect(loaded.corrections.first?.codes.map(\.description) == ["95811"])
    }

    @Test("version 1 files still load: timely filing counts from the date of service and remittance means denial notice")
    func versionOne() throws {
        let loaded = try payer(minimalPayer + """
            timely_filing:
              - limit: {length: 90, unit: calendar-days}
                source: https://example.com/filing
            retro_authorization:
              - accepted: true
                window: {length: 30, unit: calendar-days}
                anchor: remittance
                policy: Within 30 days of the remittance.
                source: https://example.com/retro

            """)
        #expect(loaded.timelyFilingLimits.first?.anchor == .dateOfService)
        #expect(loaded.retroPolicies.first?.anchor == .denialNotice)
    }

    @Test("each new mistake is an error at its place that says how to fix it", arguments: [
        ("unlisted_codes:\n  - meaning: not-required\n    source: https://example.com/u\n",
         "9:14: error: meaning: not-required claims the payer's list is exhaustive; add 'quote' with the payer's own sentence that says so (or use meaning: unknown)"),
        ("timely_filing:\n  - limit: {length: 90, unit: calendar-days}\n    source: https://example.com/f\n",
         "9:5: error: a timely_filing entry needs 'anchor' (what the limit counts from, usually date-of-service)"),
        ("appeals:\n  - level: First level\n    window: {length: 60, unit: calendar-days}\n    source: https://example.com/a\n",
         "9:5: error: 'window' and 'anchor' go together: an appeal window is counted from an anchor date"),
        ("appeals:\n  - level: First level\n    window: {length: 60, unit: calendar-days}\n    anchor: denial-notice\n    presumed_receipt: {length: 5, unit: calendar-days}\n    source: https://example.com/a\n",
         "9:5: error: 'presumed_receipt' goes with anchor: initial-determination-receipt"),
        ("corrections:\n  - note: A mistake.\n    source: https://example.com/c\n",
         "9:5: error: a correction names what was corrected: 'codes' or 'subject'"),
        ("plans:\n  - {id: hmo, name: HMO, source: https://example.com/p}\nprior_authorization:\n  - category: Imaging\n    codes: [\"70553\"]\n    requirement: required\n    plans: [hm0]\n    source: https://example.com/r\n",
         "14:13: error: plan 'hm0' is not declared under 'plans' (did you mean 'hmo'?)"),
        ("retro_authorization:\n  - accepted: true\n    window: {length: 3, unit: calendar-days}\n    anchor: receipt\n    policy: Within 3 days.\n    source: https://example.com/r\n",
         "11:13: error: 'receipt' is not a valid anchor; expected one of: date-of-service, admission, discharge, notification, eligibility-add-date, denial-notice, initial-determination-receipt"),
    ])
    func refusedForms(_ entry: String, _ expected: String) {
        #expect(messages(Self.header + entry).filter { $0.contains("error") } == [expected])
    }
}
