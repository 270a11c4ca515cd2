import Foundation
import Testing

/// Every accepted and every refused form of a date, setting, line of business and payer, through the real binary.
extension CLITests {
    /// The Medicare OPD facet-joint rule: REQUIRED only in a hospital outpatient department from 2023-07-01.
    func facetJoint(_ extra: String...) throws -> Run {
        try payer(["auth", "medicare-ffs", "64490", "--json", "--today", "2026-11-29"] + extra)
    }

    func payer(_ arguments: [String]) throws -> Run {
        try run(Self.binary, arguments, in: Self.packageRoot)
    }

    func answer(_ run: Run) throws -> [String: Any] {
        let array = try #require(try JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [[String: Any]], "\(run.err)")
        return try #require(array.first)
    }

    @Test("dates: YYYY-MM-DD, MM/DD/YYYY, M/D/YYYY, today, tomorrow (from --today), on --date, --service-date and --today")
    func acceptedDates() throws {
        let forms = ["2026-12-04": "2026-12-04", "12/04/2026": "2026-12-04", "2/3/2026": "2026-02-03", "today": "2026-11-29",
                     "TOMORROW": "2026-11-30", " 2026-1-5 ": "2026-01-05"]
        for (typed, meant) in forms {
            #expect(try answer(try facetJoint("--date", typed))["dateOfService"] as? String == meant, "\(typed)")
        }
        #expect(try answer(try facetJoint("--service-date", "12/04/2026"))["dateOfService"] as? String == "2026-12-04")
        let relative = try payer(["--today", "11/29/2026", "auth", "medicare-ffs", "64490", "--date", "tomorrow", "--json"])
        #expect(try answer(relative)["dateOfService"] as? String == "2026-11-30")
        let retro = try payer(["retro", "medicare", "--date", "11/01/2026", "--as-of", "today", "--today", "2026-11-05", "--json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(retro.out.utf8)) as? [String: Any])
        #expect(object["serviceDate"] as? String == "2026-11-01" && object["asOf"] as? String == "2026-11-05")
    }

    @Test("refused dates say why and what is accepted, one line, exit 64")
    func refusedDates() throws {
        let accepted = "dates are YYYY-MM-DD, MM/DD/YYYY, today or tomorrow"
        let cases = [
            "2026-02-30": "'2026-02-30' is not a date (February 2026 has 28 days): \(accepted)",
            "02/30/2026": "'02/30/2026' is not a date (February 2026 has 28 days): \(accepted)",
            "12/04/26": "'12/04/26' is not a date (write the year with four digits): \(accepted)",
            "13/01/2026": "'13/01/2026' is not a date (there is no month 13; slashed dates are month/day/year): \(accepted)",
            "next week": "'next week' is not a date: \(accepted)",
            "2026-13-01": "'2026-13-01' is not a date (there is no month 13): \(accepted)",
        ]
        for (typed, message) in cases {
            let run = try facetJoint("--date", typed)
            #expect(run.status == 64)
            #expect(run.err == "payer: \(message)\n")
            #expect(run.out.isEmpty)
        }
    }

    @Test("settings by name, abbreviation or place-of-service code")
    func acceptedSettings() throws {
        let required = ["hospital-outpatient", "Hospital Outpatient", "HOPD", "opd", "19", "22", "POS 22", "hospital out"]
        for typed in required {
            let json = try answer(try facetJoint("--date", "2024-01-01", "--setting", typed))
            #expect(json["verdict"] as? String == "required", "\(typed)")
        }
        let elsewhere = ["office", "11", "ASC", "24", "ER", "23", "21", "inpatient", "12", "home", "31", "SNF", "41", "42", "ambulance", "post"]
        for typed in elsewhere {
            let json = try answer(try facetJoint("--date", "2024-01-01", "--setting", typed))
            #expect(json["verdict"] as? String != "required", "\(typed)")
        }
    }

    @Test("refused settings: ambiguous ones name the candidates, unknown ones what is accepted")
    func refusedSettings() throws {
        let ambiguous = try facetJoint("--setting", "amb")
        #expect(ambiguous.status == 64)
        #expect(ambiguous.err == "payer: setting 'amb' is ambiguous: it could be ambulatory-surgical-center or ambulance; type one of them\n")
        for typed in ["99", "hospital", "outpatient", "xyz"] {
            let run = try facetJoint("--setting", typed)
            #expect(run.status == 64, "\(typed)")
            #expect(run.err.hasPrefix("payer: ") && !run.err.contains("Usage") && run.err.split(separator: "\n").count == 1, "\(typed)")
        }
        #expect(try facetJoint("--setting", "99").err.contains("'99' is not a setting: give a setting (inpatient, post-acute"))
        #expect(try facetJoint("--setting", "hospital").err == "payer: setting 'hospital' is ambiguous: it could be inpatient or hospital-outpatient; type one of them\n")
        #expect(try facetJoint("--setting", "outpatient").err.contains("it could be hospital-outpatient or ambulatory-surgical-center or office"))
    }

    @Test("lines of business by name or abbreviation; 'medicare' alone is ambiguous")
    func linesOfBusiness() throws {
        for typed in ["medicare-ffs", "FFS", "Original Medicare", "medicare ffs", "traditional medicare"] {
            #expect(try facetJoint("--line-of-business", typed).status == 0, "\(typed)")
        }
        let served = try payer(["auth", "aetna", "70553", "--line-of-business", "MA", "--json", "--today", "2026-11-29"])
        #expect(served.status == 0, "\(served.err)")
        #expect(try payer(["auth", "aetna", "70553", "--line-of-business", "commercial", "--json"]).status == 0)
        let medicaid = try payer(["auth", "aetna", "70553", "--line-of-business", "Medicaid"])
        #expect(medicaid.status == 64)
        #expect(medicaid.err.hasPrefix("payer: Aetna has no medicaid line of business in PayerRules; it serves "))
        let ambiguous = try facetJoint("--line-of-business", "medicare")
        #expect(ambiguous.status == 64)
        #expect(ambiguous.err == "payer: line of business 'medicare' is ambiguous: it could be medicare-advantage or medicare-ffs; type one of them\n")
        let unknown = try facetJoint("--line-of-business", "vision")
        #expect(unknown.err == "payer: 'vision' is not a line of business: give a line of business (commercial, medicare-advantage, medicare-ffs, medicaid, chip, marketplace) or an abbreviation (MA, FFS, Medicaid, commercial, ACA)\n")
        let network = try facetJoint("--network", "maybe")
        #expect(network.status == 64)
        #expect(network.err.hasPrefix("payer: 'maybe' is not a network status: give participating"))
    }

    @Test("payers by id, alias, name, prefix or word; several matches are listed; list shows aliases")
    func payers() throws {
        let found = ["united": "unitedhealthcare", "kaiser": "kaiser-washington", "priority": "priority-health",
                     "Original Medicare": "medicare-ffs", "blue cross texas": "bcbs-texas", "AETNA": "aetna", "aet": "aetna"]
        for (typed, id) in found {
            let run = try payer(["contact", typed, "--json"])
            let object = try #require(try JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [String: Any], "\(typed): \(run.err)")
            #expect((object["payer"] as? [String: Any])?["id"] as? String == id, "\(typed)")
        }
        let several = try payer(["auth", "bcbs", "70553"])
        #expect(several.status == 64)
        #expect(several.err == "payer: payer 'bcbs' is ambiguous: it could be 'bcbs-illinois', 'bcbs-texas'; type one of these ids\n")
        let none = try payer(["auth", "zzzz", "70553"])
        #expect(none.status == 64)
        #expect(none.err == "payer: unknown payer 'zzzz'; run 'payer list' to see every payer\n")
        let list = try payer(["list"])
        #expect(list.out.contains("medicare-ffs: Medicare Fee-for-Service — medicare-ffs; last verified "))
        #expect(list.out.contains("  also: Medicare, Medicare FFS, Medicare Part A, Medicare Part B, Original Medicare, Traditional Medicare"))
    }

    @Test("ArgumentParser's own refusals are one 'payer:' line, exit 64, no usage")
    func parserRefusals() throws {
        for arguments in [["auth", "aetna"], ["auth", "aetna", "70553", "--bogus"], ["auth", "aetna", "70553", "--max-age", "x"], ["retro", "aetna"]] {
            let run = try payer(arguments)
            #expect(run.status == 64, "\(arguments)")
            #expect(run.err.hasPrefix("payer: ") && run.err.hasSuffix("; see 'payer help'\n"), "\(arguments): \(run.err)")
            #expect(!run.err.contains("Usage") && !run.err.contains("Error:"), "\(arguments)")
        }
    }
}
