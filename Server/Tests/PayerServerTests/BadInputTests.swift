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
