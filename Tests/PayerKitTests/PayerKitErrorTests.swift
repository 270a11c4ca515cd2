import Foundation
import Testing
@testable import PayerKit

/// Each way PayerKit refuses is a `PayerKitError` case a caller can switch on, carrying what it needs to act, with the
/// sentence the `payer` tool prints.
@Suite("Errors a caller can switch on")
struct PayerKitErrorTests {
    static let rules = minimalPayer.replacingOccurrences(of: "last_verified", with: "states: [TX, LA]\nlast_verified") + """
        plans:
          - id: hmo
            name: Test HMO
            source: https://example.com/plans

        """

    func knowledgeBase() throws -> PayerKnowledgeBase {
        try PayerKnowledgeBase.load(from: try directory(["test.yaml": Self.schemaVersion2(Self.rules)]))
    }

    static func schemaVersion2(_ yaml: String) -> String {
        yaml.replacingOccurrences(of: "schema_version: 1", with: "schema_version: 2")
    }

    /// The error `body` throws, which must be a `PayerKitError`.
    func refusal(_ body: () throws -> Void) -> PayerKitError? {
        do {
            try body()
        } catch let error as PayerKitError {
            return error
        } catch {
            Issue.record("not a PayerKitError: \(error)")
        }
        return nil
    }

    func ask(_ scope: QueryScope) throws {
        _ = try knowledgeBase().payer(named: "test").authorization(for: AuthorizationQuery(
            code: code("70553"), dateOfService: date("2026-01-05"), scope: scope, asOf: date("2026-01-05")))
    }

    @Test("an unknown payer carries the nearest ids")
    func unknownPayer() throws {
        let knowledgeBase = try knowledgeBase()
        switch refusal({ _ = try knowledgeBase.payer(named: "tset") }) {
        case .unknownPayer(let query, let suggestions)?:
            #expect(query == "tset")
            #expect(suggestions == ["test"])
        case let other:
            Issue.record("expected unknownPayer, got \(String(describing: other))")
        }
        #expect(refusal({ _ = try knowledgeBase.payer(named: "tset") })?.message == "unknown payer 'tset'; did you mean 'test'?")
        #expect(refusal({ _ = try knowledgeBase.payer(named: "zzzzzzzzzzzzzzzz") })?.message == "unknown payer 'zzzzzzzzzzzzzzzz'; run 'payer list' to see every payer")
    }

    @Test("an invalid code says what was given and what was expected")
    func invalidCode() {
        switch refusal({ _ = try CodeQuery(parsing: "7055") }) {
        case .invalidCode(let error)?:
            #expect(error.input == "7055")
            #expect(error.expected.hasPrefix("expected 5 digits (CPT Category I, e.g. 70553)"))
            #expect(error.message == "'7055' is not a CPT or HCPCS code: \(error.expected)")
        case let other:
            Issue.record("expected invalidCode, got \(String(describing: other))")
        }
        guard case .invalidCode(let modifier)? = refusal({ _ = try CodeQuery(parsing: "64490-5") }) else {
            Issue.record("a bad modifier is an invalid code")
            return
        }
        #expect(modifier.expected == "a modifier is two letters or digits, as in 64490-50 or L1832-RT")
        #expect(modifier.message == "'5' in '64490-5' is not a modifier: a modifier is two letters or digits, as in 64490-50 or L1832-RT")
    }

    @Test("a line of business, state or plan the payer does not serve names what it does serve")
    func scopeNotServed() throws {
        #expect(refusal({ try ask(QueryScope(lineOfBusiness: .medicaid)) })
            == .scopeNotServed(.lineOfBusiness, value: "medicaid", payer: "Test Health", served: ["commercial", "medicare-advantage"]))
        #expect(refusal({ try ask(QueryScope(state: "CA")) }) == .scopeNotServed(.state, value: "CA", payer: "Test Health", served: ["LA", "TX"]))
        #expect(refusal({ try ask(QueryScope(plan: "ppo")) }) == .scopeNotServed(.plan, value: "ppo", payer: "Test Health", served: ["hmo"]))
        #expect(refusal({ try ask(QueryScope(memberState: "XX")) }) == .invalidStateCode("XX"))

