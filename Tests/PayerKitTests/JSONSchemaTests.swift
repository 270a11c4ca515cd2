import Foundation
import Testing
@testable import PayerKit

/// PayerRules/payer-file.schema.json is what editors validate against while people type (yaml-language-server); the
/// loader is what `payer lint` runs. These tests keep the two in step: every shipped file and every fixture below gets
/// the same verdict from both.
///
/// Left out of the equivalence tests: what a schema cannot express (impossible dates such as 2026-02-30,
/// effective_until after effective_from, ranges running low to high, overlapping codes, declared vendor and program
/// ids, the id matching the file name, scopes within the payer's, examples the rules answer otherwise), and the few
/// places where the editor types a scalar the YAML 1.2 way while the loader reads it as written. They are listed in
/// `schemaKnownDifferences` instead, so each gap is written down and noticed if it closes.
@Suite("JSON Schema for payer files")
struct JSONSchemaTests {
    static let rulesDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("PayerRules")
    static let schemaFile = rulesDirectory.appendingPathComponent("payer-file.schema.json")
    static let shippedFiles = ((try? FileManager.default.contentsOfDirectory(atPath: rulesDirectory.path)) ?? [])
        .filter { $0.hasSuffix(".yaml") }.sorted()
    /// The first line that makes yaml-language-server validate a file in PayerRules/ against the schema.
    static let editorHeader = "# yaml-language-server: $schema=./payer-file.schema.json"

    /// The schema file, decoded once for the whole suite.
    static let schema = Result { () throws(SchemaFileError) in
        do {
            return try JSONDecoder().decode(JSONValue.self, from: Data(contentsOf: schemaFile))
        } catch {
            throw SchemaFileError(message: "\(schemaFile.path): \(error)")
        }
    }

    func validator() throws -> JSONSchemaValidator {
        try JSONSchemaValidator(schema: Self.schema.get())
    }

    /// The schema's violations for a YAML text, as `pointer: message`.
    func schemaViolations(_ yaml: String) throws -> [String] {
        try validator().validate(JSONValue(yaml: yaml)).map(\.description)
    }

    /// The loader's errors for a YAML text read as `test.yaml`, as `line:column: error: message` (warnings left out:
    /// they do not change the verdict).
    func loaderErrors(_ yaml: String) -> [String] {
        messages(yaml).filter { $0.contains(": error: ") }
    }

    @Test("the schema uses only keywords the test validator implements, and every $ref and pattern works")
    func schemaIsUsable() throws {
        _ = try validator()
        #expect(!Self.shippedFiles.isEmpty, "no payer files in \(Self.rulesDirectory.path)")
    }

    @Test("every shipped payer file gets the same verdict from the schema and the loader", arguments: shippedFiles)
    func shippedFileVerdicts(_ name: String) throws {
        let path = Self.rulesDirectory.appendingPathComponent(name).path
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let violations = try validator().validate(JSONValue(yaml: text, file: path))
        let (_, diagnostics) = PayerFileDecoder.decode(Array(text.utf8), file: path, expectedID: String(name.dropLast(".yaml".count)))
        let loaderAccepts = !diagnostics.containsErrors
        #expect(violations.isEmpty == loaderAccepts, "schema: \(violations.map(\.description)); loader: \(diagnostics.map(\.description))")
    }

    @Test("the editor header is a comment the loader ignores, and its relative path finds the schema")
    func editorHeader() throws {
        #expect(messages(Self.editorHeader + "\n" + minimalPayer) == [])
        let target = Self.editorHeader.split(separator: "=").last!
        let resolved = Self.rulesDirectory.appendingPathComponent(String(target)).standardizedFileURL
        #expect(resolved == Self.schemaFile.standardizedFileURL)
        #expect(FileManager.default.fileExists(atPath: resolved.path))
    }

