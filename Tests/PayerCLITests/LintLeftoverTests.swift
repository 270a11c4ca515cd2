import Foundation
import Testing

extension CLITests {
    /// A fixture with the template's reserved hosts and numbers replaced by realistic-looking ones, for tests that
    /// need lint to pass (lint refuses example.com hosts and 555-01xx numbers).
    static func withoutTemplateValues(_ yaml: String) -> String {
        yaml.replacingOccurrences(of: "https://example.com", with: "https://www.acmehealth.test")
            .replacingOccurrences(of: "800-555-01", with: "800-367-44")
    }

    @Test("lint refuses template leftovers and numbers that cannot be North American, each at its line and column")
    func lintLeftoversAndNumbers() throws {
        let yaml = Self.withoutTemplateValues(Self.acme)
            .replacingOccurrences(of: "phone: 800-367-4401", with: "phone: 800-055-0101")
            .replacingOccurrences(of: "fax: 800-367-4402", with: "fax: 800-555-0102")
            .replacingOccurrences(of: "name: Acme Health", with: "name: Example Health Plan")
        let rules = try fixture(["acme.yaml": yaml])
        let lint = try payer("lint", "--rules", rules.path)
        #expect(lint.status == 1)
        #expect(lint.out == """
            \(rules.path)/acme.yaml:3:7: error: an 'Example' name is left from the template; use the payer's own names
            \(rules.path)/acme.yaml:10:12: error: phone 800-055-0101 cannot be a North American number: the exchange 055 starts with 0; copy the number the payer publishes
            \(rules.path)/acme.yaml:11:10: error: 800-555-0102 is a reserved 555-01xx number from the template; use the number the payer publishes
            1 files, 1 payers loaded: 3 errors, 0 warnings

            """)
        #expect(try payer("lint", "--rules", try fixture(["acme.yaml": Self.withoutTemplateValues(Self.acme)]).path).status == 0)
    }
}
