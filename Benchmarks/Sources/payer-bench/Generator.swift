import Foundation

/// A small deterministic random generator (SplitMix64), so every run writes the same bytes.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Writes synthetic payer files in the real schema (PayerRules/README.md): top-level facts, vendors, contacts,
/// portals, retro policies, timeframes, timely filing, and `rulesPerPayer` rules of `codesPerRule` codes on average,
/// about 40% of them ranges, with scope on some rules. Codes never repeat within a payer, so files load with no
/// errors and no contradiction warnings.
struct SyntheticRuleSet {
    var payers = 200
    var rulesPerPayer = 500
    var codesPerRule = 10
    var seed: UInt64 = 7

    /// What was written.
    struct Written {
        let directory: String
        let bytes: Int
        let rules: Int
        /// Code entries as written: single codes and ranges in `codes` lists.
        let codeEntries: Int
        /// Codes covered once ranges are expanded.
        let codesCovered: Int
    }

    static func payerID(_ index: Int) -> String { "synthetic-\(String(format: "%03d", index))" }
    static func payerName(_ index: Int) -> String { "Synthetic Health Plan \(String(format: "%03d", index))" }

    func write(to directory: String) throws -> Written {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        var total = (bytes: 0, rules: 0, entries: 0, covered: 0)
        for index in 0..<payers {
            var rng = SplitMix64(seed: seed &+ UInt64(index) &* 1_000_003)
            let (text, entries, covered) = payerFile(index, &rng)
            let data = Data(text.utf8)
            try data.write(to: URL(fileURLWithPath: directory).appendingPathComponent("\(Self.payerID(index)).yaml"))
            total.bytes += data.count
            total.rules += rulesPerPayer
            total.entries += entries
            total.covered += covered
        }
        return Written(directory: directory, bytes: total.bytes, rules: total.rules, codeEntries: total.entries, codesCovered: total.covered)
    }

    private static let states = ["TX", "OK", "NM", "LA", "AR", "IL", "IN", "OH", "MI", "WI", "CA", "FL", "NY", "PA", "GA"]
    private static let lines = ["commercial", "medicare-advantage", "medicaid"]
    private static let settings = ["inpatient", "hospital-outpatient", "ambulatory-surgical-center", "office", "home"]
    private static let categories = [
        "Advanced imaging", "Spine surgery", "Joint replacement", "Sleep studies", "Genetic testing", "Radiation therapy",
        "Cardiac imaging", "Pain management", "Durable medical equipment", "Home health", "Specialty drugs",
        "Bariatric surgery", "Outpatient therapy", "Transplant evaluation", "Cosmetic procedures",
    ]
    /// HCPCS letters whose codes the generator uses.
    private static let letters: [Character] = ["A", "E", "G", "J", "K", "L", "Q"]

    /// Hands out codes in increasing order per kind, so no code appears twice in a payer.
    private struct CodeCursor {
        var cpt = 10_000
        var hcpcs = [Int](repeating: 0, count: SyntheticRuleSet.letters.count)
        var cptIII = 1
    }

