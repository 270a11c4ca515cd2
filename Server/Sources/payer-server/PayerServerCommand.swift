import ArgumentParser
import Foundation
import Hummingbird
import Logging
import PayerKit
import PayerServer

/// `payer-server`: the lookup page and the JSON API on the rules in a directory, or on the rules bundled with
/// PayerKit.
@main
struct PayerServerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "payer-server",
        abstract: "Serve the prior-authorization lookup page and the JSON API (read-only).",
        discussion: """
            Binds 127.0.0.1 unless --host says otherwise. Reloads the rules on SIGHUP and when a rule file changes; \
            a failed reload keeps the last good rules serving and /healthz reports the error. SIGTERM or SIGINT \
            shut down gracefully.

            Example:
              payer-server --rules PayerRules --port 8080
            """)

    @Option(name: .long, help: ArgumentHelp("The PayerRules directory (default: the rules bundled with PayerKit).", valueName: "dir"))
    var rules: String?

    @Option(name: .long, help: "The address to bind; 0.0.0.0 serves every network the machine is on.")
    var host = "127.0.0.1"

    @Option(name: .long, help: "The port to listen on (0: any free port, printed at start).")
    var port = 8080

    @Option(name: .long, help: ArgumentHelp("Seconds between checks of the rule files for changes (0: only SIGHUP reloads).", valueName: "seconds"))
    var pollInterval = 2.0

    @Option(name: .long, help: ArgumentHelp("The time zone that decides which day today is (default: the machine's).", valueName: "zone"))
    var timeZone: String?

    @Option(name: .long, help: ArgumentHelp("Log format: text (key=value) or json (one object per line).", valueName: "format"))
    var logFormat: LogFormat = .text

    @Option(name: .long, help: ArgumentHelp("Log level: trace, debug, info, notice, warning, error, critical.", valueName: "level"))
    var logLevel: Logger.Level = .info

    enum LogFormat: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
        guard pollInterval >= 0 else { throw ValidationError("--poll-interval must be 0 or more seconds") }
        if let timeZone, TimeZone(identifier: timeZone) == nil {
            throw ValidationError("'\(timeZone)' is not a time zone; use an IANA name such as America/Chicago")
        }
        if let rules {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: rules, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw ValidationError("no rules directory at '\(rules)'")
            }
        }
    }

    func run() async throws {
        let format = logFormat
        let level = logLevel
        LoggingSystem.bootstrap { label in
            var handler: any LogHandler = format == .json ? JSONLogHandler(label: label) : StreamLogHandler.standardOutput(label: label)
            handler.logLevel = level
            return handler
        }
        let logger = Logger(label: "payer-server")
        let knowledgeBase: ReloadableKnowledgeBase
        do {
            knowledgeBase = try rules.map { try ReloadableKnowledgeBase(loading: $0) } ?? ReloadableKnowledgeBase(loadingBundledWith: .default)
        } catch let error as PayerKitError {
            FileHandle.standardError.write(Data("payer-server: \(error.description)\n".utf8))
            throw ExitCode(error.diagnostics.isEmpty ? 66 : 1)
        }
        let service = RuleService(knowledgeBase, pollInterval: pollInterval > 0 ? .milliseconds(Int(pollInterval * 1000)) : nil, logger: logger)
        let clock = ServerClock(timeZone: timeZone.flatMap(TimeZone.init(identifier:)) ?? .current)
        logger.notice("rules loaded", metadata: [
            "rules": .string(rules ?? "bundled"), "rule_set": .string(service.current.identity.description), "payers": .stringConvertible(service.current.payers.count),
        ])
        let host = host
        let app = PayerServerApplication.application(
            configuration: .init(host: host, port: port), rules: service, clock: clock, logger: logger,
            onServerRunning: { port in logger.notice("listening", metadata: ["url": .string("http://\(host.contains(":") ? "[\(host)]" : host):\(port)/")]) })
        try await app.runService()
    }
}

extension Logger.Level: @retroactive ExpressibleByArgument {}
