import Foundation
import Testing

/// `--billed-with`: rules that apply only to a pairing of codes on one claim.
extension CLITests {
    func headline(_ arguments: String...) throws -> String {
        let run = try payer(Array(arguments) + ["--date", "2026-01-01", "--setting", "HOPD", "--state", "KY", "--today", "2026-11-29"])
        #expect(run.status == 0, "\(run.err)")
        return String(run.out.split(separator: "\n").first ?? "")
    }

    @Test("the drug of a pairing rule answers CONDITIONAL naming the pairing; --billed-with settles it either way")
    func drugOfAPairing() throws {
        #expect(try headline("auth", "medicare-ffs", "J0585")
            == "J0585  CONDITIONAL: only when billed with 64612, 64615 (Botulinum toxin injections)  — Medicare Fee-for-Service, date of service 2026-01-01")
        #expect(try headline("auth", "medicare-ffs", "J0585", "--billed-with", "64612").hasPrefix("J0585  REQUIRED  — "))
        #expect(try headline("auth", "medicare-ffs", "J0587", "--billed-with", "20610,64615").hasPrefix("J0587  REQUIRED  — "))
        #expect(try headline("auth", "medicare-ffs", "J0585", "--billed-with", "20610").hasPrefix("J0585  UNKNOWN  — "))
    }

    @Test("the administration code of a pairing rule: CONDITIONAL without --billed-with, REQUIRED with the drug")
    func administrationCode() throws {
        #expect(try headline("auth", "medicare-ffs", "64612").hasPrefix("64612  CONDITIONAL: only when billed with J0585-J0588  — "))
        #expect(try headline("auth", "medicare-ffs", "64612", "--billed-with", "J0586").hasPrefix("64612  REQUIRED  — "))
        #expect(try headline("auth", "medicare-ffs", "64612", "--billed-with", "J0586", "--billed-with", "J9999").hasPrefix("64612  REQUIRED  — "))
        let checklist = try payer(["checklist", "medicare-ffs", "64612", "--billed-with", "J0585", "--date", "2026-01-01", "--setting", "22", "--json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(checklist.out.utf8)) as? [String: Any], "\(checklist.err)")
        #expect(object["verdict"] as? String == "required")
        let bad = try payer(["auth", "medicare-ffs", "64612", "--billed-with", "J05"])
        #expect(bad.status == 64)
        #expect(bad.err.hasPrefix("payer: 'J05' is not a CPT or HCPCS code"))
    }
}