    private func payerFile(_ index: Int, _ rng: inout SplitMix64) -> (String, entries: Int, covered: Int) {
        let id = Self.payerID(index)
        let base = "https://example.com/\(id)"
        let regional = index % 3 == 0
        let states = regional ? Array(Self.states.shuffled(using: &rng).prefix(4)).sorted() : []
        var out = """
            # Synthetic payer written by payer-bench for benchmarks; not real rules.
            schema_version: 1
            id: \(id)
            name: \(Self.payerName(index))
            aliases: [SYN\(String(format: "%03d", index)), Synthetic \(index)]
            lines_of_business: [\(Self.lines.joined(separator: ", "))]

            """
        if regional { out += "states: [\(states.joined(separator: ", "))]\n" }
        out += """
            last_verified: 2026-01-15
            sources:
              - \(base)/prior-authorization
              - \(base)/provider-manual
            notes: Synthetic payer \(index) for benchmarks.
            edi_payer_ids:
              - id: "\(String(format: "%05d", 10_000 + index))"
                source: \(base)/claims
            programs:
              - id: imaging
                name: Imaging program
                source: \(base)/imaging
            vendors:
              - id: review-co
                name: Review Co
                url: https://review.example.com/\(id)
                source: \(base)/vendors
            contacts:
              - purpose: prior-authorization
                name: Utilization management
                phone: 800-555-\(String(format: "%04d", index))
                fax: 866-555-\(String(format: "%04d", index))
                hours: Monday to Friday, 8 a.m. to 6 p.m.
                source: \(base)/contacts
              - purpose: provider-services
                phone: 877-555-\(String(format: "%04d", index))
                source: \(base)/contacts
              - purpose: review-vendor
                vendor: review-co
                phone: 888-555-\(String(format: "%04d", index))
                source: \(base)/vendors
            portals:
              - name: Synthetic Provider Portal
                url: https://portal.example.com/\(id)
                uses: [prior-authorization, eligibility, claims]
                source: \(base)/portal
            prior_authorization:

            """
        var cursor = CodeCursor()
        var entries = 0
        var covered = 0
        for rule in 0..<rulesPerPayer {
            let count = Int.random(in: max(1, codesPerRule - 8)...(codesPerRule + 8), using: &rng)
            var codes: [String] = []
            let kind = Int.random(in: 0..<100, using: &rng)
            let letter = rule % Self.letters.count
            for _ in 0..<count {
                let width = Int.random(in: 0..<10, using: &rng) < 4 ? Int.random(in: 2...24, using: &rng) : 1
                let gap = Int.random(in: 1...3, using: &rng)
                // CPT Category I until its space runs out, some HCPCS, a few Category III.
                if kind < 70 && cursor.cpt + width + gap <= 99_999 {
                    let low = cursor.cpt + gap
                    codes.append(Self.range(String(low), String(low + width - 1), width))
                    cursor.cpt = low + width
                } else if kind < 95 && cursor.hcpcs[letter] + width + gap <= 9_999 {
                    let low = cursor.hcpcs[letter] + gap
                    let prefix = String(Self.letters[letter])
                    codes.append(Self.range(prefix + Self.four(low), prefix + Self.four(low + width - 1), width))
                    cursor.hcpcs[letter] = low + width
                } else if cursor.cptIII + width + gap <= 999 {
                    let low = cursor.cptIII + gap
                    codes.append(Self.range(Self.four(low) + "T", Self.four(low + width - 1) + "T", width))
                    cursor.cptIII = low + width
                } else {
                    break
                }
                covered += width
            }
            guard !codes.isEmpty else { continue }
            entries += codes.count
            let requirementRoll = Int.random(in: 0..<100, using: &rng)
            let requirement = requirementRoll < 60 ? "required" : requirementRoll < 85 ? "not-required" : "conditional"
            out += "  - category: \(Self.categories[rule % Self.categories.count]) \(rule)\n"
            out += "    codes: [\(codes.map { "\"\($0)\"" }.joined(separator: ", "))]\n"
            out += "    requirement: \(requirement)\n"
            if requirement == "conditional" { out += "    condition: Only after six weeks of conservative treatment.\n" }
            let scopeRoll = Int.random(in: 0..<100, using: &rng)
            if scopeRoll < 25 { out += "    lines_of_business: [\(Self.lines[rule % Self.lines.count])]\n" }
            if scopeRoll >= 15 && scopeRoll < 35 {
                out += "    settings: [\(Self.settings[rule % Self.settings.count]), \(Self.settings[(rule + 2) % Self.settings.count])]\n"
            }
            if regional && scopeRoll >= 30 && scopeRoll < 40 { out += "    states: [\(states[rule % states.count])]\n" }
            if scopeRoll >= 40 && scopeRoll < 50 { out += "    effective_from: 2024-0\(1 + rule % 9)-01\n" }
            if scopeRoll >= 45 && scopeRoll < 48 { out += "    effective_until: 2027-01-01\n" }
            if scopeRoll >= 50 && scopeRoll < 60 && requirement != "not-required" { out += "    vendor: review-co\n    program: imaging\n" }
            if scopeRoll >= 60 && scopeRoll < 65 { out += "    how_to_submit: Through the provider portal or by fax.\n" }
            out += "    source: \(base)/rules/\(rule)\n"
        }
        out += """
            unlisted_codes:
              - meaning: unknown
                source: \(base)/prior-authorization
            retro_authorization:
              - accepted: true
                window: {length: \(3 + index % 12), unit: business-days}
                anchor: date-of-service
                after_window: appeal
                policy: A retro request is accepted within the window after the date of service.
                lines_of_business: [commercial, medicaid]
                source: \(base)/retro
              - accepted: false
                policy: Medicare Advantage does not accept retro-authorization.
                lines_of_business: [medicare-advantage]
                source: \(base)/retro
            decision_timeframes:
              - standard: {length: 15, unit: calendar-days}
                expedited: {length: 72, unit: hours}
                source: \(base)/timeframes
            timely_filing:
              - limit: {length: 90, unit: calendar-days}
                network: participating
                source: \(base)/filing

            """
        return (out, entries, covered)
    }

    private static func range(_ low: String, _ high: String, _ width: Int) -> String { width == 1 ? low : "\(low)-\(high)" }
    private static func four(_ number: Int) -> String { String(format: "%04d", number) }
}
