import Foundation
import Testing

/// Text that fits the terminal and reads as words.
extension CLITests {
    @Test("with COLUMNS=80 every line of every text answer is at most 80 columns; piped without COLUMNS nothing wraps")
    func eightyColumns() throws {
        let commands: [[String]] = [
            ["auth", "medicare", "64490", "K0856", "--date", "2024-01-01"],
            ["auth", "aetna", "70553", "--line-of-business", "MA", "--state", "MI"],
            ["auth", "cigna", "72148"],
            ["retro", "priority", "--date", "2026-11-01", "--today", "2026-11-03"],
            ["retro", "medicare", "--date", "2026-11-01", "--today", "2026-11-03"],
            ["checklist", "medicare", "K0856", "--date", "2026-01-01"],
            ["checklist", "aetna", "70553", "--format", "markdown"],
            ["contact", "aetna"], ["contact", "medicare"], ["list"],
        ]
        for arguments in commands {
            let wrapped = try run(Self.binary, arguments + ["--today", "2026-11-29"], environment: ["COLUMNS": "80"], in: Self.packageRoot)
            #expect(wrapped.status == 0, "\(arguments): \(wrapped.err)")
            for line in wrapped.out.split(separator: "\n") {
                #expect(line.count <= 80, "\(arguments): \(line.count) columns: \(line)")
            }
        }
        let piped = try payer("auth", "medicare", "64490", "--date", "2024-01-01", "--today", "2026-11-29")
        #expect(piped.out.split(separator: "\n").contains { $0.count > 80 }, "no wrapping without COLUMNS when piped")
    }

    @Test("a scope condition is named positively with its option; identical situations are merged")
    func positiveConditions() throws {
        let run = try payer("auth", "medicare", "64490", "--date", "2024-01-01", "--today", "2026-11-29")
        #expect(run.out.contains("  - REQUIRED only in a hospital outpatient department (--setting): Facet joint interventions\n  - UNKNOWN otherwise\n"))
        #expect(!run.out.contains("none of") && !run.out.contains("is not"))
        let retro = try payer("retro", "priority", "--date", "2026-11-01", "--today", "2026-11-03", "--line-of-business", "commercial")
        #expect(retro.out.contains("  - only as an inpatient or in a post-acute facility (--setting): retro-authorization accepted within 90 calendar days of the admission date"))
        #expect(retro.out.contains("  - otherwise: unknown: PayerRules has no retro-authorization policy"))
        let checklist = try payer("checklist", "priority", "99213", "--date", "2026-11-01", "--today", "2026-11-03", "--line-of-business", "commercial")
        let retroLine = try #require(checklist.out.split(separator: "\n").first { $0.hasPrefix("Retro option if missed") })
        #expect(retroLine.components(separatedBy: "unknown").count == 2, "the unknown situation once: \(retroLine)")
    }
}
