import Foundation
import Testing
@testable import PayerKit

/// The filing checklist the CLI prints and payer-server shows: built once, in the library.
@Suite("Filing checklists: the answer in brief, what the request needs, what to record")
struct ChecklistTests {
    static let medicare = try! ShippedRulesTests.knowledgeBase.payer(named: "medicare-ffs")

    func checklist(_ payer: Payer, _ text: String, on day: String, _ scope: QueryScope = QueryScope(), approvedOn: String? = nil) throws -> RequestChecklist {
        try payer.checklist(
            for: AuthorizationQuery(code: code(text), dateOfService: date(day), scope: scope, asOf: date("2026-11-29")),
            approvedOn: approvedOn.map(date))
    }

    @Test("64490 in a Kentucky hospital outpatient department: REQUIRED, the MAC's fax, the UTN, and the approval's last day from its date")
    func medicareOutpatient() throws {
        let list = try checklist(Self.medicare, "64490", on: "2026-01-10", QueryScope(state: "KY", setting: .hospitalOutpatient), approvedOn: "2026-01-05")
        #expect(list.title == "Prior-authorization checklist: \(Self.medicare.name), 64490, date of service 2026-01-10")
        #expect(list.verdict == "required" && list.crdPaNeeded == "auth-needed")
        #expect(list.prefilled.first == RequestChecklist.Line(label: "Auth needed?", value: "REQUIRED"))
        #expect(list.prefilled.contains { $0.label == "Call or fax" && $0.value?.contains("615-782-4486") == true })
        #expect(list.prefilled.contains(RequestChecklist.Line(label: "Approval valid for", value: "120 calendar days")))
        #expect(list.prefilled.allSatisfy { $0.value != nil }, "the answer in brief is all given")
        #expect(list.request.contains(RequestChecklist.Line(label: "Site of service", value: "hospital outpatient department")))
        #expect(list.request.contains(RequestChecklist.Line(label: "UTN from the decision letter, to put on the claim", value: nil)))
        #expect(list.record.contains(RequestChecklist.Line(label: "Reference number (UTN)", value: nil)))
        #expect(list.record.contains(RequestChecklist.Line(label: "Decision date", value: "2026-01-05")))
        #expect(list.record.contains(RequestChecklist.Line(label: "Valid to", value: "2026-05-05 (120 calendar days from the decision)")))
        #expect(list.blanks == list.record.filter { $0.value == nil }.map(\.label))
        #expect(!list.blanks.contains("Decision date") && !list.blanks.contains("Valid to"))
    }

    @Test("The sentences name what the asker can still give as InputNames says: the tool's options by default, a form's fields when asked")
    func inputNames() throws {
        let query = AuthorizationQuery(
            code: try CodeQuery(parsing: "64490"), dateOfService: date("2026-01-10"), scope: QueryScope(setting: .hospitalOutpatient), asOf: date("2026-01-10"))
        let tool = try Self.medicare.checklist(for: query)
        let form = try Self.medicare.checklist(for: query, names: InputNames(scope: [.state: "the State field"], approvalDate: "fill in Approved on"))
        func value(_ checklist: RequestChecklist, _ label: String) -> String? {
            (checklist.prefilled + checklist.record).first { $0.label == label }?.value
        }
        #expect(value(tool, "Call or fax")?.contains("give --state (PayerRules has lines for") == true)
        #expect(value(form, "Call or fax")?.contains("give the State field (PayerRules has lines for") == true)
        #expect(value(tool, "Valid to") == "120 calendar days from the decision (give --approved-on DATE to compute it)")
        #expect(value(form, "Valid to") == "120 calendar days from the decision (fill in Approved on)")
    }

    @Test("With no number in PayerRules, the call line points to the contact sheet as InputNames names it: the tool's command, or the page's sheet")
    func contactSheetName() throws {
        let bare = try payer(minimalPayer)
        let query = AuthorizationQuery(code: code("64490"), dateOfService: date("2026-01-10"), asOf: date("2026-01-10"))
        func call(_ names: InputNames) throws -> String? {
            try bare.checklist(for: query, names: names).prefilled.first { $0.label == "Call or fax" }?.value
        }
        #expect(try call(.commandLine) == "PayerRules has no number for this question; see 'payer contact test'")
        #expect(try call(InputNames(scope: [:], approvalDate: "fill in Approved on"))
            == "PayerRules has no number for this question; see the payer's contact sheet")
    }

    @Test("A code no rule lists: UNKNOWN said once, why, and no documentation presented as the payer's")
    func unknownCode() throws {
        let aetna = try ShippedRulesTests.knowledgeBase.payer(named: "aetna")
        let list = try checklist(aetna, "70553", on: "2026-11-29")
        #expect(list.verdict == "unknown")
        #expect(list.prefilled.filter { $0.value?.contains("UNKNOWN") == true }.count == 1)
        #expect(list.prefilled.contains { $0.label == "Why unknown" })
        #expect(list.request.contains(RequestChecklist.Line(
            label: "Clinical documentation", value: "no rule in PayerRules lists it for this code; ask the payer what to send")))
        #expect(!list.request.contains { $0.label.contains("UTN") })
        #expect(list.record.contains(RequestChecklist.Line(label: "Valid to", value: nil)))
    }

    @Test("The checklist carries the authorization and retro answers it was built from, and encodes to the README's keys and back")
    func coding() throws {
        let list = try checklist(Self.medicare, "K0856", on: "2026-01-10", QueryScope(memberState: "TX"), approvedOn: "2026-01-12")
        let answer = try Self.medicare.authorization(for: AuthorizationQuery(
            code: code("K0856"), dateOfService: date("2026-01-10"), scope: QueryScope(memberState: "TX"), asOf: date("2026-11-29")))
        #expect(list.authorization == answer.record)
        #expect(list.retro.asOf == date("2026-01-10"), "the retro option as it stands on the date of service")
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = try encoder.encode(list)
        #expect(try JSONDecoder().decode(RequestChecklist.self, from: data) == list)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(Set(object.keys) == [
            "payer", "code", "dateOfService", "verdict", "crdPaNeeded", "prefilled", "request", "record", "blanks", "authorization", "retro",
        ])
        let record = try #require(object["record"] as? [[String: Any]])
        #expect(record.first { $0["label"] as? String == "Valid to" }?["value"] as? String == "2026-07-12 (6 months from the decision)")
        #expect(record.first { $0["label"] as? String == "Submission date" }?["value"] == nil, "a blank is omitted, not null")
    }

    @Test("A timeline's record encodes to the README's keys and decodes back; open steps are listed soonest first")
    func timelineRecord() throws {
        let timeline = try Self.medicare.timeline(for: TimelineQuery(
            code: code("64490"), scope: QueryScope(state: "KY", setting: .hospitalOutpatient),
            dates: AnchorDates(service: date("2026-03-02"), initialDetermination: date("2026-04-01")), asOf: date("2026-06-01")))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = try encoder.encode(timeline)
        #expect(data == (try encoder.encode(timeline.record)))
        let record = try JSONDecoder().decode(Timeline.Record.self, from: data)
        #expect(record == timeline.record)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(Set(object.keys) == ["payer", "code", "dates", "asOf", "steps", "open", "stale", "staleSources", "ruleSet"])
        #expect(record.steps.count == timeline.steps.count)
        #expect(record.open.map { timeline.steps[$0].title } == timeline.openSteps.map(\.title))
        #expect(record.dates.initialDetermination == date("2026-04-01") && record.dates.admission == nil)
    }
}
