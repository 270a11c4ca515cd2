import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import PayerKit
@testable import PayerServer
import Testing

@Suite("/v1/timeline, /v1/checklist and the /checklist page answer as payer timeline and payer checklist do")
struct TimelineAndChecklistTests {
    static var medicare: Payer { try! Fixture.rules.current.payer(named: "medicare-ffs") }

    @Test("GET /v1/timeline is the library's timeline in the shape of payer timeline --json, each window from its own date")
    func timeline() async throws {
        try await Fixture.withClient { client in
            let response = try await client.execute(
                uri: "/v1/timeline?payer=medicare-ffs&code=64490&date=2026-03-02&setting=hospital-outpatient&state=KY&initial_determination_date=2026-04-01&as_of=2026-06-01",
                method: .get)
            #expect(response.status == .ok, "\(response.text.prefix(300))")
            #expect(response.headers[.ruleSet] == Fixture.rules.current.identity.headerValue)
            let served = try response.decode(Timeline.Record.self)
            let expected = try Self.medicare.timeline(for: TimelineQuery(
                code: try CodeQuery(parsing: "64490"), scope: QueryScope(state: "KY", setting: .hospitalOutpatient),
                dates: AnchorDates(service: CalendarDate(iso8601: "2026-03-02")!, initialDetermination: CalendarDate(iso8601: "2026-04-01")!),
                asOf: CalendarDate(iso8601: "2026-06-01")!)).record
            #expect(served == expected)
            #expect(served.code == "64490")
            #expect(served.dates.initialDetermination == CalendarDate(iso8601: "2026-04-01"))
            #expect(served.steps.first?.kind == "prior-authorization")
            #expect(served.steps.contains { $0.kind == "appeal" && $0.deadline != nil }, "the redetermination counts from the initial determination")
            #expect(served.open.allSatisfy { served.steps[$0].status == "open" })
        }
    }

    @Test("A timeline without an anchor's date says which date a step needs; as_of defaults to the server's today")
    func timelineNeedsDate() async throws {
        try await Fixture.withClient { client in
            let served = try await client.execute(uri: "/v1/timeline?payer=medicare-ffs&date=2026-11-02", method: .get).decode(Timeline.Record.self)
            #expect(served.asOf == Fixture.today)
            #expect(served.code == nil)
            let waiting = served.steps.filter { $0.status == "needs-date" }
            #expect(!waiting.isEmpty)
            #expect(waiting.allSatisfy { $0.needsDate != nil && $0.deadline == nil })
        }
    }

    @Test("Every anchor date is passed to the library under its own name")
    func anchorDates() async throws {
        try await Fixture.withClient { client in
            let uri = "/v1/timeline?payer=aetna&date=2026-03-02&line_of_business=commercial&admission_date=2026-03-01&discharge_date=2026-03-05"
                + "&notification_date=2026-03-03&eligibility_add_date=2026-02-01&denial_date=2026-04-10"
                + "&initial_determination_date=2026-04-01&initial_determination_received_date=2026-04-04"
            let response = try await client.execute(uri: uri, method: .get)
            #expect(response.status == .ok, "\(response.text.prefix(300))")
            let dates = try response.decode(Timeline.Record.self).dates
            #expect(dates.admission == CalendarDate(iso8601: "2026-03-01") && dates.discharge == CalendarDate(iso8601: "2026-03-05"))
            #expect(dates.notification == CalendarDate(iso8601: "2026-03-03") && dates.eligibilityAdd == CalendarDate(iso8601: "2026-02-01"))
            #expect(dates.denialNotice == CalendarDate(iso8601: "2026-04-10"))
            #expect(dates.initialDetermination == CalendarDate(iso8601: "2026-04-01"))
            #expect(dates.initialDeterminationReceived == CalendarDate(iso8601: "2026-04-04"))
        }
    }

