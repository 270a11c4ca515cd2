import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
@testable import PayerServer
import Testing

@Suite("/openapi.json describes what the server really answers")
struct OpenAPITests {
    /// The document, parsed.
    static func document() throws -> [String: Any] {
        let bytes = try #require(OpenAPIDocument.bytes)
        return try #require(try JSONSerialization.jsonObject(with: bytes) as? [String: Any])
    }

    /// A request for a documented GET: path parameters and required query parameters from their examples.
    static func uri(path: String, operation: [String: Any]) throws -> String {
        var uri = path
        var query: [String] = []
        for parameter in operation["parameters"] as? [[String: Any]] ?? [] {
            let name = try #require(parameter["name"] as? String)
            guard parameter["required"] as? Bool == true else { continue }
            let example = try #require(parameter["example"] as? String, "required parameter \(name) of \(path) needs an example")
            if parameter["in"] as? String == "path" {
                uri = uri.replacingOccurrences(of: "{\(name)}", with: example)
            } else {
                query.append("\(name)=\(example)")
            }
        }
        return query.isEmpty ? uri : uri + "?" + query.joined(separator: "&")
    }

    /// Problems with `value` against `schema`: missing required keys and wrong JSON types, recursively.
    static func problems(_ value: Any, against schema: [String: Any], in document: [String: Any], at path: String) -> [String] {
        var schema = schema
        if let reference = schema["$ref"] as? String {
            let name = String(reference.split(separator: "/").last!)
            schema = ((document["components"] as? [String: Any])?["schemas"] as? [String: Any])?[name] as? [String: Any] ?? [:]
        }
        switch schema["type"] as? String {
        case "object":
            guard let object = value as? [String: Any] else { return ["\(path) is not an object"] }
            var found = (schema["required"] as? [String] ?? []).filter { object[$0] == nil }.map { "\(path) lacks required key '\($0)'" }
            for (key, propertySchema) in schema["properties"] as? [String: [String: Any]] ?? [:] {
                if let property = object[key] { found += problems(property, against: propertySchema, in: document, at: "\(path).\(key)") }
            }
            return found
        case "array":
            guard let array = value as? [Any] else { return ["\(path) is not an array"] }
            let items = schema["items"] as? [String: Any] ?? [:]
            return array.enumerated().flatMap { problems($1, against: items, in: document, at: "\(path)[\($0)]") }
        case "string":
            guard let string = value as? String else { return ["\(path) is not a string"] }
            if let allowed = schema["enum"] as? [String], !allowed.contains(string) { return ["\(path) is '\(string)', not one of \(allowed)"] }
            return []
        case "integer":
            return value is Int && !(value is Bool) ? [] : ["\(path) is not an integer"]
        case "boolean":
            return value is Bool ? [] : ["\(path) is not a boolean"]
        default:
            return []
        }
    }

    @Test("Every documented path answers its documented success, with the required keys and the documented headers")
    func everyPathAnswers() async throws {
        let documented = try #require(try Self.document()["paths"] as? [String: Any])
        #expect(Set(documented.keys) == [
            "/healthz", "/v1/ruleset", "/v1/payers", "/v1/payers/{id}", "/v1/auth", "/v1/retro", "/v1/timeline", "/v1/checklist", "/openapi.json", "/hello",
        ])
        try await Fixture.withClient { client in
            let document = try Self.document()
            let paths = try #require(document["paths"] as? [String: [String: Any]])
            for (path, item) in paths {
                let operation = try #require(item["get"] as? [String: Any], "\(path) documents GET")
                let uri = try Self.uri(path: path, operation: operation)
                let response = try await client.execute(uri: uri, method: .get)
                #expect(response.status == .ok, "\(uri): \(response.text.prefix(300))")
                let success = try #require((operation["responses"] as? [String: Any])?["200"] as? [String: Any])
                let content = try #require(success["content"] as? [String: [String: Any]])
                let (mediaType, media) = try #require(content.first)
                #expect(response.headers[.contentType]?.hasPrefix(mediaType) == true, "\(uri) content type")
                for header in (success["headers"] as? [String: Any] ?? [:]).keys {
                    #expect(response.headers[HTTPField.Name(header)!] != nil, "\(uri) lacks header \(header)")
                }
                if mediaType == "application/json" {
                    let value = try JSONSerialization.jsonObject(with: Data(response.text.utf8))
                    let found = Self.problems(value, against: media["schema"] as? [String: Any] ?? [:], in: document, at: uri)
                    #expect(found.isEmpty, "\(found)")
                }
            }
        }
    }

    @Test("Every JSON route the router serves is documented, and every documented path is routed")
    func everyRouteDocumented() throws {
        let router = PayerServerApplication.router(rules: Fixture.rules, clock: ServerClock(fixed: Fixture.today), logger: Fixture.quiet)
        let routed = Set(router.routes.filter { $0.method == .get }.map(\.path.description))
        // The HTML pages and their assets are for browsers, not part of the API.
        let pages: Set<String> = ["/", "/checklist", "/payers", "/payers/{id}", "/style.css", "/favicon.ico"]
        #expect(pages.isSubset(of: routed))
        let documented = Set(try #require(try Self.document()["paths"] as? [String: Any]).keys)
        #expect(routed.subtracting(pages) == documented)
    }

    @Test("Documented error responses are what bad input gets: 400 and 404 bodies match the Error schema")
    func errorsMatch() async throws {
        try await Fixture.withClient { client in
            let document = try Self.document()
            let schema: [String: Any] = ["$ref": "#/components/schemas/Error"]
            let requests: [(String, HTTPResponse.Status)] = [
                ("/v1/auth?payer=medicare-ffs&code=1", .badRequest), ("/v1/auth?payer=nobody&code=64490", .notFound),
                ("/v1/retro?payer=medicare-ffs", .badRequest), ("/v1/retro?payer=nobody&service_date=2026-11-01", .notFound),
                ("/v1/timeline?payer=medicare-ffs&date=2026-11-01&discharge_date=tomorrow", .badRequest), ("/v1/timeline?payer=nobody&date=2026-11-01", .notFound),
                ("/v1/checklist?payer=medicare-ffs&code=64490&approved_on=x", .badRequest), ("/v1/checklist?payer=nobody&code=64490", .notFound),
                ("/v1/payers/nobody", .notFound),
            ]
            for (uri, status) in requests {
                let response = try await client.execute(uri: uri, method: .get)
                #expect(response.status == status)
                let path = String(uri.split(separator: "?")[0]).replacingOccurrences(of: "/nobody", with: "/{id}")
                let documented = ((document["paths"] as? [String: [String: Any]])?[path]?["get"] as? [String: Any])?["responses"] as? [String: Any]
                #expect(documented?[String(status.code)] != nil, "\(path) documents \(status.code)")
                let found = Self.problems(try JSONSerialization.jsonObject(with: Data(response.text.utf8)), against: schema, in: document, at: uri)
                #expect(found.isEmpty, "\(found)")
            }
        }
    }

    @Test("Every parameter the handlers accept is documented, and nothing more")
    func parametersDocumented() throws {
        let paths = try #require(try Self.document()["paths"] as? [String: [String: Any]])
        func names(_ path: String) -> Set<String> {
            Set(((paths[path]?["get"] as? [String: Any])?["parameters"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String })
        }
        #expect(names("/v1/auth") == AuthorizationRequest.fields)
        #expect(names("/v1/retro") == RetroRequest.fields)
        #expect(names("/v1/timeline") == TimelineRequest.fields)
        #expect(names("/v1/checklist") == ChecklistRequest.fields)
    }
}
