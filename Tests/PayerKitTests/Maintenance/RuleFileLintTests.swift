import Testing
@testable import PayerKit
@testable import PayerKitMaintenance

@Suite("Lint of a rule file's text: template leftovers and impossible numbers")
struct RuleFileLintTests {
    @Test("numbers whose area code or exchange starts with 0 or 1, or whose area code is N11, cannot exist", arguments: [
        ("800-367-4421", nil), ("212-736-5000", nil), ("888-632-3862", nil),
        ("080-367-4421", "the area code 080 starts with 0"), ("180-367-4421", "the area code 180 starts with 1"),
        ("911-367-4421", "911 is a service code (N11), not an area code"),
        ("800-067-4421", "the exchange 067 starts with 0"), ("800-167-4421", "the exchange 167 starts with 1"),
    ] as [(String, String?)])
    func numbers(number: String, problem: String?) {
        #expect(RuleFileLint.problem(with: number) == problem)
    }

    @Test("phones and faxes are checked in block and flow entries, quoted or not; other numbers are left alone")
    func placesChecked() {
        let text = """
            contacts:
              - purpose: claims
                phone: "800-067-4421"
              - {purpose: eligibility, fax: 100-367-4421, source: https://www.acmehealth.test/c}
            notes: Call 800-067-4421 only after 5 p.m.

            """
        #expect(RuleFileLint.diagnostics(in: text, file: "acme.yaml").map(\.description) == [
            "acme.yaml:3:13: error: phone 800-067-4421 cannot be a North American number: the exchange 067 starts with 0; copy the number the payer publishes",
            "acme.yaml:4:33: error: fax 100-367-4421 cannot be a North American number: the area code 100 starts with 1; copy the number the payer publishes",
        ])
    }

    @Test("the shipped rules have no template leftover and no impossible number")
    func shippedRules() throws {
        let knowledgeBase = try PayerKnowledgeBase.loadBundled()
        #expect(knowledgeBase.files.flatMap(RuleFileLint.diagnostics(forFile:)).map(\.description) == [])
        #expect(knowledgeBase.files.count >= 10)
    }
}