        let messages = [QueryScope(lineOfBusiness: .medicaid), QueryScope(state: "CA"), QueryScope(plan: "ppo"), QueryScope(state: "Texas")].map { scope in
            refusal { try ask(scope) }?.message
        }
        #expect(messages == [
            "Test Health has no medicaid line of business in PayerRules; it serves commercial, medicare-advantage",
            "Test Health serves LA, TX, not CA",
            "Test Health has no plan 'ppo' in PayerRules; its plans are hmo",
            "'TEXAS' is not a two-letter USPS state code (e.g. TX, DC, PR)",
        ])
        // A caller can tell the dimension apart without reading the sentence.
        if case .scopeNotServed(let dimension, _, _, _)? = refusal({ try ask(QueryScope(plan: "ppo")) }) {
            #expect(dimension == .plan)
        } else {
            Issue.record("expected scopeNotServed")
        }
    }

    @Test("retro dates: a service after the as-of day, a year PayerKit does not handle")
    func retroDates() throws {
        let payer = try knowledgeBase().payer(named: "test")
        let later = refusal { _ = try payer.retroAuthorization(for: RetroQuery(serviceDate: date("2026-12-01"), asOf: date("2026-11-02"))) }
        #expect(later == .serviceDateAfterAsOf(serviceDate: date("2026-12-01"), asOf: date("2026-11-02")))
        #expect(later?.message == "the service date 2026-12-01 is after 2026-11-02; retro-authorization is for services already rendered, so request prior authorization instead")
        let ancient = refusal { _ = try payer.retroAuthorization(for: RetroQuery(serviceDate: date("1850-01-01"), asOf: date("2026-11-02"))) }
        #expect(ancient == .dateOutOfRange(date("1850-01-01")))
        #expect(ancient?.message == "the service date 1850-01-01 is outside the years PayerKit handles (1900...2199)")
    }

    @Test("rule-set errors: nothing to read, or files with errors and every diagnostic")
    func ruleSetErrors() throws {
        switch refusal({ _ = try PayerKnowledgeBase.load(from: "/nonexistent/rules") }) {
        case .rulesNotFound(let path, .pathDoesNotExist)?:
            #expect(path == "/nonexistent/rules")
        case let other:
            Issue.record("expected rulesNotFound, got \(String(describing: other))")
        }
        let empty = try directory(["README.md": "no rules"])
        #expect(refusal({ _ = try PayerKnowledgeBase.load(from: empty) })?.message == "no rule files in '\(empty)': payer files are named <payer-id>.yaml")

        let broken = try directory(["test.yaml": minimalPayer + "contcts: []\n"])
        switch refusal({ _ = try PayerKnowledgeBase.load(from: broken) }) {
        case .invalidRules(let path, nil, let skipped, let diagnostics)?:
            #expect(path == broken)
            #expect(skipped.map { ($0 as NSString).lastPathComponent } == ["test.yaml"])
            #expect(diagnostics.map(\.message) == ["unknown key 'contcts' in the payer file (did you mean 'contacts'?)"])
        case let other:
            Issue.record("expected invalidRules, got \(String(describing: other))")
        }
        let byID = refusal { _ = try PayerKnowledgeBase.load(from: broken, forPayer: "test") }
        #expect(byID?.message == "the rules for 'test' were not loaded: test.yaml has errors; run 'payer lint' to see them")
        #expect(byID?.diagnostics.count == 1)
        #expect(byID?.description.contains("test.yaml:8:1: error: unknown key") == true)
    }

    @Test("a missing resource bundle is an error naming where it looked, never a read of the source checkout")
    func bundleMissing() throws {
        let nowhere = URL(fileURLWithPath: try directory([:]))
        switch refusal({ _ = try PayerKnowledgeBase.bundledRules(searching: [nowhere]) }) {
        case .bundledRulesMissing(let searched)?:
            #expect(searched == PayerKnowledgeBase.bundleNames.map { nowhere.appendingPathComponent($0).path })
        case let other:
            Issue.record("expected bundledRulesMissing, got \(String(describing: other))")
        }
        #expect(PayerKnowledgeBase.bundledRulesDirectory(searching: [nowhere]) == nil)
        #expect(PayerKitError.bundledRulesMissing(searched: []).message
            == "the PayerRules bundled with PayerKit were not found: deploy PayerKit_PayerKit.resources beside the executable, or load a directory")
    }
}