    @Test("good fixtures are accepted by both", arguments: [
        ("minimal", minimalPayer), ("every key", everySchemaKey),
        ("text that YAML would read as a number or a boolean", replacing("name: Test Health", with: "name: 1199\nnotes: true")),
    ])
    func goodFixtures(_ name: String, _ yaml: String) throws {
        #expect(loaderErrors(yaml) == [])
        #expect(try schemaViolations(yaml) == [])
    }

    @Test("schema-level mistakes are rejected by both, each with its own message", arguments: schemaMistakes)
    func mistakesRejectedByBoth(_ mistake: SchemaMistake) throws {
        #expect(loaderErrors(mistake.yaml) == mistake.loader)
        #expect(try schemaViolations(mistake.yaml) == mistake.schema)
    }

    @Test("every key the schema declares is one the loader accepts: the every-key fixture sets each one and loads")
    func everyDeclaredKeyIsExercised() throws {
        let validator = try validator()
        var covered: Set<String> = []
        #expect(validator.validate(try JSONValue(yaml: everySchemaKey), coverage: &covered) == [])
        #expect(validator.declaredKeys.subtracting(covered).sorted() == [])
        #expect(loaderErrors(everySchemaKey) == [])
    }

    @Test("every entry carries the loader's fact keys, and every scoped entry its scope keys")
    func sharedKeysMatchTheLoader() throws {
        let factKeys = Set(FactKey.allCases.map(\.rawValue))
        let scopeKeys = Set(ScopeKey.allCases.map(\.rawValue))
        let schema = try Self.schema.get()
        func keys(_ definition: String) -> Set<String> {
            guard case .object(let properties)? = schema.member("definitions")?.member(definition)?.member("properties") else { return [] }
            return Set(properties.keys)
        }
        let entries = ["ediPayerID", "program", "vendor", "contact", "portal", "rule", "unlistedCodes", "retroPolicy", "decisionTimeframe", "timelyFilingLimit"]
        let scoped: Set = ["rule", "unlistedCodes", "retroPolicy", "decisionTimeframe", "timelyFilingLimit"]
        for entry in entries {
            #expect(factKeys.subtracting(keys(entry)).sorted() == [], "\(entry)")
            if scoped.contains(entry) { #expect(scopeKeys.subtracting(keys(entry)).sorted() == [], "\(entry)") }
        }
    }

    @Test("known differences: each is caught by only the side that can see it", arguments: schemaKnownDifferences)
    func knownDifference(_ difference: SchemaKnownDifference) throws {
        let (loader, schema) = (loaderErrors(difference.yaml), try schemaViolations(difference.yaml))
        #expect(loader.isEmpty == difference.loaderAccepts, "loader: \(loader)")
        #expect(schema.isEmpty == difference.schemaAccepts, "schema: \(schema)")
    }
}

/// The schema file could not be read or is not JSON.
struct SchemaFileError: Error {
    let message: String
}

/// A schema-level mistake: the loader's and the schema's expected complaints.
struct SchemaMistake: CustomTestStringConvertible, Sendable {
    let name: String
    let yaml: String
    let loader: [String]
    let schema: [String]
    var testDescription: String { name }
}

/// A file only one side rejects.
struct SchemaKnownDifference: CustomTestStringConvertible, Sendable {
    let name: String
    let yaml: String
    let loaderAccepts: Bool
    let schemaAccepts: Bool
    var testDescription: String { name }
}

private func rule(_ body: String) -> String {
    minimalPayer + "prior_authorization:\n  - category: Sample\n    codes: [\"70553\"]\n    source: https://example.com/s\n" + body
}

private func replacing(_ line: String, with replacement: String) -> String {
    precondition(minimalPayer.contains(line + "\n"))
    return minimalPayer.replacingOccurrences(of: line + "\n", with: replacement + "\n")
}

private let contact = minimalPayer + "contacts:\n  - purpose: claims\n    source: https://example.com/c\n"
private let retro = minimalPayer + "retro_authorization:\n  - policy: p\n    source: https://example.com/r\n"

/// Each is one mistake an editor should flag while typing, and `payer lint` rejects.
let schemaMistakes: [SchemaMistake] = [
    SchemaMistake(
        name: "a typo'd key", yaml: rule("    requirement: required\n    efective_from: 2025-01-01\n"),
        loader: ["13:5: error: unknown key 'efective_from' in an entry of prior_authorization (did you mean 'effective_from'?)"],
        schema: ["/prior_authorization/0/efective_from: unknown key 'efective_from'"]),
    SchemaMistake(
        name: "a list written as one value", yaml: replacing("lines_of_business: [commercial, medicare-advantage]", with: "lines_of_business: commercial"),
        loader: ["5:20: error: expected a list for lines_of_business, found the text 'commercial'"],
        schema: ["/lines_of_business: expected array, found the text 'commercial'"]),
    SchemaMistake(
        name: "yes for a boolean", yaml: retro + "    accepted: yes\n",
        loader: ["11:15: error: accepted must be true or false, not 'yes'"],
        schema: ["/retro_authorization/0/accepted: expected boolean, found the text 'yes'"]),
    SchemaMistake(
        name: "a duration written as text", yaml: rule("    requirement: required\n    decision_valid_for: 12 months\n"),
        loader: ["13:25: error: expected a mapping of keys for decision_valid_for, found the text '12 months'"],
        schema: ["/prior_authorization/0/decision_valid_for: expected object, found the text '12 months'"]),
    SchemaMistake(
        name: "a missing required key", yaml: minimalPayer + "prior_authorization:\n  - category: Sample\n    codes: [\"70553\"]\n    requirement: required\n",
        loader: ["9:5: error: an entry of prior_authorization is missing the required key 'source'"],
        schema: ["/prior_authorization/0: missing required key 'source'"]),
    SchemaMistake(
        name: "an unknown setting", yaml: rule("    requirement: required\n    settings: [outpatient]\n"),
        loader: ["13:16: error: 'outpatient' is not a valid settings; did you mean 'inpatient'? expected one of: inpatient, post-acute, hospital-outpatient, ambulatory-surgical-center, office, home, emergency, ambulance"],
        schema: ["/prior_authorization/0/settings/0: the text 'outpatient' is not one of: inpatient, post-acute, hospital-outpatient, ambulatory-surgical-center, office, home, emergency, ambulance"]),
    SchemaMistake(
        name: "a state spelled out", yaml: minimalPayer + "states: [Texas]\n",
        loader: ["8:10: error: 'Texas' is not a two-letter USPS state code (e.g. TX, DC, PR)"],
        schema: ["/states/0: the text 'Texas' is not one of: \(USStateList.text)"]),
    SchemaMistake(
        name: "a date not written YYYY-MM-DD", yaml: replacing("last_verified: 2026-11-01", with: "last_verified: 11/01/2026"),
        loader: ["6:16: error: last_verified must be a real date written YYYY-MM-DD, not '11/01/2026'"],
        schema: ["/last_verified: '11/01/2026' does not match ^(19|20|21)[0-9]{2}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"]),
    SchemaMistake(
        name: "a phone number with a leading 1", yaml: contact + "    phone: 1-800-555-0100\n",
        loader: ["11:12: error: phone must be ten digits written like 800-555-0100, not '1-800-555-0100'; put menu options in notes"],
        schema: ["/contacts/0/phone: '1-800-555-0100' does not match ^[0-9]{3}-[0-9]{3}-[0-9]{4}$"]),
    SchemaMistake(
        name: "a contact with neither phone nor fax", yaml: contact + "    hours: 24/7\n",
        loader: ["9:5: error: a contact needs a phone or a fax"],
        schema: ["/contacts/0: matches none of: missing required key 'phone'; missing required key 'fax'"]),
    SchemaMistake(
        name: "an empty list", yaml: rule("    requirement: required\n    documentation: []\n"),
        loader: ["13:20: error: documentation is an empty list; remove the key or list something"],
        schema: ["/prior_authorization/0/documentation: is an empty list"]),
    SchemaMistake(
        name: "a code with four digits", yaml: minimalPayer + "prior_authorization:\n  - category: Sample\n    codes: [\"7055\"]\n    requirement: required\n    source: https://example.com/s\n",
        loader: ["10:13: error: '7055' is not a CPT or HCPCS code: \(ProcedureCode.expected)"],
        schema: [#"/prior_authorization/0/codes/0: '7055' does not match ^(?:[0-9]{5}(?:-[0-9]{5})?|[0-9]{4}([FTUM])(?:-[0-9]{4}\1)?|([A-Z])[0-9]{4}(?:-\2[0-9]{4})?)$"#]),
    SchemaMistake(
        name: "a range that mixes code kinds", yaml: minimalPayer + "prior_authorization:\n  - category: Sample\n    codes: [\"70551-0042T\"]\n    requirement: required\n    source: https://example.com/s\n",
        loader: ["10:13: error: range '70551-0042T' mixes CPT Category I and CPT Category III codes; a range stays within one kind"],
        schema: [#"/prior_authorization/0/codes/0: '70551-0042T' does not match ^(?:[0-9]{5}(?:-[0-9]{5})?|[0-9]{4}([FTUM])(?:-[0-9]{4}\1)?|([A-Z])[0-9]{4}(?:-\2[0-9]{4})?)$"#]),
    SchemaMistake(
        name: "a source without https://", yaml: minimalPayer + "programs:\n  - id: opd\n    name: OPD\n    source: www.example.com/opd\n",
        loader: ["11:13: error: source must be a web address starting with https://, not 'www.example.com/opd'"],
        schema: [#"/programs/0/source: 'www.example.com/opd' does not match ^[Hh][Tt][Tt][Pp]([Ss]://\S{3,}|://\S{4,})$"#]),
    SchemaMistake(
        name: "an upper-case id", yaml: replacing("id: test", with: "id: Test"),
        loader: ["2:5: error: id must use lower-case letters, digits and dashes, not 'Test'"],
        schema: ["/id: 'Test' does not match ^[a-z0-9-]+$"]),
    SchemaMistake(
        name: "an unsupported schema_version", yaml: replacing("schema_version: 1", with: "schema_version: 3"),
        loader: ["1:17: error: schema_version '3' is not supported; this PayerKit reads schema_version 1 and 2"],
        schema: ["/schema_version: the number 3 is not one of: the number 1, the number 2"]),
    SchemaMistake(
        name: "a conditional rule without its condition", yaml: rule("    requirement: conditional\n"),
        loader: ["12:18: error: a conditional rule must state its 'condition' (or 'billed_with')"],
        schema: ["/prior_authorization/0: matches none of: missing required key 'condition'; missing required key 'billed_with'"]),
    SchemaMistake(
        name: "a condition on a required rule", yaml: rule("    requirement: required\n    condition: sometimes\n"),
        loader: ["13:16: error: 'condition' goes with requirement: conditional, not required"],
        schema: ["/prior_authorization/0/condition: is not allowed here"]),
    SchemaMistake(
        name: "a retro window without its anchor", yaml: retro + "    accepted: true\n    window: {length: 3, unit: calendar-days}\n",
        loader: ["9:5: error: 'window' and 'anchor' go together: a window is counted from an anchor date"],
        schema: ["/retro_authorization/0: 'window' needs 'anchor'"]),
    SchemaMistake(
        name: "a refused retro with a window", yaml: retro + "    accepted: false\n    window: {length: 3, unit: calendar-days}\n    anchor: admission\n",
        loader: ["9:5: error: a policy with accepted: false cannot have a window, anchor or after_window"],
        schema: ["/retro_authorization/0/anchor: is not allowed here", "/retro_authorization/0/window: is not allowed here"]),
    SchemaMistake(
        name: "a retro window in months", yaml: retro + "    accepted: true\n    window: {length: 3, unit: months}\n    anchor: admission\n",
        loader: ["12:31: error: 'months' is not a unit for window; expected one of: calendar-days, business-days"],
        schema: ["/retro_authorization/0/window/unit: the text 'months' is not one of: calendar-days, business-days"]),
    SchemaMistake(
        name: "a duration over 1000", yaml: minimalPayer + "timely_filing:\n  - limit: {length: 2000, unit: hours}\n    source: https://example.com/t\n",
        loader: ["9:21: error: length must be between 1 and 1000, not 2000"],
        schema: ["/timely_filing/0/limit/length: the number 2000 is more than 1000"]),
    SchemaMistake(
        name: "an example expecting an unknown verdict", yaml: minimalPayer + "examples:\n  authorization:\n    - {code: \"70552\", date_of_service: 2025-03-01, expect: needed}\n",
        loader: ["10:60: error: 'needed' is not a valid expect; expected one of: required, not-required, conditional, unknown"],
        schema: ["/examples/authorization/0/expect: the text 'needed' is not one of: required, not-required, conditional, unknown"]),
    SchemaMistake(
        name: "a range in an example", yaml: minimalPayer + "examples:\n  authorization:\n    - {code: \"70551-70553\", date_of_service: 2025-03-01, expect: unknown}\n",
        loader: ["10:14: error: '70551-70553' is not a CPT or HCPCS code: \(ProcedureCode.expected)"],
        schema: ["/examples/authorization/0/code: '70551-70553' does not match ^(?:[0-9]{5}|[0-9]{4}[FTUM]|[A-Z][0-9]{4})$"]),
    SchemaMistake(
        name: "a retro example without as_of", yaml: minimalPayer + "examples:\n  retro:\n    - {service_date: 2026-11-01, expect: open}\n",
        loader: ["10:7: error: a retro example is missing the required key 'as_of'"],
        schema: ["/examples/retro/0: missing required key 'as_of'"]),
]

/// The loader rejects these and the schema cannot see why: impossible dates, order, overlap, references, the file
/// name, scopes beyond the payer's, examples the rules answer otherwise, and the spelling of a boolean (`True` is a YAML 1.2 boolean to the editor). The
/// schema rejects the last ones, which the loader reads as text: unquoted codes and quoted numbers, where the editor
/// asks for the form README.md prescribes.
let schemaKnownDifferences: [SchemaKnownDifference] = [
    SchemaKnownDifference(name: "an impossible date", yaml: replacing("last_verified: 2026-11-01", with: "last_verified: 2026-02-30"), loaderAccepts: false, schemaAccepts: true),
    SchemaKnownDifference(name: "effective_until before effective_from", yaml: rule("    requirement: required\n    effective_from: 2024-01-01\n    effective_until: 2023-01-01\n"), loaderAccepts: false, schemaAccepts: true),
    SchemaKnownDifference(name: "a range running high to low", yaml: minimalPayer + "prior_authorization:\n  - category: S\n    codes: [\"K0816-K0813\"]\n    requirement: required\n    source: https://example.com/s\n", loaderAccepts: false, schemaAccepts: true),
    SchemaKnownDifference(name: "overlapping codes", yaml: minimalPayer + "prior_authorization:\n  - category: S\n    codes: [\"70551-70553\", \"70552\"]\n    requirement: required\n    source: https://example.com/s\n", loaderAccepts: false, schemaAccepts: true),
    SchemaKnownDifference(name: "an undeclared vendor", yaml: rule("    requirement: required\n    vendor: evicore\n"), loaderAccepts: false, schemaAccepts: true),
    SchemaKnownDifference(name: "an id that is not the file name", yaml: replacing("id: test", with: "id: other"), loaderAccepts: false, schemaAccepts: true),
    SchemaKnownDifference(name: "a scope beyond the payer's lines of business", yaml: rule("    requirement: required\n    lines_of_business: [medicaid]\n"), loaderAccepts: false, schemaAccepts: true),
    SchemaKnownDifference(name: "True capitalized", yaml: rule("    requirement: required\n    secondary_source: True\n"), loaderAccepts: false, schemaAccepts: true),
    SchemaKnownDifference(name: "an unquoted code", yaml: minimalPayer + "prior_authorization:\n  - category: S\n    codes: [70553]\n    requirement: required\n    source: https://example.com/s\n", loaderAccepts: true, schemaAccepts: false),
    SchemaKnownDifference(name: "an example the rules answer otherwise", yaml: rule("    requirement: required\n") + "examples:\n  authorization:\n    - {code: \"70553\", date_of_service: 2025-03-01, expect: not-required}\n", loaderAccepts: false, schemaAccepts: true),
    SchemaKnownDifference(name: "a quoted length", yaml: minimalPayer + "timely_filing:\n  - limit: {length: \"90\", unit: calendar-days}\n    source: https://example.com/t\n", loaderAccepts: true, schemaAccepts: false),
]

/// The USPS codes in the schema's order, as the validator lists them.
private enum USStateList {
    static let text = """
        AL, AK, AZ, AR, CA, CO, CT, DE, FL, GA, HI, ID, IL, IN, IA, KS, KY, LA, ME, MD, MA, MI, MN, MS, MO, MT, NE, NV, \
        NH, NJ, NM, NY, NC, ND, OH, OK, OR, PA, RI, SC, SD, TN, TX, UT, VT, VA, WA, WV, WI, WY, DC, PR, GU, VI, AS, MP
        """
}

/// A valid file that sets every key the schema declares, at every level.
let everySchemaKey = """
    schema_version: 2
    id: test
    name: Test Health
    aliases: [TH]
    lines_of_business: [commercial, medicare-advantage]
    states: [TX, PR]
    last_verified: 2026-11-01
    sources: [https://example.com/source, http://example.org/legacy-page]
    notes: Every key the schema knows, once.
    edi_payer_ids:
      - id: "00123"
        lines_of_business: [commercial]
        source: https://example.com/edi
        secondary_source: true
        last_verified: 2026-10-01
        source_date: 2024-01-01
        notes: Quoted so the leading zeros stay.
    programs:
      - id: opd
        name: Outpatient program
        source: https://example.com/opd
        secondary_source: false
        last_verified: 2026-10-01
        source_date: 2024-01-01
        notes: A program.
    plans:
      - id: hmo
        name: Test HMO
        aliases: [Test Health HMO]
        source: https://example.com/plans
        secondary_source: false
        last_verified: 2026-10-01
        source_date: 2026-01-01
        notes: A plan.
    vendors:
      - id: evicore
        name: eviCore healthcare
        programs: [Advanced imaging]
        url: https://www.evicore.com
        source: https://example.com/vendors
        secondary_source: false
        last_verified: 2026-10-01
        source_date: 2024-01-01
        notes: A vendor.
    contacts:
      - purpose: review-vendor
        name: eviCore intake
        vendor: evicore
        phone: 800-555-0100
        fax: 800-555-0101
        hours: Monday to Friday, 8 a.m. to 6 p.m.
        program: opd
        plans: [hmo]
        lines_of_business: [commercial]
        states: [TX]
        member_states: [TX]
        settings: [office]
        network: participating
        effective_from: 2024-01-01
        effective_until: 2027-01-01
        source: https://example.com/contacts
        secondary_source: false
        last_verified: 2026-10-01
        source_date: 2024-01-01
        notes: Option 2.
    portals:
      - name: Availity
        url: https://www.availity.com
        uses: [prior-authorization, status]
        source: https://example.com/portals
        secondary_source: false
        last_verified: 2026-10-01
        source_date: 2024-01-01
        notes: A portal.
    prior_authorization:
      - category: Advanced imaging
        codes: ["70551-70553", "0042T", "K0813-K0816"]
        requirement: conditional
        condition: Outpatient studies only.
        billed_with: ["J0585"]
        vendor: evicore
        how_to_submit: Through the vendor's portal.
        documentation: [Clinical notes]
        decision_valid_for: {length: 60, unit: calendar-days}
        program: opd
        plans: [hmo]
        lines_of_business: [commercial]
        states: [TX]
        member_states: [TX]
        settings: [office, hospital-outpatient]
        network: participating
        effective_from: 2024-01-01
        effective_until: 2027-01-01
        source: https://example.com/rules
        secondary_source: false
        last_verified: 2026-10-01
        source_date: 2024-01-01
        notes: A rule.
    unlisted_codes:
      - meaning: not-required
        quote: Services not on this list need no prior authorization.
        program: opd
        plans: [hmo]
        lines_of_business: [commercial]
        states: [TX]
        settings: [office]
        effective_from: 2024-01-01
        effective_until: 2027-01-01
        member_states: [TX]
        network: participating
        source: https://example.com/unlisted
        secondary_source: false
        last_verified: 2026-10-01
        source_date: 2024-01-01
        notes: An unlisted-code policy.
    retro_authorization:
      - accepted: true
        window: {length: 3, unit: business-days}
        anchor: date-of-service
        conditions: [Emergency admissions]
        after_window: appeal
        decision_time: {length: 30, unit: calendar-days}
        policy: Retro requests within three business days of the service.
        program: opd
        network: participating
        lines_of_business: [commercial]
        states: [TX]
        settings: [emergency]
        effective_from: 2024-01-01
        effective_until: 2027-01-01
        plans: [hmo]
        member_states: [TX]
        source: https://example.com/retro
        secondary_source: false
        last_verified: 2026-10-01
        source_date: 2024-01-01
        notes: A retro policy.
    decision_timeframes:
      - standard: {length: 7, unit: calendar-days}
        expedited: {length: 72, unit: hours}
        program: opd
        lines_of_business: [medicare-advantage]
        states: [PR]
        member_states: [PR]
        settings: [office]
        effective_from: 2024-01-01
        effective_until: 2027-01-01
        plans: [hmo]
        network: participating
        source: https://example.com/timeframes
        secondary_source: false
        last_verified: 2026-10-01
        source_date: 2024-01-01
        notes: A timeframe.
    timely_filing:
      - limit: {length: 90, unit: calendar-days}
        anchor: date-of-service
        network: participating
        program: opd
        lines_of_business: [commercial]
        states: [TX]
        settings: [office]
        effective_from: 2024-01-01
        effective_until: 2027-01-01
        plans: [hmo]
        member_states: [TX]
        source: https://example.com/filing
        secondary_source: false
        last_verified: 2026-10-01
        source_date: 2024-01-01
        notes: A filing limit.
    appeals:
      - level: Redetermination
        window: {length: 120, unit: calendar-days}
        anchor: initial-determination-receipt
        presumed_receipt: {length: 5, unit: calendar-days}
        how_to_file: In writing to the contractor that made the initial determination.
        conditions: [After a claim denial]
        decision_time: {length: 60, unit: calendar-days}
        program: opd
        network: non-participating
        plans: [hmo]
        lines_of_business: [commercial]
        states: [TX]
        member_states: [TX]
        settings: [office]
        effective_from: 2024-01-01
        effective_until: 2027-01-01
        source: https://example.com/appeals
        secondary_source: false
        last_verified: 2026-10-01
        source_date: 2025-01-01
        notes: An appeal does not cure a missing prior authorization.
    corrections:
      - codes: ["70554"]
        subject: A code entered by mistake
        note: The list of 2024-01-01 never had it.
        source: https://example.com/list
        secondary_source: false
        last_verified: 2026-10-01
        source_date: 2024-01-01
        notes: A correction.
    examples:
      authorization:
        - code: "70552"
          date_of_service: 2025-03-01
          line_of_business: commercial
          plan: hmo
          state: TX
          member_state: TX
          setting: office
          network: participating
          billed_with: ["J0585"]
          expect: conditional
      retro:
        - service_date: 2026-11-02
          as_of: 2026-11-03
          code: "70552"
          line_of_business: commercial
          plan: hmo
          state: TX
          member_state: TX
          setting: emergency
          network: participating
          expect: open
          deadline: 2026-11-05

    """
