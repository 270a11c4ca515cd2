import Foundation
import Testing

/// Whom to call: the delegated vendor's line, else the prior-authorization line for the scope, the general line last;
/// lines and facts limited to what the question left open are labelled with that scope and its option.
extension CLITests {
    static let routed = """
        schema_version: 2
        id: routed
        name: Routed Health
        lines_of_business: [commercial, medicare-advantage]
        last_verified: 2026-11-01
        sources: [https://example.com/routed]
        vendors:
          - {id: evicore, name: eviCore healthcare, programs: [imaging], source: https://example.com/evicore}
        contacts:
          - purpose: provider-services
            name: General line
            phone: 800-555-0100
            source: https://example.com/general
          - purpose: prior-authorization
            name: Commercial precertification
            phone: 800-555-0200
            lines_of_business: [commercial]
            source: https://example.com/pa-commercial
          - purpose: prior-authorization
            name: Medicare Advantage precertification
            phone: 800-555-0300
            lines_of_business: [medicare-advantage]
            source: https://example.com/pa-ma
          - purpose: review-vendor
            name: eviCore for Routed Medicare Advantage, Michigan
            vendor: evicore
            phone: 800-555-0400
            lines_of_business: [medicare-advantage]
            states: [MI]
            source: https://example.com/evicore-ma
        prior_authorization:
          - category: Advanced imaging
            codes: ["70551-70553"]
            requirement: required
            vendor: evicore
            lines_of_business: [medicare-advantage]
            states: [MI]
            source: https://example.com/imaging
        decision_timeframes:
          - standard: {length: 14, unit: calendar-days}
            lines_of_business: [medicare-advantage]
            source: https://example.com/tf-ma
        """

    func callLines(_ run: Run) -> [String] {
        run.out.split(separator: "\n").map(String.init).filter { $0.hasPrefix("  call: ") || $0.hasPrefix("  also: ") }
    }

    @Test("a vendor-delegated program routes to the vendor's line for that line of business and state, then the payer's")
    func vendorRouting() throws {
        let rules = try fixture(["routed.yaml": Self.routed])
        let run = try payer("auth", "routed", "70553", "--line-of-business", "MA", "--state", "MI", "--date", "2026-11-20", "--rules", rules.path)
        #expect(run.status == 0)
        #expect(run.out.hasPrefix("70553  REQUIRED  — Routed Health"))
        #expect(callLines(run) == [
            "  call: eviCore healthcare — eviCore for Routed Medicare Advantage, Michigan: phone 800-555-0400",
            "  also: Prior authorization — Medicare Advantage precertification: phone 800-555-0300",
            "  also: Provider services — General line: phone 800-555-0100",
        ])
        #expect(run.out.contains("  decision: standard 14 calendar days\n"))
        let json = try answer(try payer("auth", "routed", "70553", "--line-of-business", "MA", "--state", "MI", "--json", "--rules", rules.path))
        #expect((json["contacts"] as? [[String: Any]])?.first?["phone"] as? String == "800-555-0400")
    }

    @Test("a commercial question never gets a line scoped to another line of business; open scope is labelled")
    func scopedRouting() throws {
        let rules = try fixture(["routed.yaml": Self.routed])
        let commercial = try payer("retro", "routed", "--date", "2026-11-01", "--line-of-business", "commercial", "--rules", rules.path)
        #expect(callLines(commercial) == [
            "  call: Prior authorization — Commercial precertification: phone 800-555-0200",
            "  also: Provider services — General line: phone 800-555-0100",
        ])
        let open = try payer("auth", "routed", "99213", "--date", "2026-11-20", "--rules", rules.path)
        #expect(callLines(open) == [
            "  call: Prior authorization — Commercial precertification: phone 800-555-0200 [only for commercial members (--line-of-business)]",
            "  also: Prior authorization — Medicare Advantage precertification: phone 800-555-0300 [only for Medicare Advantage members (--line-of-business)]",
            "  also: Provider services — General line: phone 800-555-0100",
        ])
        #expect(open.out.contains("""
              if the service is in a review vendor's program (see 'payer contact routed'):
                eviCore healthcare — eviCore for Routed Medicare Advantage, Michigan: phone 800-555-0400 [only for Medicare Advantage members (--line-of-business), for services in MI (--state)]
            """))
        #expect(open.out.contains("  decision: standard 14 calendar days [only for Medicare Advantage members (--line-of-business)]"))
        let commercialAuth = try payer("auth", "routed", "70553", "--line-of-business", "commercial", "--date", "2026-11-20", "--rules", rules.path)
        #expect(!commercialAuth.out.contains("800-555-0400") && !commercialAuth.out.contains("800-555-0300") && !commercialAuth.out.contains("decision:"))
    }

    @Test("Original Medicare: the A/B MAC for the state of service, the DME MAC for the member's state, per program")
    func medicareRouting() throws {
        let opd = try payer(["auth", "medicare", "64490", "--date", "2024-01-01", "--setting", "HOPD", "--state", "KY"])
        #expect(callLines(opd).first == "  call: Prior authorization — CGS Jurisdiction 15 Part A, hospital outpatient prior authorization requests (fax): fax 615-782-4486")
        #expect(callLines(opd).contains("  also: Provider services — CGS Jurisdiction 15 Part A customer service: phone 866-590-6703"))
        let ngs = try payer(["auth", "medicare", "64490", "--date", "2024-01-01", "--setting", "22", "--state", "WI"])
        #expect(callLines(ngs).first == "  call: Prior authorization — National Government Services Jurisdiction 6, hospital outpatient prior authorization requests (fax): fax 317-841-4528")
        #expect(!ngs.out.contains("615-782-4486"), "never another jurisdiction's line")
        let dme = try payer(["auth", "medicare", "K0856", "--date", "2026-01-01", "--member-state", "TX", "--state", "TX"])
        #expect(callLines(dme).first == "  call: Prior authorization — CGS DME MAC Jurisdiction C, condition-of-payment prior authorization requests (fax, as published in 2017): fax 615-664-5960")
        #expect(!dme.out.contains("hospital outpatient prior authorization"), "no OPD line for a DMEPOS question")
        let open = try payer(["auth", "medicare", "64490", "--date", "2024-01-01", "--setting", "HOPD"])
        #expect(callLines(open).first == "  call: 10 lines depend on the state where the service is furnished: give --state (PayerRules has lines for AK, AL, AS, AZ, CA, CT, GA, GU, HI, IA, ID, IL, IN, KS, KY, MA, ME, MI, MN, MO, MP, MT, NC, ND, NE, NH, NV, NY, OH, OR, RI, SC, SD, TN, UT, VA, VT, WA, WI, WV, WY)")
        #expect(!open.out.contains("member's ID card"))
    }

    @Test("Aetna Medicare Advantage in Michigan names eviCore's line for its delegated programs")
    func aetnaVendorLine() throws {
        let run = try payer(["auth", "aetna", "70553", "--line-of-business", "MA", "--state", "MI", "--today", "2026-11-29"])
        #expect(run.out.contains("  if the service is in a review vendor's program (see 'payer contact aetna'):\n    eviCore healthcare for Aetna Medicare Advantage: phone 888-693-3211, fax 888-693-3210\n"))
        #expect(callLines(run).first?.hasPrefix("  call: Prior authorization — Aetna Medicare Precertification Unit") == true)
        let texas = try payer(["auth", "aetna", "70553", "--line-of-business", "MA", "--state", "TX", "--today", "2026-11-29"])
        #expect(!texas.out.contains("888-693-3211"), "eviCore's Aetna MA line serves other states")
    }
}
