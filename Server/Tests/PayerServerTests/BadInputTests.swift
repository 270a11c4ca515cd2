import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import PayerKit
@testable import PayerServer
import Testing

@Suite("Bad input is a 400 naming the parameter; requests outside the bounds are refused")
struct BadInputTests {
    /// A request, and the parameter its 400 must name.
    static let badRequests: [(uri: String, field: String?)] = [
        ("/v1/auth?code=64490", "payer"),
        ("/v1/auth?payer=medicare-ffs", "code"),
        ("/v1/auth?payer=medicare-ffs&code=", "code"),
        ("/v1/auth?payer=medicare-ffs&code=6449", "code"),
        ("/v1/auth?payer=medicare-ffs&code=64490-5", "code"),
        ("/v1/auth?payer=medicare-ffs&code=64490&date=01/02/2024", "date"),
        ("/v1/auth?payer=medicare-ffs&code=64490&date=2024-02-30", "date"),
        ("/v1/auth?payer=medicare-ffs&code=64490&date=1800-01-01", "date"),
        ("/v1/auth?payer=medicare-ffs&code=64490&date=2024-01-01&date=2024-01-02", "date"),
        ("/v1/auth?payer=medicare-ffs&code=64490&line_of_business=medicare", "line_of_business"),
        ("/v1/auth?payer=medicare-ffs&code=64490&line_of_business=medicaid", "line_of_business"),
        ("/v1/auth?payer=medicare-ffs&code=64490&state=Texas", "state"),
        ("/v1/auth?payer=medicare-ffs&code=64490&state=ZZ", "state"),
        ("/v1/auth?payer=medicare-ffs&code=64490&member_state=T1", "member_state"),
        ("/v1/auth?payer=medicare-ffs&code=64490&setting=hospital", "setting"),
        ("/v1/auth?payer=medicare-ffs&code=64490&network=in-network", "network"),
        ("/v1/auth?payer=medicare-ffs&code=64490&billed_with=J05", "billed_with"),
        ("/v1/auth?payer=medicare-ffs&code=64490&plan=no-such-plan", "plan"),
        ("/v1/auth?payer=medicare-ffs&cod=64490", "cod"),
        ("/v1/auth?payer=medicare-ffs&code=%ZZ", "code"),
        ("/v1/auth?payer=medicare-ffs&code=" + Array(repeating: "64490", count: 21).joined(separator: ","), "code"),
        ("/v1/auth?payer=" + String(repeating: "a", count: 201) + "&code=64490", "payer"),
        ("/v1/retro?payer=medicare-ffs", "service_date"),
        ("/v1/retro?payer=medicare-ffs&service_date=2026-13-01", "service_date"),
        ("/v1/retro?payer=medicare-ffs&service_date=2026-12-01", "service_date"),
        ("/v1/retro?payer=medicare-ffs&service_date=2026-11-01&as_of=yesterday", "as_of"),
        ("/v1/retro?payer=medicare-ffs&service_date=2026-11-01&code=64490&code=70553", "code"),
        ("/v1/retro?payer=medicare-ffs&service_date=2026-11-01&date=2026-11-01", "date"),
        ("/v1/timeline?date=2026-03-02", "payer"),
        ("/v1/timeline?payer=molina&date=2026-03-02", "payer"),
        ("/v1/timeline?payer=medicare-ffs", "date"),
        ("/v1/timeline?payer=medicare-ffs&date=2026-02-30", "date"),
        ("/v1/timeline?payer=medicare-ffs&date=03/02/2026", "date"),
        ("/v1/timeline?payer=medicare-ffs&date=1800-01-01", "date"),
        ("/v1/timeline?payer=medicare-ffs&date=2026-03-02&code=6449", "code"),
        ("/v1/timeline?payer=medicare-ffs&date=2026-03-02&code=64490&code=70553", "code"),
        ("/v1/timeline?payer=medicare-ffs&date=2026-03-02&as_of=tomorrow", "as_of"),
        ("/v1/timeline?payer=medicare-ffs&date=2026-03-02&admission_date=2026-13-01", "admission_date"),
        ("/v1/timeline?payer=medicare-ffs&date=2026-03-02&discharge_date=2026-3-5", "discharge_date"),
        ("/v1/timeline?payer=medicare-ffs&date=2026-03-02&admission_date=2026-03-05&discharge_date=2026-03-04", "discharge_date"),
        ("/v1/timeline?payer=medicare-ffs&date=2026-03-02&notification_date=x", "notification_date"),
        ("/v1/timeline?payer=medicare-ffs&date=2026-03-02&eligibility_add_date=2026-00-10", "eligibility_add_date"),
        ("/v1/timeline?payer=medicare-ffs&date=2026-03-02&denial_date=yesterday", "denial_date"),
        ("/v1/timeline?payer=medicare-ffs&date=2026-03-02&initial_determination_date=2026-04-31", "initial_determination_date"),
        ("/v1/timeline?payer=medicare-ffs&date=2026-03-02&initial_determination_received_date=3000-01-01", "initial_determination_received_date"),
        ("/v1/timeline?payer=medicare-ffs&date=2026-03-02&setting=hospital", "setting"),
        ("/v1/timeline?payer=medicare-ffs&date=2026-03-02&line_of_business=medicaid", "line_of_business"),
        ("/v1/timeline?payer=medicare-ffs&date=2026-03-02&state=Kentucky", "state"),
        ("/v1/timeline?payer=medicare-ffs&service_date=2026-03-02", "service_date"),
        ("/v1/timeline?payer=medicare-ffs&date=2026-03-02&denial_notice_date=2026-04-01", "denial_notice_date"),
        ("/v1/checklist?code=64490", "payer"),
        ("/v1/checklist?payer=molina&code=64490", "payer"),
        ("/v1/checklist?payer=medicare-ffs", "code"),
        ("/v1/checklist?payer=medicare-ffs&code=6449", "code"),
        ("/v1/checklist?payer=medicare-ffs&code=64490,70553", "code"),
        ("/v1/checklist?payer=medicare-ffs&code=64490&date=2026-02-30", "date"),
        ("/v1/checklist?payer=medicare-ffs&code=64490&approved_on=01/05/2026", "approved_on"),
        ("/v1/checklist?payer=medicare-ffs&code=64490&billed_with=J05", "billed_with"),
        ("/v1/checklist?payer=medicare-ffs&code=64490&setting=clinic", "setting"),
        ("/v1/checklist?payer=medicare-ffs&code=64490&member_state=T1", "member_state"),
        ("/v1/checklist?payer=medicare-ffs&code=64490&as_of=2026-01-01", "as_of"),
        ("/v1/payers?verbose=1", "verbose"),
        ("/healthz?x=1", "x"),
    ]

