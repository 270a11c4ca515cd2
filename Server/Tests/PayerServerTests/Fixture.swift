import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import PayerKit
@testable import PayerServer
import Testing

/// The shipped PayerRules, a fixed "today" and an application on them, for handler tests through Hummingbird's
/// router test framework (no sockets).
enum Fixture {
    /// The repository checkout: Server/Tests/PayerServerTests/Fixture.swift is four levels below it.
    static let repositoryRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url.path
    }()

    static let rulesDirectory = repositoryRoot + "/PayerRules"
    static let today = CalendarDate(iso8601: "2026-11-29")!
    static let quiet = Logger(label: "test") { _ in SwiftLogNoOpLogHandler() }

    /// The shipped rules, loaded once for the read-only tests.
    static let rules: RuleService = {
        let knowledgeBase = try! ReloadableKnowledgeBase(loading: rulesDirectory)
        return RuleService(knowledgeBase, pollInterval: nil, logger: quiet)
    }()

    static func application(rules: RuleService = Fixture.rules, logger: Logger = quiet) -> some ApplicationProtocol {
        PayerServerApplication.application(configuration: .init(host: "127.0.0.1", port: 0), rules: rules, clock: ServerClock(fixed: today), logger: logger)
    }

    /// Runs `body` with a client of the application on the shipped rules.
    static func withClient<Value: Sendable>(rules: RuleService = Fixture.rules, logger: Logger = quiet, _ body: @Sendable (any TestClientProtocol) async throws -> Value) async throws -> Value {
        try await application(rules: rules, logger: logger).test(.router, body)
    }

    /// A copy of the shipped rules in a new temporary directory, for reload tests.
    static func copyOfRules() throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("payer-server-tests-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        for name in try FileManager.default.contentsOfDirectory(atPath: rulesDirectory) where name.hasSuffix(".yaml") {
            try FileManager.default.copyItem(atPath: rulesDirectory + "/" + name, toPath: directory + "/" + name)
        }
        return directory
    }
}

extension TestResponse {
    var text: String { String(buffer: body) }

    /// The body as a JSON object.
    func object() throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    /// The body as a JSON array.
    func array() throws -> [Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [Any])
    }

    /// The `{"error", "field", "suggestions"}` body.
    func apiError() throws -> APIError.Body {
        try JSONDecoder().decode(APIError.Body.self, from: Data(text.utf8))
    }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try JSONDecoder().decode(type, from: Data(text.utf8))
    }
}