    @Test("GET /v1/checklist is the library's checklist: the answer in brief, the request's needs, what to record")
    func checklistJSON() async throws {
        try await Fixture.withClient { client in
            let response = try await client.execute(
                uri: "/v1/checklist?payer=medicare-ffs&code=64490&date=2026-01-10&setting=hospital-outpatient&state=KY&approved_on=2026-01-05", method: .get)
            #expect(response.status == .ok, "\(response.text.prefix(300))")
            let served = try response.decode(RequestChecklist.self)
            let expected = try Self.medicare.checklist(
                for: AuthorizationQuery(
                    code: try CodeQuery(parsing: "64490"), dateOfService: CalendarDate(iso8601: "2026-01-10")!,
                    scope: QueryScope(state: "KY", setting: .hospitalOutpatient), asOf: Fixture.today),
                approvedOn: CalendarDate(iso8601: "2026-01-05"))
            #expect(served == expected)
            #expect(served.verdict == "required")
            #expect(served.prefilled.first == RequestChecklist.Line(label: "Auth needed?", value: "REQUIRED"))
            #expect(served.record.contains(RequestChecklist.Line(label: "Valid to", value: "2026-05-05 (120 calendar days from the decision)")))
            #expect(served.request.contains(RequestChecklist.Line(label: "UTN from the decision letter, to put on the claim", value: nil)))
            #expect(!served.blanks.contains("Decision date"), "the approval date fills it in")
        }
    }

    @Test("The date of service of a checklist defaults to the server's today")
    func checklistDefaults() async throws {
        try await Fixture.withClient { client in
            let served = try await client.execute(uri: "/v1/checklist?payer=aetna&code=70553", method: .get).decode(RequestChecklist.self)
            #expect(served.dateOfService == Fixture.today)
            #expect(served.verdict == "unknown")
            #expect(served.blanks.contains("Decision date"))
        }
    }

    @Test("An unknown payer is a 404 with the nearest ids, on the API and the page")
    func unknownPayer() async throws {
        try await Fixture.withClient { client in
            for uri in ["/v1/timeline?payer=medicre&date=2026-11-20", "/v1/checklist?payer=medicre&code=64490"] {
                let response = try await client.execute(uri: uri, method: .get)
                #expect(response.status == .notFound, "\(uri)")
                let error = try response.apiError()
                #expect(error.field == "payer")
                #expect(error.suggestions?.contains("medicare-ffs") == true)
            }
            let page = try await client.execute(uri: "/checklist?payer=medicre&code=64490&date=2024-01-01", method: .get)
            #expect(page.status == .notFound)
            #expect(page.headers[.contentType] == "text/html; charset=utf-8")
            #expect(page.text.contains("role=\"alert\""))
            #expect(page.text.contains("href=\"/checklist?payer=medicare-ffs&amp;code=64490&amp;date=2024-01-01\""))
        }
    }

    @Test("/checklist is the printable page with the checklist's every line, the verdict in large type and labelled boxes")
    func checklistPage() async throws {
        try await Fixture.withClient { client in
            let response = try await client.execute(uri: "/checklist?payer=medicare-ffs&code=64490&date=2026-01-10&setting=hospital-outpatient&state=KY", method: .get)
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "text/html; charset=utf-8")
            let page = response.text
            let checklist = try Self.medicare.checklist(for: AuthorizationQuery(
                code: try CodeQuery(parsing: "64490"), dateOfService: CalendarDate(iso8601: "2026-01-10")!,
                scope: QueryScope(state: "KY", setting: .hospitalOutpatient), asOf: Fixture.today), names: Words.form)
            #expect(page.contains("<title>\(HTML.escape(checklist.title))</title>"))
            #expect(page.contains("<p class=\"verdict verdict-required\">REQUIRED</p>"))
            for line in checklist.prefilled {
                #expect(page.contains("<dt>\(HTML.escape(line.label))</dt><dd>\(HTML.escape(line.value ?? ""))</dd>"), "\(line.label)")
            }
            for (section, lines) in [("needs", checklist.request), ("record", checklist.record)] {
                for (index, line) in lines.enumerated() {
                    let id = "\(section)-\(index + 1)"
                    #expect(page.contains("<input type=\"checkbox\" id=\"\(id)\"><label for=\"\(id)\">\(HTML.escape(line.label)):</label>"), "\(id)")
                    if let value = line.value { #expect(page.contains(HTML.escape(value))) }
                }
            }
            #expect(page.contains("<label for=\"approved_on\">Approved on</label>"))
            #expect(!page.contains("<script"))
        }
    }

