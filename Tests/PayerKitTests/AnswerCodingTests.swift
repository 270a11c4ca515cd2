import Foundation
import Testing
@testable import PayerKit
@testable import PayerKitMaintenance

/// Every answer encodes to the JSON shape the README documents and decodes back to the same value.
@Suite("Answers as JSON")
struct AnswerCodingTests {
    static let knowledgeBase = ShippedRulesTests.knowledgeBase

    // The README's "JSON (--json)" section, key by key (plus the keys added since, which the README lists too).
    static let provenanceKeys: Set = ["file", "line", "column", "source", "secondarySource", "lastVerified", "sourceDate"]
    static let scopeKeys: Set = ["program", "linesOfBusiness", "plans", "states", "memberStates", "settings", "network", "effectiveFrom", "effectiveUntil"]
    static let ruleKeys: Set = [
        "category", "codes", "requirement", "condition", "billedWith", "vendor", "howToSubmit", "documentation", "decisionValidFor",
        "scope", "notes", "provenance",
    ]
    static let authKeys: Set = [
        "payer", "code", "modifiers", "dateOfService", "verdict", "crdPaNeeded", "condition", "situations", "vendors", "contacts",
        "portals", "decisionTimeframes", "stale", "staleSources", "ruleSet",
    ]
    static let retroKeys: Set = ["payer", "serviceDate", "asOf", "status", "deadline", "daysLeft", "situations", "contacts", "stale", "staleSources", "ruleSet"]
    static let ruleSetKeys: Set = ["schemaVersion", "fileCount", "contentHash", "gitRevision"]

