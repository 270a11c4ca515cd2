import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import PayerKit
@testable import PayerServer
import Testing

@Suite("The JSON API answers in the library's shapes")
struct APITests {
    @Test("GET /healthz is ok with the rule set in service, and every response has a request id and the rule-set header")
    func health() async throws {
        try await Fixture.withClient { client in
            let response = try await client.execute(uri: "/healthz", method: .get)
            #expect(response.status == .ok)
            let body = try response.object()
            #expect(body["status"] as? String == "ok")
            #expect((body["ruleSet"] as? [String: Any])?["contentHash"] as? String == Fixture.rules.current.identity.contentHash)
            #expect(response.headers[.requestID]?.count == 16)
            #expect(response.headers[.ruleSet] == Fixture.rules.current.identity.headerValue)
            #expect(response.headers[.contentType] == "application/json; charset=utf-8")
        }
    }

    @Test("GET /v1/payers lists every payer as the payer tool's list --json does")
    func payers() async throws {
        try await Fixture.withClient { client in
            let response = try await client.execute(uri: "/v1/payers", method: .get)
            #expect(response.status == .ok)
            let payers = try response.decode([PayerSummary].self)
            #expect(payers.map(\.id) == Fixture.rules.current.payers.map(\.id))
            #expect(payers.contains { $0.id == "medicare-ffs" })
        }
    }

    @Test("GET /v1/payers/{id} is the contact sheet, found by id, alias or name")
    func contactSheet() async throws {
        try await Fixture.withClient { client in
            let byID = try await client.execute(uri: "/v1/payers/medicare-ffs", method: .get)
            #expect(byID.status == .ok)
            #expect(try byID.decode(ContactSheet.self).payer.id == "medicare-ffs")
            let byName = try await client.execute(uri: "/v1/payers/Original%20Medicare", method: .get)
            #expect(try byName.decode(ContactSheet.self).payer.id == "medicare-ffs")
        }
    }

    @Test("An unknown payer is a 404 with the nearest ids")
    func unknownPayer() async throws {
        try await Fixture.withClient { client in
            for uri in ["/v1/payers/medicre", "/v1/auth?payer=medicre&code=64490", "/v1/retro?payer=medicre&service_date=2026-11-20"] {
                let response = try await client.execute(uri: uri, method: .get)
                #expect(response.status == .notFound, "\(uri)")
                let error = try response.apiError()
                #expect(error.field == "payer")
                #expect(error.suggestions?.contains("medicare-ffs") == true, "\(uri)")
                #expect(error.error.contains("medicre"))
            }
        }
    }

    @Test("GET /v1/auth answers as payer auth --json: 64490 in a hospital outpatient department on 2024-01-01 needs authorization")
    func authorization() async throws {
        try await Fixture.withClient { client in
            let response = try await client.execute(uri: "/v1/auth?payer=medicare-ffs&code=64490&date=2024-01-01&setting=hospital-outpatient", method: .get)
            #expect(response.status == .ok)
            let answers = try response.decode([AuthorizationAnswer.Record].self)
            #expect(answers.count == 1)
            #expect(answers[0].verdict == .required)
            #expect(answers[0].code.text == "64490")
            #expect(answers[0].dateOfService == CalendarDate(iso8601: "2024-01-01"))
            #expect(answers[0].ruleSet == Fixture.rules.current.identity)
            #expect(!answers[0].situations[0].rules.isEmpty)
        }
    }

    @Test("Several codes: repeated or comma-separated, answered in order; a modifier is reported back")
    func severalCodes() async throws {
        try await Fixture.withClient { client in
            for uri in ["/v1/auth?payer=medicare-ffs&code=64490-50&code=70553", "/v1/auth?payer=medicare-ffs&code=64490-50,70553", "/v1/auth?payer=medicare-ffs&code=64490-50+70553"] {
                let answers = try await client.execute(uri: uri, method: .get).decode([AuthorizationAnswer.Record].self)
                #expect(answers.map(\.code.text) == ["64490", "70553"], "\(uri)")
                #expect(answers[0].modifiers == ["50"])
            }
        }
    }

    @Test("The date of service defaults to the server's today, and scope parameters narrow the answer")
    func defaults() async throws {
        try await Fixture.withClient { client in
            let open = try await client.execute(uri: "/v1/auth?payer=medicare-ffs&code=64490", method: .get).decode([AuthorizationAnswer.Record].self)
            #expect(open[0].dateOfService == Fixture.today)
            let narrowed = try await client.execute(
                uri: "/v1/auth?payer=medicare-ffs&code=64490&date=2024-01-01&line_of_business=medicare-ffs&state=tx&setting=office&network=participating&member_state=TX&billed_with=J0585",
                method: .get)
            #expect(narrowed.status == .ok, "\(narrowed.text)")
        }
    }

    @Test("GET /v1/retro answers as payer retro --json, judged on the server's today unless as_of says")
    func retro() async throws {
        try await Fixture.withClient { client in
            let response = try await client.execute(uri: "/v1/retro?payer=medicare-ffs&service_date=2026-11-20&code=64490", method: .get)
            #expect(response.status == .ok)
            let answer = try response.decode(RetroAnswer.Record.self)
            #expect(answer.asOf == Fixture.today)
            #expect(answer.serviceDate == CalendarDate(iso8601: "2026-11-20"))
            let asOf = try await client.execute(uri: "/v1/retro?payer=aetna&service_date=2026-11-20&as_of=2026-11-25&line_of_business=commercial", method: .get)
            #expect(try asOf.decode(RetroAnswer.Record.self).asOf == CalendarDate(iso8601: "2026-11-25"))
        }
    }

    @Test("GET /v1/ruleset names the rules in service")
    func ruleSet() async throws {
        try await Fixture.withClient { client in
            let body = try await client.execute(uri: "/v1/ruleset", method: .get).decode(APIRoutes.RuleSetDescription.self)
            #expect(body.ruleSet == Fixture.rules.current.identity)
            #expect(body.payers == Fixture.rules.current.payers.count)
            #expect(body.files.contains("medicare-ffs.yaml"))
        }
    }

    @Test("GET /hello is the benchmark's constant baseline")
    func hello() async throws {
        try await Fixture.withClient { client in
            let response = try await client.execute(uri: "/hello", method: .get)
            #expect(response.text == "Hello, world!\n")
            #expect(response.headers[.ruleSet] != nil)
        }
    }

    @Test("A client's plain X-Request-ID is echoed; anything else is replaced")
    func requestID() async throws {
        try await Fixture.withClient { client in
            let echoed = try await client.execute(uri: "/healthz", method: .get, headers: [.requestID: "front-desk.42_a"])
            #expect(echoed.headers[.requestID] == "front-desk.42_a")
            let replaced = try await client.execute(uri: "/healthz", method: .get, headers: [.requestID: "bad id\"<x>"])
            #expect(replaced.headers[.requestID]?.count == 16)
            #expect(replaced.headers[.requestID] != "bad id\"<x>")
        }
    }

    @Test("HEAD answers like GET without a body")
    func head() async throws {
        try await Fixture.withClient { client in
            let response = try await client.execute(uri: "/v1/payers", method: .head)
            #expect(response.status == .ok)
            #expect(response.headers[.ruleSet] != nil)
        }
    }
}
