import Foundation
import Hummingbird
import Logging
import NIOCore
import PayerKit
import ServiceLifecycle

/// Builds the server: routes, the request middleware and the rule service, bound where the configuration says.
public enum PayerServerApplication {
    /// Where to listen and how.
    public struct Configuration: Sendable {
        /// The address to bind: 127.0.0.1 unless the practice's network should reach it.
        public var host: String
        /// The port; 0 picks a free one.
        public var port: Int

        /// Creates a configuration.
        public init(host: String = "127.0.0.1", port: Int = 8080) {
            self.host = host
            self.port = port
        }
    }

    /// The router with every route and the request middleware.
    public static func router(rules: RuleService, clock: ServerClock, logger: Logger) -> Router<BasicRequestContext> {
        let router = Router(options: .autoGenerateHeadEndpoints)
        router.add(middleware: RequestMiddleware(rules: rules, logger: logger))
        APIRoutes(rules: rules, today: clock).add(to: router)
        PageRoutes(rules: rules, today: clock).add(to: router)
        return router
    }

    /// The application: the HTTP server and the rule service (reloads on SIGHUP and file changes), run together;
    /// `runService()` adds graceful shutdown on SIGTERM and SIGINT.
    public static func application(
        configuration: Configuration, rules: RuleService, clock: ServerClock, logger: Logger,
        onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
    ) -> some ApplicationProtocol {
        Application(
            router: router(rules: rules, clock: clock, logger: logger),
            configuration: ApplicationConfiguration(address: .hostname(configuration.host, port: configuration.port), serverName: nil),
            services: [rules],
            onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? configuration.port) },
            logger: logger)
    }
}
