import Testing
@testable import PayerKit

@Suite("Payer file schema")
struct SchemaTests {
    func rule(_ body: String) -> String {
        minimalPayer + "prior_authorization:\n  - category: Sample\n    source: https://example.com/s\n" + body
    }

    @Test("a valid file loads with its identity")
    func identity() throws {
        let loaded = try payer(minimalPayer)
        #expect(loaded.id == "test")
        #expect(loaded.name == "Test Health")
        #expect(loaded.aliases == ["TH", "Test Health Plan"])
        #expect(loaded.linesOfBusiness == [.commercial, .medicareAdvantage])
        #expect(loaded.lastVerified == date("2026-11-01"))
    }

    @Test("required keys are named when missing")
    func requiredKeys() {
        #expect(messages("schema_version: 1\nid: test\n") == [
            "1:1: error: the payer file is missing the required key 'name'",
            "1:1: error: the payer file is missing the required key 'lines_of_business'",
            "1:1: error: the payer file is missing the required key 'last_verified'",
            "1:1: error: the payer file is missing the required key 'sources'",
        ])
        #expect(messages(rule("    requirement: required\n")) == ["9:5: error: an entry of prior_authorization is missing the required key 'codes'"])
    }

    @Test("the id must match the file name")
    func idMatchesFileName() {
        #expect(decode(minimalPayer, id: "other").diagnostics.map(\.description) == ["other.yaml:2:5: error: id 'test' must match the file name 'other.yaml'"])
    }

    @Test("a code that is not CPT or HCPCS says what was expected", arguments: ["7055", "705533", "3074f", "K085", "70553 "])
    func badCodes(_ text: String) {
        let found = messages(rule("    codes: [\"\(text)\"]\n    requirement: required\n"))
        #expect(found.count == 1)
        #expect(found.first?.contains("'\(text)' is not a CPT or HCPCS code: expected 5 digits (CPT Category I") == true)
    }

    @Test("ranges stay within one kind and run low to high; no code is listed twice")
    func badRanges() {
        #expect(messages(rule("    codes: [\"K0816-K0813\"]\n    requirement: required\n")) == ["11:13: error: range 'K0816-K0813' runs high to low; write 'K0813-K0816'"])
        #expect(messages(rule("    codes: [\"70551-0042T\"]\n    requirement: required\n")) == ["11:13: error: range '70551-0042T' mixes CPT Category I and CPT Category III codes; a range stays within one kind"])
        #expect(messages(rule("    codes: [\"K0813-L0816\"]\n    requirement: required\n")) == ["11:13: error: range 'K0813-L0816' mixes HCPCS letters K and L; a range stays within one letter"])
        #expect(messages(rule("    codes: [\"70551-70553\", \"70552\"]\n    requirement: required\n")) == ["11:28: error: '70552' overlaps '70551-70553' at 11:13; list each code once"])
    }

    @Test("a conditional rule states its condition; a condition needs a conditional rule")
    func conditions() {
        #expect(messages(rule("    codes: [\"97110\"]\n    requirement: conditional\n")) == ["12:18: error: a conditional rule must state its 'condition' (or 'billed_with')"])
        #expect(messages(rule("    codes: [\"97110\"]\n    requirement: required\n    condition: sometimes\n")) == ["13:16: error: 'condition' goes with requirement: conditional, not required"])
    }

    @Test("vendor and program references must be declared, with a suggestion")
    func references() {
        #expect(messages(rule("    codes: [\"70553\"]\n    requirement: required\n    vendor: evicor\n    program: opd\n") + "vendors:\n  - id: evicore\n    name: eviCore\n    source: https://example.com/v\n") == [
            "13:13: error: vendor 'evicor' is not declared under 'vendors' (did you mean 'evicore'?)",
            "14:14: error: program 'opd' is not declared under 'programs'",
        ])
    }

    @Test("scopes stay within the payer's own lines of business; dates run forward")
    func scopes() {
        #expect(messages(rule("    codes: [\"70553\"]\n    requirement: required\n    lines_of_business: [medicaid]\n")) == [
            "9:5: error: line of business 'medicaid' is not one the payer serves; add it to the file's top-level list or fix the entry",
        ])
        #expect(messages(rule("    codes: [\"70553\"]\n    requirement: required\n    effective_from: 2024-01-01\n    effective_until: 2023-01-01\n")) == [
            "14:22: error: effective_until 2023-01-01 must be after effective_from 2024-01-01 (line 13)",
        ])
    }

    @Test("retro windows go with an anchor; a refused retro has no window")
    func retroShape() {
        let base = minimalPayer + "retro_authorization:\n  - policy: p\n    source: https://example.com/r\n"
        #expect(messages(base + "    accepted: true\n    window: {length: 3, unit: calendar-days}\n") == ["9:5: error: 'window' and 'anchor' go together: a window is counted from an anchor date"])
        #expect(messages(base + "    accepted: false\n    window: {length: 3, unit: calendar-days}\n    anchor: admission\n") == ["9:5: error: a policy with accepted: false cannot have a window, anchor or after_window"])
        #expect(messages(base + "    accepted: true\n    window: {length: 3, unit: months}\n    anchor: admission\n").first?.contains("'months' is not a unit for window; expected one of: calendar-days, business-days") == true)
    }

    @Test("phones are ten digits; contacts need a phone or fax; every fact needs a source")
    func contacts() {
        let base = minimalPayer + "contacts:\n  - purpose: claims\n"
        #expect(messages(base + "    phone: 1 (800) 88CIGNA\n    source: https://example.com/c\n") == ["10:12: error: phone must be ten digits written like 800-555-0100, not '1 (800) 88CIGNA'; put menu options in notes"])
        #expect(messages(base + "    source: https://example.com/c\n") == ["9:5: error: a contact needs a phone or a fax"])
        #expect(messages(base + "    phone: 800-555-0100\n") == ["9:5: error: an entry of contacts is missing the required key 'source'"])
    }

    @Test("contradicting rules for the same code and scope are an error that names both and how to fix it")
    func contradictions() throws {
        let yaml = rule("    codes: [\"70553\"]\n    requirement: required\n") + "  - category: Other\n    codes: [\"70550-70559\"]\n    requirement: not-required\n    source: https://example.com/o\n"
        #expect(messages(yaml) == ["13:5: error: code 70553 is not-required here but required in the rule at line 9 for an overlapping scope; narrow one of them (effective dates, lines_of_business, states or settings) or remove the code from one"])
        #expect(decode(yaml).payer == nil, "the file says two things for one situation, so it does not load")
        let separated = yaml.replacingOccurrences(of: "    requirement: not-required\n", with: "    requirement: not-required\n    effective_from: 2027-01-01\n")
            .replacingOccurrences(of: "    requirement: required\n", with: "    requirement: required\n    effective_until: 2027-01-01\n")
        #expect(messages(separated) == [], "rules that meet at a date do not overlap")
    }
}
