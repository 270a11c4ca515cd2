import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import PayerKit
@testable import PayerServer
import Testing

@Suite("Reloading keeps the last good rules; the log has one line per request and no query strings")
struct OperationsTests {
    @Test("A broken rule file is not served: /healthz reports the error and the previous rules keep answering; a fix is picked up")
    func failedReload() async throws {
        let directory = try Fixture.copyOfRules()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let rules = RuleService(try ReloadableKnowledgeBase(loading: directory), pollInterval: nil, logger: Fixture.quiet)
        let original = rules.current.identity
        let aetna = directory + "/aetna.yaml"
        let good = try String(contentsOfFile: aetna, encoding: .utf8)
        try (good + "\nnot_a_key: [\n").write(toFile: aetna, atomically: true, encoding: .utf8)
        guard case .kept = rules.reload(because: "test") else {
            Issue.record("a broken file was swapped in")
            return
        }
        try await Fixture.withClient(rules: rules) { client in
            let health = try await client.execute(uri: "/healthz", method: .get)
            #expect(health.status == .ok)
            let body = try health.decode(APIRoutes.Health.self)
            #expect(body.status == "degraded")
            #expect(body.lastReloadError?.contains("aetna.yaml") == true)
            #expect(body.lastReloadDiagnostics?.isEmpty == false)
            #expect(body.ruleSet == original)
            let answer = try await client.execute(uri: "/v1/auth?payer=medicare-ffs&code=64490&date=2024-01-01&setting=hospital-outpatient", method: .get)
            #expect(answer.status == .ok)
            #expect(answer.headers[.ruleSet] == original.headerValue)
        }
        try (good + "\n# a comment changes the bytes\n").write(toFile: aetna, atomically: true, encoding: .utf8)
        guard case .replaced = rules.reload(because: "test") else {
            Issue.record("the fixed file was not swapped in")
            return
        }
        try await Fixture.withClient(rules: rules) { client in
            let health = try await client.execute(uri: "/healthz", method: .get)
            let body = try health.decode(APIRoutes.Health.self)
            #expect(body.status == "ok")
            #expect(body.lastReloadError == nil)
            #expect(body.ruleSet != original)
            #expect(health.headers[.ruleSet] == body.ruleSet.headerValue)
        }
    }

    @Test("A changed rule file is noticed by polling and reloaded")
    func polling() async throws {
        let directory = try Fixture.copyOfRules()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let rules = RuleService(try ReloadableKnowledgeBase(loading: directory), pollInterval: .milliseconds(50), logger: Fixture.quiet)
        let original = rules.current.identity
        let task = Task { await rules.poll(every: .milliseconds(50)) }
        try await Task.sleep(for: .milliseconds(150))
        let file = directory + "/cigna.yaml"
        try (try String(contentsOfFile: file, encoding: .utf8) + "\n# edited\n").write(toFile: file, atomically: true, encoding: .utf8)
        for _ in 0..<100 where rules.current.identity == original {
            try await Task.sleep(for: .milliseconds(50))
        }
        #expect(rules.current.identity != original)
        #expect(rules.reloadStatus.lastReloadAt != nil)
        task.cancel()
        await task.value
    }

    @Test("One log line per request: method, path without the query string, status, duration, request id")
    func requestLog() async throws {
        let recorder = LogRecorder()
        let logger = Logger(label: "test") { _ in recorder }
        try await Fixture.withClient(logger: logger) { client in
            _ = try await client.execute(uri: "/v1/auth?payer=medicare-ffs&code=64490&date=2024-01-01", method: .get, headers: [.requestID: "abc"])
            _ = try await client.execute(uri: "/?payer=nobody&code=99213", method: .get)
        }
        let lines = recorder.events.filter { $0.message == "request" }
        #expect(lines.count == 2)
        let first = try #require(lines.first)
        #expect(first.metadata["method"] == "GET")
        #expect(first.metadata["path"] == "/v1/auth")
        #expect(first.metadata["status"] == "200")
        #expect(first.metadata["request_id"] == "abc")
        #expect(Double(first.metadata["duration_ms"] ?? "") != nil)
        #expect(lines.last?.metadata["status"] == "404")
        for event in recorder.events {
            let text = event.message + event.metadata.values.joined()
            #expect(!text.contains("64490") && !text.contains("99213") && !text.contains("payer="), "\(event)")
        }
    }

    @Test("The JSON log format writes one object per line with the metadata as keys")
    func jsonLogLine() throws {
        let event = LogEvent(level: .info, message: "request", metadata: ["path": "/v1/auth", "status": "200"], source: "test", file: #fileID, function: #function, line: #line)
        let line = JSONLogHandler.line(event: event, label: "payer-server", metadata: ["service": "x"])
        #expect(line.last == 0x0A)
        let object = try #require(try JSONSerialization.jsonObject(with: line) as? [String: String])
        #expect(object["message"] == "request" && object["path"] == "/v1/auth" && object["service"] == "x" && object["level"] == "info")
    }
}

/// Collects log events in memory.
final class LogRecorder: LogHandler, @unchecked Sendable {
    struct Event: Sendable {
        var message: String
        var metadata: [String: String]
    }

    private let lock = NSLock()
    private var recorded: [Event] = []
    var logLevel: Logger.Level = .trace
    var metadata: Logger.Metadata = [:]

    var events: [Event] { lock.withLock { recorded } }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let values = (event.metadata ?? [:]).merging(metadata) { $1 }.mapValues(\.description)
        lock.withLock { recorded.append(Event(message: event.message.description, metadata: values)) }
    }
}