    func encode(_ value: some Encodable) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try encoder.encode(value)
    }

    /// Encodes `value`, decodes it as `T` and checks it is `expected`, and that encoding that again gives the same bytes.
    func roundTrip<T: Codable & Equatable>(_ value: some Encodable, as type: T.Type, expected: T) throws -> [String: Any] {
        let data = try encode(value)
        let decoded = try JSONDecoder().decode(T.self, from: data)
        #expect(decoded == expected)
        #expect(try encode(decoded) == data)
        return try #require(JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    /// Checks an object's keys: all of `required`, nothing outside `allowed`; nulls never appear.
    func keys(_ object: Any?, required: Set<String> = [], allowed: Set<String>, _ what: String) {
        guard let object = object as? [String: Any] else { Issue.record("\(what) is not an object"); return }
        let present = Set(object.keys)
        #expect(present.isSuperset(of: required), "\(what) lacks \(required.subtracting(present).sorted())")
        #expect(present.isSubset(of: allowed), "\(what) has undocumented keys \(present.subtracting(allowed).sorted())")
        #expect(!object.values.contains { $0 is NSNull }, "\(what) has a null; absent values are omitted")
    }

    func provenance(_ object: Any?, _ what: String) {
        keys(object, required: ["file", "line", "column", "source", "secondarySource", "lastVerified"], allowed: Self.provenanceKeys, what)
        let dictionary = object as? [String: Any]
        for key in ["lastVerified", "sourceDate"] {
            if let value = dictionary?[key] { #expect(isDate(value), "\(what).\(key) is YYYY-MM-DD") }
        }
    }

    func isDate(_ value: Any) -> Bool {
        guard let text = value as? String else { return false }
        return text.wholeMatch(of: /\d{4}-\d{2}-\d{2}/) != nil
    }

    func answer(_ payer: String, _ text: String, on day: String, _ scope: QueryScope = QueryScope()) throws -> AuthorizationAnswer {
        try Self.knowledgeBase.payer(named: payer).authorization(for: AuthorizationQuery(
            code: code(text), dateOfService: date(day), scope: scope, asOf: date("2026-11-23")))
    }

    @Test("an authorization answer: the README's keys, provenance on every rule, dates as YYYY-MM-DD, and back", arguments: [
        ("medicare-ffs", "64490-50", "2024-01-01", QueryScope(setting: .hospitalOutpatient)),
        ("medicare-ffs", "K0856", "2026-02-01", QueryScope()),
        ("Original Medicare", "E0601", "2026-02-01", QueryScope(memberState: "TX")),
        ("aetna", "70553", "2026-01-15", QueryScope(lineOfBusiness: .commercial)),
    ])
    func authorization(payer: String, text: String, day: String, scope: QueryScope) throws {
        let answer = try answer(payer, text, on: day, scope)
        let json = try roundTrip(answer, as: AuthorizationAnswer.Record.self, expected: answer.record)
        keys(json, required: Self.authKeys.subtracting(["condition"]), allowed: Self.authKeys, "auth")
        keys(json["payer"], required: ["id", "name"], allowed: ["id", "name"], "payer")
        keys(json["ruleSet"], required: ["schemaVersion", "fileCount", "contentHash"], allowed: Self.ruleSetKeys, "ruleSet")
        #expect(isDate(json["dateOfService"] as Any))
        #expect(json["code"] as? String == answer.code.text)
        #expect(json["verdict"] as? String == answer.verdict.rawValue)
        #expect(json["crdPaNeeded"] as? String == answer.verdict.crdCode)
        let situations = try #require(json["situations"] as? [[String: Any]])
        #expect(situations.count == answer.outcomes.count)
        for situation in situations {
            keys(situation, required: ["when", "verdict", "crdPaNeeded", "rules"], allowed: ["when", "verdict", "crdPaNeeded", "condition", "rules", "unlistedCodes"], "situation")
            for rule in situation["rules"] as? [[String: Any]] ?? [] {
                keys(rule, required: ["category", "codes", "requirement", "scope", "provenance"], allowed: Self.ruleKeys, "rule")
                keys(rule["scope"], allowed: Self.scopeKeys, "rule scope")
                provenance(rule["provenance"], "rule provenance")
            }
            if let unlisted = situation["unlistedCodes"] {
                keys(unlisted, required: ["meaning", "provenance"], allowed: ["meaning", "quote", "scope", "notes", "provenance"], "unlistedCodes")
            }
        }
        for contact in json["contacts"] as? [[String: Any]] ?? [] {
            keys(contact, required: ["purpose", "provenance"], allowed: ["purpose", "name", "vendor", "phone", "fax", "hours", "notes", "linesOfBusiness", "scope", "provenance"], "contact")
            provenance(contact["provenance"], "contact provenance")
        }
        for vendor in json["vendors"] as? [[String: Any]] ?? [] {
            keys(vendor, required: ["id", "name", "programs", "provenance"], allowed: ["id", "name", "programs", "url", "notes", "provenance"], "vendor")
        }
        for portal in json["portals"] as? [[String: Any]] ?? [] {
            keys(portal, required: ["name", "url", "uses", "provenance"], allowed: ["name", "url", "uses", "notes", "provenance"], "portal")
        }
        for timeframe in json["decisionTimeframes"] as? [[String: Any]] ?? [] {
            keys(timeframe, required: ["scope", "provenance"], allowed: ["standard", "expedited", "scope", "notes", "provenance"], "timeframe")
        }
        for stale in json["staleSources"] as? [Any] ?? [] { provenance(stale, "stale source") }
    }

    @Test("the answer that depends on scope lists one situation per case, each with its own verdict")
    func situations() throws {
        let answer = try answer("medicare-ffs", "K0856", on: "2026-02-01")
        let record = answer.record
        #expect(record.verdict == answer.verdict)
        #expect(record.situations.map(\.when) == answer.outcomes.map(\.situation.description))
        #expect(record.situations.map(\.verdict) == answer.outcomes.map(\.outcome.verdict))
        #expect(record.situations.flatMap(\.rules) == answer.outcomes.flatMap(\.outcome.rules))
    }

    @Test("a retro answer: the README's keys, deadline and days left, and back")
    func retro() throws {
        let payer = try Self.knowledgeBase.payer(named: "priority-health")
        for lineOfBusiness in [nil, LineOfBusiness.commercial] {
            let answer = try payer.retroAuthorization(for: RetroQuery(
                serviceDate: date("2026-10-01"), asOf: date("2026-10-03"), scope: QueryScope(lineOfBusiness: lineOfBusiness)))
            let json = try roundTrip(answer, as: RetroAnswer.Record.self, expected: answer.record)
            keys(json, required: ["payer", "serviceDate", "asOf", "status", "situations", "contacts", "stale", "staleSources", "ruleSet"], allowed: Self.retroKeys, "retro")
            #expect(json["status"] as? String == answer.status.code)
            #expect(json["serviceDate"] as? String == "2026-10-01")
            for situation in json["situations"] as? [[String: Any]] ?? [] {
                keys(situation, required: ["when", "status"], allowed: ["when", "status", "deadline", "daysLeft", "policy"], "retro situation")
                if let policy = situation["policy"] {
                    keys(policy, required: ["accepted", "policy", "scope", "provenance"], allowed: [
                        "accepted", "window", "anchor", "conditions", "afterWindow", "decisionTime", "policy", "scope", "notes", "provenance",
                    ], "retro policy")
                }
            }
            if case .open(let deadline, let daysLeft) = answer.status {
                #expect(json["deadline"] as? String == deadline.description)
                #expect(json["daysLeft"] as? Int == daysLeft)
            }
        }
    }

    @Test("a contact sheet, every payer's: EDI ids, contacts, portals, vendors, and back")
    func contactSheet() throws {
        for payer in Self.knowledgeBase.payers {
            let sheet = ContactSheet(payer)
            let json = try roundTrip(sheet, as: ContactSheet.self, expected: sheet)
            keys(json, required: ["payer", "lastVerified", "ediPayerIds", "contacts", "portals", "vendors"],
                 allowed: ["payer", "lastVerified", "ediPayerIds", "contacts", "portals", "vendors", "notes"], "contact sheet")
            for edi in json["ediPayerIds"] as? [[String: Any]] ?? [] {
                keys(edi, required: ["id", "provenance"], allowed: ["id", "linesOfBusiness", "notes", "provenance"], "EDI payer id")
            }
            #expect(sheet.contacts == payer.contacts)
        }
    }

    @Test("a payer list entry: id, name, aliases, lines of business, last verified, file, and back")
    func payerSummary() throws {
        let payers = Self.knowledgeBase.payers.map(PayerSummary.init)
        let data = try encode(payers)
        #expect(try JSONDecoder().decode([PayerSummary].self, from: data) == payers)
        let first = try #require((try JSONSerialization.jsonObject(with: data) as? [[String: Any]])?.first)
        keys(first, required: ["id", "name", "aliases", "linesOfBusiness", "lastVerified", "file"], allowed: ["id", "name", "aliases", "linesOfBusiness", "lastVerified", "file"], "list entry")
        #expect(first["linesOfBusiness"] as? [String] == Self.knowledgeBase.payers[0].linesOfBusiness.map(\.rawValue).sorted())
    }

    @Test("a lint result: counts and file:line:column diagnostics, and back")
    func lintReport() throws {
        let rules = try directory(["test.yaml": minimalPayer, "other.yaml": minimalPayer.replacingOccurrences(of: "id: test", with: "id: other") + "contcts: []\n"])
        let report = try LintReport(linting: [rules], asOf: date("2026-11-29"), staleAfterDays: 10)
        #expect(report.files == 2)
        #expect(report.payers == 1)
        #expect(report.errors == 3, "the unknown key, and the template's example.com source in each file")
        #expect(report.warnings == 1, "test.yaml was verified 28 days before")
        #expect(report.diagnostics.map(\.location) == report.diagnostics.map(\.location).sorted())
        let json = try roundTrip(report, as: LintReport.self, expected: report)
        keys(json, required: ["files", "payers", "errors", "warnings", "diagnostics"], allowed: ["files", "payers", "errors", "warnings", "diagnostics"], "lint")
        for diagnostic in json["diagnostics"] as? [[String: Any]] ?? [] {
            keys(diagnostic, required: ["file", "line", "column", "severity", "message"], allowed: ["file", "line", "column", "severity", "message"], "diagnostic")
        }
    }

    @Test("a rule-set diff: identities, payers added, removed and changed, and back")
    func ruleSetDiff() throws {
        let old = try PayerKnowledgeBase.load(from: try directory(["test.yaml": minimalPayer]))
        let new = try PayerKnowledgeBase.load(from: try directory([
            "test.yaml": minimalPayer.replacingOccurrences(of: "Test Health Plan", with: "Test Plan"),
            "other.yaml": minimalPayer.replacingOccurrences(of: "test", with: "other").replacingOccurrences(of: "Test", with: "Other")
                .replacingOccurrences(of: "TH", with: "OH"),
        ]))
        let diff = RuleSetDiff(from: old, to: new)
        let json = try roundTrip(diff, as: RuleSetDiff.self, expected: diff)
        keys(json, required: ["old", "new", "addedPayers", "removedPayers", "changedPayers"], allowed: ["old", "new", "addedPayers", "removedPayers", "changedPayers"], "diff")
        #expect(json["addedPayers"] as? [String] == ["other"])
        let changed = try #require((json["changedPayers"] as? [[String: Any]])?.first)
        keys(changed, required: ["id", "name", "changes"], allowed: ["id", "name", "changes"], "changed payer")
    }

    @Test("dates decode only as YYYY-MM-DD")
    func dates() throws {
        #expect(try JSONDecoder().decode([CalendarDate].self, from: Data(#"["2024-02-29"]"#.utf8)) == [date("2024-02-29")])
        for bad in [#"["2023-02-29"]"#, #"["2024-2-29"]"#, #"["20240229"]"#, "[20240229]"] {
            #expect(throws: DecodingError.self) { try JSONDecoder().decode([CalendarDate].self, from: Data(bad.utf8)) }
        }
        #expect(String(decoding: try JSONEncoder().encode([date("0999-01-05")]), as: UTF8.self) == #"["0999-01-05"]"#)
    }
}
