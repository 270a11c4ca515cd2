import Testing
@testable import PayerKit

@Suite("Situation table on compiled scopes")
struct SituationTableTests {
    /// A payer file with `ruleCount` random rules over the codes 10000-10019 (10020 and 10021 stay unlisted) and random unlisted-code policies.
    static func randomPayer(seed: UInt64, ruleCount: Int) -> String {
        var rng = SplitMix64(seed: seed)
        func some<T>(_ values: [T], upTo count: Int) -> [T] { Array(values.shuffled(using: &rng).prefix(Int.random(in: 1...count, using: &rng))) }
        func scope() -> String {
            var lines = ""
            if Bool.random(using: &rng) { lines += "    lines_of_business: [\(some(["commercial", "medicare-advantage", "medicaid"], upTo: 2).joined(separator: ", "))]\n" }
            if Bool.random(using: &rng) { lines += "    states: [\(some(["CA", "TX", "NY", "FL"], upTo: 3).joined(separator: ", "))]\n" }
            if Bool.random(using: &rng) { lines += "    settings: [\(some(["office", "home", "inpatient", "hospital-outpatient"], upTo: 2).joined(separator: ", "))]\n" }
            if Int.random(in: 0..<4, using: &rng) == 0 { lines += "    effective_from: 2025-0\(Int.random(in: 1...5, using: &rng))-01\n" }
            if Int.random(in: 0..<5, using: &rng) == 0 { lines += "    effective_until: 2025-0\(Int.random(in: 6...9, using: &rng))-15\n" }
            return lines
        }
        var text = minimalPayer.replacingOccurrences(of: "medicare-advantage]", with: "medicare-advantage, medicaid]") + "prior_authorization:\n"
        for index in 0..<ruleCount {
            // Rules that overlap must agree on the requirement, so each requirement has its own codes.
            let kind = Int.random(in: 0..<4, using: &rng)
            let first = 10000 + 5 * kind + Int.random(in: 0...4, using: &rng)
            text += "  - category: Rule \(index)\n    codes: [\"\(first)-\(min(first + Int.random(in: 0...3, using: &rng), 10004 + 5 * kind))\"]\n"
            switch kind {
            case 0: text += "    requirement: conditional\n    condition: condition \(Int.random(in: 0..<3, using: &rng))\n"
            case 1: text += "    requirement: not-required\n"
            case 2: text += "    requirement: required\n    billed_with: [\"J0585\"]\n"
            default: text += "    requirement: required\n"
            }
            text += scope() + "    source: https://example.com/rule\n"
        }
        let policyCount = Int.random(in: 0...2, using: &rng)
        if policyCount > 0 { text += "unlisted_codes:\n" }
        for _ in 0..<policyCount {
            text += "  - meaning: \(Bool.random(using: &rng) ? "unknown" : "not-required")\n" + scope() + "    source: https://example.com/list\n"
        }
        return text
    }

    @Test("every question gets the answer the situation table over the rules' own scopes gives")
    func matchesSituationTable() throws {
        var payersWithScopeDependentAnswers = 0
        for seed in UInt64(0)..<40 where try answersMatch(seed: seed) { payersWithScopeDependentAnswers += 1 }
        // The payers are random, but most have questions whose answer depends on the scope left open.
        #expect(payersWithScopeDependentAnswers >= 30)
    }

    /// Asks a random payer 200 random questions; true when some answer depends on the scope.
    func answersMatch(seed: UInt64) throws -> Bool {
        let payer = try payer(Self.randomPayer(seed: seed, ruleCount: Int(seed % 8) + 2))
        var rng = SplitMix64(seed: seed &+ 1000)
        var dependingOnScope = 0
        for _ in 0..<200 {
            let query = AuthorizationQuery(
                code: code(String(Int.random(in: 10000...10021, using: &rng))),
                dateOfService: date("2025-0\(Int.random(in: 1...9, using: &rng))-10"),
                scope: QueryScope(
                    lineOfBusiness: Int.random(in: 0..<3, using: &rng) == 0 ? [.commercial, .medicaid, .medicareAdvantage].randomElement(using: &rng) : nil,
                    state: Int.random(in: 0..<3, using: &rng) == 0 ? ["CA", "TX", "WA"].randomElement(using: &rng) : nil,
                    setting: Int.random(in: 0..<3, using: &rng) == 0 ? [.office, .home, .emergency].randomElement(using: &rng) : nil),
                billedWith: [nil, [], [try ProcedureCode("J0585")]].randomElement(using: &rng)!)
            let answer = try payer.authorization(for: query)
            let reference = payer.situationTableOutcomes(query, payer.codeIndex.ruleSlice(listing: query.code.code))
            #expect(answer.outcomes.map(\.situation) == reference.map(\.situation))
            #expect(answer.outcomes.map(\.outcome) == reference.map(\.outcome))
            if answer.outcomes.count > 1 { dependingOnScope += 1 }
        }
        return dependingOnScope > 0
    }
}
