import Foundation
import Testing

/// Runs `payer timeline` against a fixture rule directory and the shipped rules.
@Suite("payer timeline")
struct TimelineCommandTests {
    static let rules = """
        schema_version: 2
        id: acme
        name: Acme Health
        lines_of_business: [commercial, medicaid]
        last_verified: 2026-11-01
        sources: [https://example.com/acme]
        contacts:
          - purpose: claims
            phone: 800-555-0102
            source: https://example.com/claims
        retro_authorization:
          - accepted: true
            window: {length: 14, unit: calendar-days}
            anchor: date-of-service
            after_window: appeal
            lines_of_business: [commercial]
            settings: [office]
            policy: Retro requests within 14 days of the date of service.
            source: https://example.com/retro
          - accepted: true
            window: {length: 3, unit: business-days}
            anchor: admission
            lines_of_business: [commercial]
            settings: [inpatient]
            policy: Inpatient admissions must be notified within 3 business days.
            source: https://example.com/inpatient
          - accepted: false
            lines_of_business: [medicaid]
            policy: Medicaid does not accept retro-authorization.
            source: https://example.com/medicaid-retro
        timely_filing:
          - limit: {length: 90, unit: calendar-days}
            anchor: date-of-service
            lines_of_business: [commercial, medicaid]
            settings: [office]
            source: https://example.com/filing
          - limit: {length: 180, unit: calendar-days}
            anchor: discharge
            lines_of_business: [commercial]
            settings: [inpatient]
            source: https://example.com/filing-inpatient
        appeals:
          - level: Reconsideration
            window: {length: 180, unit: calendar-days}
            anchor: denial-notice
            source: https://example.com/appeals
          - level: Plan redetermination
            window: {length: 120, unit: calendar-days}
            anchor: initial-determination-receipt
            presumed_receipt: {length: 5, unit: calendar-days}
            lines_of_business: [commercial]
            settings: [inpatient]
            source: https://example.com/redetermination
        """

    struct Run {
        let status: Int32
        let out: String
        let err: String
    }

    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let directory: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("payer-timeline-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        try! rules.write(to: url.appendingPathComponent("acme.yaml"), atomically: true, encoding: .utf8)
        return url
    }()