    @Test("Each bad question is a 400 with one sentence and the parameter at fault", arguments: badRequests)
    func badRequest(uri: String, field: String?) async throws {
        try await Fixture.withClient { client in
            let response = try await client.execute(uri: uri, method: .get)
            #expect(response.status == .badRequest, "\(uri): \(response.text)")
            let error = try response.apiError()
            #expect(error.field == field, "\(uri): \(error.error)")
            #expect(!error.error.isEmpty && !error.error.contains("\n"))
            #expect(response.headers[.requestID] != nil && response.headers[.ruleSet] != nil)
        }
    }

    @Test("A misspelt parameter gets a did-you-mean")
    func didYouMean() async throws {
        try await Fixture.withClient { client in
            let error = try await client.execute(uri: "/v1/auth?payer=medicare-ffs&code=64490&setings=office", method: .get).apiError()
            #expect(error.error.contains("did you mean 'setting'?"))
        }
    }

    @Test("Only GET and HEAD: anything else is a 405")
    func readOnly() async throws {
        try await Fixture.withClient { client in
            for method in [HTTPRequest.Method.post, .put, .delete, .patch] {
                let response = try await client.execute(uri: "/v1/payers", method: method)
                #expect(response.status == .methodNotAllowed)
                #expect(try response.apiError().error.contains("read-only"))
            }
        }
    }

    @Test("A request with a body is a 413; a URL over 2048 bytes a 414")
    func bounds() async throws {
        try await Fixture.withClient { client in
            let body = try await client.execute(uri: "/v1/payers", method: .get, body: ByteBuffer(string: "{\"name\": \"x\"}"))
            #expect(body.status == .contentTooLarge)
            let long = try await client.execute(uri: "/v1/auth?payer=medicare-ffs&code=64490&plan=" + String(repeating: "x", count: 2100), method: .get)
            #expect(long.status == .uriTooLong)
            #expect(long.headers[.requestID] != nil)
        }
    }

    @Test("An unknown path is a JSON 404")
    func unknownPath() async throws {
        try await Fixture.withClient { client in
            let response = try await client.execute(uri: "/v2/auth", method: .get)
            #expect(response.status == .notFound)
            #expect(try response.apiError().error.contains("/openapi.json"))
        }
    }
}
