import Foundation
import Logging
import PayerKit
import ServiceLifecycle
import UnixSignals

/// The rules in service and how the last reload went.
///
/// Requests take ``current`` once and answer from that rule set; ``reload(because:)`` reads the files beside it and
/// swaps only when they load cleanly. As a `Service` it reloads on SIGHUP and when a rule file's name, size or
/// modification time changes (polled), until graceful shutdown.
public final class RuleService: Service, @unchecked Sendable {
    /// How the last reload went, for `/healthz` and `/v1/ruleset`.
    public struct Status: Sendable, Codable, Equatable {
        /// When the rules in service were loaded (RFC 3339).
        public var loadedAt: String
        /// When a reload was last tried, if ever.
        public var lastReloadAt: String?
        /// The last reload's error when it failed: the last good rules keep serving.
        public var lastReloadError: String?
        /// The first problems in the files that failed to load (`file:line:column: error: message`), at most 20.
        public var lastReloadDiagnostics: [String]?
    }

    private let knowledgeBase: ReloadableKnowledgeBase
    private let lock = NSLock()
    private var status: Status
    private let logger: Logger
    /// How often the rule files are checked for changes; nil when only SIGHUP reloads.
    public let pollInterval: Duration?

    /// Serves `knowledgeBase`; with a `pollInterval` the service polls its directory for changes.
    public init(_ knowledgeBase: ReloadableKnowledgeBase, pollInterval: Duration? = .seconds(2), logger: Logger) {
        self.knowledgeBase = knowledgeBase
        self.pollInterval = pollInterval
        self.logger = logger
        self.status = Status(loadedAt: Self.timestamp())
    }

    /// The rule set in service: take it once per request.
    public var current: PayerKnowledgeBase { knowledgeBase.current }

    /// The directory the rules in service came from.
    public var rulesDirectory: String { knowledgeBase.rulesDirectory }

    /// How the last reload went.
    public var reloadStatus: Status { lock.withLock { status } }

    /// Reads the rules again and swaps them in if they load without errors; logs what happened.
    @discardableResult
    public func reload(because reason: String) -> ReloadableKnowledgeBase.ReloadOutcome {
        let outcome = knowledgeBase.reload()
        let now = Self.timestamp()
        lock.withLock {
            status.lastReloadAt = now
            switch outcome {
            case .replaced:
                status.loadedAt = now
                status.lastReloadError = nil
                status.lastReloadDiagnostics = nil
            case .unchanged:
                status.lastReloadError = nil
                status.lastReloadDiagnostics = nil
            case .kept(_, let error):
                status.lastReloadError = error.message
                let problems = error.diagnostics.filter { $0.severity == .error }.map(\.description)
                status.lastReloadDiagnostics = problems.isEmpty ? nil : Array(problems.prefix(20))
            }
        }
        switch outcome {
        case .replaced(let previous, let current):
            logger.notice("rules reloaded", metadata: ["reason": .string(reason), "previous": .string(previous.contentHash), "rule_set": .string(current.contentHash)])
        case .unchanged(let identity):
            logger.info("rules unchanged", metadata: ["reason": .string(reason), "rule_set": .string(identity.contentHash)])
        case .kept(let identity, let error):
            logger.error("reload failed; the last good rules keep serving", metadata: [
                "reason": .string(reason), "rule_set": .string(identity.contentHash), "error": .string(error.message),
            ])
        }
        return outcome
    }

    /// Reloads on SIGHUP and on file changes until graceful shutdown.
    public func run() async throws {
        let signals = await UnixSignalsSequence(trapping: .sighup)
        let pollInterval = pollInterval
        // Cancelled on graceful shutdown: the signal loop ends and the poller's sleep throws.
        await cancelWhenGracefulShutdown {
            await withDiscardingTaskGroup { group in
                group.addTask {
                    for await _ in signals {
                        self.reload(because: "SIGHUP")
                    }
                }
                if let pollInterval {
                    group.addTask { await self.poll(every: pollInterval) }
                }
            }
        }
    }

    /// Watches the rules directory's files (names, sizes, modification times) and reloads when they change.
    func poll(every interval: Duration) async {
        var seen = RuleFilesFingerprint(directory: rulesDirectory)
        while !Task.isCancelled {
            do {
                try await Task.sleep(for: interval)
            } catch {
                return
            }
            let now = RuleFilesFingerprint(directory: rulesDirectory)
            if now != seen {
                seen = now
                reload(because: "rule files changed")
            }
        }
    }

    private static func timestamp() -> String {
        Date.now.formatted(.iso8601)
    }
}

/// The names, sizes and modification times of the `*.yaml` files in a directory: a change to any of them is a
/// reason to reload. Cheap enough to take every few seconds; the reload itself decides whether the bytes changed.
struct RuleFilesFingerprint: Equatable {
    private var entries: [String: [Double]] = [:]

    init(directory: String) {
        let manager = FileManager.default
        guard let names = try? manager.contentsOfDirectory(atPath: directory) else { return }
        for name in names where name.hasSuffix(".yaml") && !name.hasPrefix(".") {
            let path = (directory as NSString).appendingPathComponent(name)
            guard let attributes = try? manager.attributesOfItem(atPath: path) else { continue }
            let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            let size = (attributes[.size] as? NSNumber)?.doubleValue ?? 0
            entries[name] = [modified, size]
        }
    }
}