    @Test("Giving the approval date on the page fills in the decision date and the approval's last day")
    func checklistPageApproved() async throws {
        try await Fixture.withClient { client in
            let page = try await client.execute(
                uri: "/checklist?payer=medicare-ffs&code=64490&date=2026-01-10&setting=hospital-outpatient&state=KY&approved_on=2026-01-05", method: .get).text
            #expect(page.contains("<label for=\"record-4\">Decision date:</label> 2026-01-05"))
            #expect(page.contains("Valid to:</label> 2026-05-05 (120 calendar days from the decision)"))
            #expect(page.contains("id=\"approved_on\" name=\"approved_on\" type=\"date\" value=\"2026-01-05\""))
            #expect(page.contains("<input type=\"hidden\" name=\"payer\" value=\"medicare-ffs\">"))
            #expect(!page.contains("<input type=\"hidden\" name=\"approved_on\""))
        }
    }

    @Test("The page names form fields where the tool's text names its options: no '--state' or '--approved-on' on paper")
    func checklistPageWording() async throws {
        try await Fixture.withClient { client in
            let page = try await client.execute(uri: "/checklist?payer=medicare-ffs&code=64490&date=2026-01-10&setting=hospital-outpatient", method: .get).text
            #expect(!page.contains("--state") && !page.contains("--approved-on"))
            #expect(page.contains("give the state"))
            #expect(page.contains("enter the approval date below to compute it"))
        }
    }

    @Test("A bad checklist question is a 400 page naming the problem")
    func checklistPageBadInput() async throws {
        try await Fixture.withClient { client in
            for uri in ["/checklist?payer=medicare-ffs", "/checklist?payer=medicare-ffs&code=123", "/checklist?payer=medicare-ffs&code=64490&date=2026-02-30",
                        "/checklist?payer=medicare-ffs&code=64490&approved_on=soon", "/checklist?code=64490", "/checklist?payer=medicare-ffs&code=64490&cod=1"] {
                let response = try await client.execute(uri: uri, method: .get)
                #expect(response.status == .badRequest, "\(uri)")
                #expect(response.text.contains("<section class=\"error\" id=\"error\" role=\"alert\"><h2>Not answered</h2>"), "\(uri)")
            }
        }
    }

    @Test("A payer name two payers share is a 400 on the checklist page, with a link to each one's checklist")
    func checklistPageAmbiguousPayer() async throws {
        try await Fixture.withClient { client in
            let response = try await client.execute(uri: "/checklist?payer=molina&code=64490", method: .get)
            #expect(response.status == .badRequest)
            #expect(response.text.contains("<a href=\"/checklist?payer=molina-healthcare-michigan&amp;code=64490\">molina-healthcare-michigan</a>"))
            #expect(response.text.contains("<a href=\"/checklist?payer=molina-healthcare-texas&amp;code=64490\">molina-healthcare-texas</a>"))
        }
    }

    @Test("The lookup page's answer links to each code's checklist with the same question")
    func lookupLinksToChecklist() async throws {
        try await Fixture.withClient { client in
            let page = try await client.execute(uri: "/?payer=medicare-ffs&code=64490+70553-26&date=2024-01-01&setting=hospital-outpatient", method: .get).text
            #expect(page.contains("<a href=\"/checklist?payer=medicare-ffs&amp;code=64490&amp;date=2024-01-01&amp;setting=hospital-outpatient\">Filing checklist for 64490</a>"))
            #expect(page.contains("<a href=\"/checklist?payer=medicare-ffs&amp;code=70553-26&amp;date=2024-01-01&amp;setting=hospital-outpatient\">Filing checklist for 70553-26</a>"))
            let linked = try await client.execute(uri: "/checklist?payer=medicare-ffs&code=64490&date=2024-01-01&setting=hospital-outpatient", method: .get)
            #expect(linked.status == .ok)
            #expect(linked.text.contains("<p class=\"verdict verdict-required\">REQUIRED</p>"))
        }
    }
}
