import Foundation
import Testing

/// `payer batch`: a CSV of questions in, one answer per row out.
extension CLITests {
    func batch(_ csv: String, _ arguments: String...) throws -> Run {
        let file = try fixture(["schedule.csv": csv]).appendingPathComponent("schedule.csv")
        return try payer(["batch", file.path, "--today", "2026-11-29"] + arguments)
    }

    static let schedule = #"""
        Patient Name,MRN,payer,Code,Date of Service,Line of Business,State,Member State,Setting,Billed With
        "Doe, Jane",MRN-0001,medicare,64490,2024-01-01,,KY,,22,
        "Roe, ""Rick""",MRN-0002,aetna,70553,12/04/2026,MA,MI,,,
        Secret Person,MRN-0003,zzzz,70553,2026-01-01,,,,,
        Other Secret,MRN-0004,medicare,7055,2026-01-01,,,,,
        Third Secret,MRN-0005,medicare,64490,2026-02-30,,,,,
        Fourth Secret,MRN-0006,medicare,J0585,2026-01-01,FFS,KY,,HOPD,64612
        Fifth Secret,MRN-0007,medicare,K0856,2026-01-01,,TX,TX,home,

        """#

    @Test("each row gets verdict, condition, call, source and stale; other columns pass through unchanged")
    func batchAnswers() throws {
        let run = try batch(Self.schedule)
        let records = run.out.split(separator: "\n").map(String.init)
        #expect(records.first == "Patient Name,MRN,payer,Code,Date of Service,Line of Business,State,Member State,Setting,Billed With,verdict,condition,call,source,stale,error")
        #expect(records.count == 8)
        #expect(records[1].hasPrefix("\"Doe, Jane\",MRN-0001,medicare,64490,2024-01-01,,KY,,22,,required,,\"Prior authorization — CGS Jurisdiction 15 Part A, hospital outpatient prior authorization requests (fax): fax 615-782-4486\",https://med.noridianmedicare.com/"))
        #expect(records[1].hasSuffix(",no,"))
        #expect(records[2].hasPrefix("\"Roe, \"\"Rick\"\"\",MRN-0002,aetna,70553,12/04/2026,MA,MI,,,,unknown,"))
        #expect(records[6].contains(",required,,\"Prior authorization — CGS Jurisdiction 15 Part A"))
        #expect(records[7].contains(",required,,\"Prior authorization — CGS DME MAC Jurisdiction C"))
    }

    @Test("bad rows are reported by row number, answered as errors, never echo other columns; the rest are answered; exit 65")
    func batchBadRows() throws {
        let run = try batch(Self.schedule)
        #expect(run.status == 65)
        #expect(run.err == """
            payer: row 4: unknown payer 'zzzz'; run 'payer list' to see every payer
            payer: row 5: '7055' is not a CPT or HCPCS code: expected 5 digits (CPT Category I, e.g. 70553), 4 digits + F, T, U or M (CPT Category II, III, PLA or MAAA, e.g. 3074F, 0042T, 0001U, 0004M), or a letter + 4 digits (HCPCS Level II, e.g. K0856)
            payer: row 6: '2026-02-30' is not a date (February 2026 has 28 days): dates are YYYY-MM-DD, MM/DD/YYYY, today or tomorrow

            """)
        #expect(!run.err.contains("Secret") && !run.err.contains("MRN"))
        let records = run.out.split(separator: "\n").map(String.init)
        #expect(records[3].hasPrefix("Secret Person,MRN-0003,zzzz,70553,2026-01-01,,,,,,error,,,,,unknown payer 'zzzz'"))
        let clean = try batch("payer,code,date\nmedicare,64490,2024-01-01\n")
        #expect(clean.status == 0 && clean.err.isEmpty)
        let noColumns = try batch("name,mrn\nx,y\n")
        #expect(noColumns.status == 64)
        #expect(noColumns.err == "payer: the CSV header needs a payer and a code column (and date; optional: line of business, plan, state, member state, setting, billed with)\n")
    }

    @Test("--json: rows with their row number, columns, answer and the rules location; - reads standard input")
    func batchJSON() throws {
        let file = try fixture(["s.csv": Self.schedule]).appendingPathComponent("s.csv")
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = ["batch", "-", "--json", "--today", "2026-11-29"]
        process.currentDirectoryURL = Self.packageRoot
        process.standardInput = try FileHandle(forReadingFrom: file)
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let rows = try #require(object["rows"] as? [[String: Any]])
        #expect(rows.count == 7)
        #expect(rows[0]["row"] as? Int == 2 && rows[0]["verdict"] as? String == "required" && rows[0]["stale"] as? Bool == false)
        #expect((rows[0]["columns"] as? [String: String])?["Patient Name"] == "Doe, Jane")
        #expect(rows[2]["verdict"] as? String == "error")
        #expect((object["rulesLocation"] as? [String: String])?["from"] == "working-directory")
    }

    @Test("10,000 rows are all answered")
    func batchTenThousand() throws {
        let lines = (0..<10_000).map { index in
            ["medicare,64490,2024-01-01,KY,22", "aetna,70553,12/04/2026,MI,office", "medicare,K0856,2026-01-01,TX,home", "cigna,72148,today,TX,ASC"][index % 4]
        }
        let run = try batch("payer,code,date,state,setting\n" + lines.joined(separator: "\n") + "\n")
        #expect(run.status == 0, "\(run.err)")
        #expect(run.out.split(separator: "\n").count == 10_001)
    }
}
