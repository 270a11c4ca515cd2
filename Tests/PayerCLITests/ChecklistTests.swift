import Foundation
import Testing

/// The filing checklist: the answer in brief, what the request needs, then what to record.
extension CLITests {
    @Test("the checklist lists the request's needs, the rule's documentation only as the rule's, and what to record")
    func checklistSections() throws {
        let rules = try fixture(["acme.yaml": Self.acme])
        let run = try payer("checklist", "acme", "70553", "--date", "2026-11-20", "--setting", "11", "--rules", rules.path, "--today", "2026-11-21")
        #expect(run.status == 0)
        let text = run.out
        #expect(text.contains("""
            The request needs:
            [ ] Member ID and group number: ________________
            [ ] Ordering and rendering provider NPI and TIN: ________________
            [ ] ICD-10-CM diagnosis codes: ________________
            [ ] CPT/HCPCS code and units: 70553, units ____
            [ ] Site of service: office
            [ ] Documentation: clinical notes (per the rule)

            To record:
            [ ] Submission date: ________________
            [ ] Method (portal / phone / fax): ________________
            [ ] Reference number: ________________
            [ ] Decision date: ________________
            [ ] Approved units or sessions: ________________
            [ ] Valid from: ________________
            [ ] Valid to: ________________
            """))
        #expect(text.contains("Call or fax: Prior authorization: phone 800-555-0101, fax 800-555-0102"))
        #expect(!text.contains("UTN"), "the UTN is Original Medicare's")
    }

    @Test("--approved-on computes the approval's validity from the rule; Original Medicare's UTN is asked for")
    func checklistApprovedOn() throws {
        let run = try payer("checklist", "medicare", "64490", "--setting", "HOPD", "--state", "KY", "--date", "2026-01-10",
                            "--approved-on", "01/05/2026", "--today", "2026-11-29")
        #expect(run.status == 0, "\(run.err)")
        #expect(run.out.contains("Approval valid for: 120 calendar days"))
        #expect(run.out.contains("[ ] Decision date: 2026-01-05\n"))
        #expect(run.out.contains("[ ] Valid from: 2026-01-05\n[ ] Valid to: 2026-05-05 (120 calendar days from the decision)\n"))
        #expect(run.out.contains("[ ] UTN from the decision letter, to put on the claim"))
        #expect(run.out.contains("[ ] Reference number (UTN)"))
        let json = try payer(["checklist", "medicare", "K0856", "--member-state", "TX", "--date", "2026-01-10", "--approved-on", "2026-01-12", "--json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any], "\(json.err)")
        let record = try #require(object["record"] as? [[String: Any]])
        #expect(record.first { $0["label"] as? String == "Valid to" }?["value"] as? String == "2026-07-12 (6 months from the decision)")
        #expect((object["request"] as? [[String: Any]])?.isEmpty == false)
        let unknown = try payer("checklist", "aetna", "70553", "--today", "2026-11-29")
        #expect(unknown.out.contains("[ ] Clinical documentation: no rule in PayerRules lists it for this code; ask the payer what to send"))
        #expect(unknown.out.components(separatedBy: "UNKNOWN").count == 2, "unknown said once")
    }
}