    func payer(_ arguments: String..., shipped: Bool = false) throws -> Run {
        let process = Process()
        process.executableURL = CLITests.binary
        process.arguments = arguments + ["--rules", shipped ? Self.packageRoot.appendingPathComponent("PayerRules").path : Self.directory.path]
        process.environment = ["PATH": "/usr/bin:/bin", "NO_COLOR": "1"]
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, out: String(decoding: outData, as: UTF8.self), err: String(decoding: errData, as: UTF8.self))
    }

    func json(_ run: Run) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [String: Any])
    }

    func steps(_ run: Run) throws -> [[String: Any]] {
        try #require(try json(run)["steps"] as? [[String: Any]])
    }

    /// Every line fits 80 columns, except one that is a single long URL.
    func fitsEightyColumns(_ text: String) -> Bool {
        text.split(separator: "\n").allSatisfy { line in
            line.count <= 80 || line.split(separator: " ").contains { $0.count > 60 && $0.contains("://") }
        }
    }

    @Test("each anchor from its own option: the admission date for the inpatient retro window, the discharge date for filing")
    func anchors() throws {
        let run = try payer("timeline", "acme", "--line-of-business", "commercial", "--setting", "inpatient",
                            "--service-date", "2026-11-02", "--admission-date", "2026-11-02", "--discharge-date", "2026-11-20",
                            "--initial-determination-date", "2026-12-01", "--denial-date", "2026-12-01", "--as-of", "2026-11-04", "--json")
        #expect(run.status == 0, "\(run.err)")
        let byKind = Dictionary(try steps(run).map { ($0["title"] as! String, $0) }, uniquingKeysWith: { first, _ in first })
        #expect(byKind["Retro-authorization request"]?["deadline"] as? String == "2026-11-05")
        #expect(byKind["Claim filing (timely filing)"]?["deadline"] as? String == "2027-05-19")
        #expect(byKind["Plan redetermination"]?["deadline"] as? String == "2027-04-05")
        #expect(byKind["Reconsideration"]?["deadline"] as? String == "2027-05-30")
        #expect(byKind["Reconsideration"]?["window"] as? String == "180 calendar days from the denial (remittance) notice date (2026-12-01)")
    }

    @Test("a missing anchor: the step needs a date and the text names the option that gives it")
    func missingAnchor() throws {
        let run = try payer("timeline", "acme", "--line-of-business", "commercial", "--setting", "inpatient",
                            "--service-date", "2026-11-02", "--as-of", "2026-11-04")
        #expect(run.status == 0, "\(run.err)")
        #expect(run.out.contains("NEEDS A DATE Retro-authorization request"))
        #expect(run.out.contains("needs the admission date: give --admission-date"))
        #expect(run.out.contains("needs the discharge date: give --discharge-date"))
        #expect(run.out.contains("Nothing is open as of 2026-11-04."))
        let json = try steps(try payer("timeline", "acme", "--line-of-business", "commercial", "--setting", "inpatient",
                                       "--service-date", "2026-11-02", "--as-of", "2026-11-04", "--json"))
        #expect(json.first { $0["kind"] as? String == "retro-authorization" }?["needsDate"] as? String == "admission")
    }

    @Test("a business-day window over Thanksgiving and the weekend; a calendar-day window that ends on a Saturday")
    func weekendAndHoliday() throws {
        let inpatient = try payer("timeline", "acme", "--line-of-business", "commercial", "--setting", "inpatient",
                                  "--service-date", "2026-11-25", "--admission-date", "2026-11-25", "--as-of", "2026-11-27")
        #expect(inpatient.out.contains("2026-12-01 Tue Retro-authorization request, 4 days left"))
        let office = try payer("timeline", "acme", "--line-of-business", "commercial", "--setting", "office",
                               "--service-date", "2026-11-14", "--as-of", "2026-11-28")
        #expect(office.out.contains("2026-11-28 Sat Retro-authorization request, last day today"))
    }

    @Test("retro closed but the appeal open: the screen lists the appeal with its deadline and source")
    func retroClosedAppealOpen() throws {
        let run = try payer("timeline", "acme", "--line-of-business", "commercial", "--setting", "office",
                            "--service-date", "2026-09-01", "--denial-date", "2026-10-15", "--as-of", "2026-11-01")
        #expect(run.status == 0, "\(run.err)")
        #expect(run.out.contains("CLOSED Retro-authorization request"))
        #expect(run.out.contains("closed: the last day was 2026-09-15 Tue"))
        #expect(run.out.contains("  2027-04-13 Tue Reconsideration, 163 days left"))
        #expect(run.out.contains("source: https://example.com/appeals"))
        #expect(!run.out.contains("What remains"))
        #expect(fitsEightyColumns(run.out))
    }

    @Test("every window closed: the last step is a write-off unless the contract says otherwise")
    func everyWindowClosed() throws {
        let run = try payer("timeline", "acme", "--line-of-business", "medicaid", "--service-date", "2026-01-05",
                            "--denial-date", "2026-02-01", "--as-of", "2027-01-04", "--json")
        #expect(run.status == 0, "\(run.err)")
        let all = try steps(run)
        #expect(all.last?["kind"] as? String == "remaining")
        #expect((all.last?["summary"] as? String)?.hasPrefix("Write-off unless the contract says otherwise") == true)
        #expect(try json(run)["open"] as? [Int] == [])
        #expect(!run.out.lowercased().contains("patient responsib"))
    }

    @Test("markdown for a ticket, and refused input: a discharge before the admission, an unknown option value")
    func markdownAndRefusals() throws {
        let markdown = try payer("timeline", "acme", "--line-of-business", "commercial", "--setting", "office",
                                 "--service-date", "2026-09-01", "--as-of", "2026-09-03", "--format", "markdown")
        #expect(markdown.out.hasPrefix("## Timeline — Acme Health: service 2026-09-01, as of 2026-09-03"))
        #expect(markdown.out.contains("### Whom to call\n\n- Claims: phone 800-555-0102"))
        #expect(markdown.out.contains("### Retro-authorization request: OPEN"))
        #expect(markdown.out.contains("- Source: <https://example.com/retro>"))
        let backwards = try payer("timeline", "acme", "--service-date", "2026-11-02", "--admission-date", "2026-11-05",
                                  "--discharge-date", "2026-11-01", "--as-of", "2026-12-01")
        #expect(backwards.status == 64)
        #expect(backwards.err.contains("'2026-11-01' is not a discharge date (it is before the admission date 2026-11-05)"))
        #expect(try payer("timeline", "acme", "--service-date", "2026-13-01").status == 64)
    }

    @Test("shipped rules: Original Medicare's redetermination counts 120 days from the presumed receipt, in 80 columns")
    func shippedMedicare() throws {
        let run = try payer("timeline", "medicare-ffs", "--code", "64490", "--setting", "hospital-outpatient",
                            "--service-date", "2026-03-02", "--initial-determination-date", "2026-04-01", "--as-of", "2026-06-01",
                            shipped: true)
        #expect(run.status == 0, "\(run.err)")
        #expect(run.out.contains("2026-08-04 Tue Redetermination, 64 days left"))
        #expect(run.out.contains("NOT OFFERED Retro-authorization request"))
        #expect(run.out.contains("An appeal will not cure a missing prior authorization"))
        #expect(run.out.contains("A non-affirmed prior authorization request is not appealed"))
        #expect(fitsEightyColumns(run.out))
    }

    @Test("shipped rules: a Medicare Advantage plan's published appeal window, by network status")
    func shippedMedicareAdvantage() throws {
        let run = try payer("timeline", "humana", "--line-of-business", "medicare-advantage", "--network", "non-participating",
                            "--service-date", "2026-06-01", "--denial-date", "2026-08-14", "--as-of", "2026-10-01", "--json",
                            shipped: true)
        #expect(run.status == 0, "\(run.err)")
        let appeal = try steps(run).first { $0["title"] as? String == "Claim appeal by a nonparticipating provider (Medicare Advantage)" }
        #expect(appeal?["status"] as? String == "open")
        #expect(appeal?["deadline"] as? String == "2026-10-13")
        #expect(appeal?["daysLeft"] as? Int == 12)
        #expect(((appeal?["sources"] as? [[String: Any]])?.first?["file"] as? String)?.hasSuffix("humana.yaml") == true)
    }
}
