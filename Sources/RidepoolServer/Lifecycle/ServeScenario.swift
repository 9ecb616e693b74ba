import Foundation
import Logging
import Ridepool
import ServiceLifecycle

/// `ridepool serve`: a scenario's live simulation behind the integration API, until SIGINT or
/// SIGTERM; then the calls in flight finish and the run's results are written as `ridepool run` would.
public enum ServeScenario {
    /// What the caller learns once the server listens.
    public struct Listening: Sendable {
        public var host: String
        public var port: Int
        public var token: String
        public var clock: SimulatedClock
        public var directory: String
        /// The token endpoint's port (`POST /auth/oauth/token`), when it is on.
        public var oauthPort: Int?
        /// Where trip state changes are posted, when `--webhook` is on.
        public var webhook: WebhookTarget?
    }

    /// Listens, loads the scenario, and serves until a shutdown signal; returns the written run.
    ///
    /// The port is bound first: when it cannot be (in use, say), the error names `host:port` and the
    /// fix, and no run directory has been made.
    /// With `webhook`, every trip state change is posted there (`TripWebhooks`); at shutdown, what is
    /// still queued gets a few seconds to go out, and a summary is logged to standard error.
    /// - Parameter onListening: called once the server is up (print the address and token there).
    public static func run(
        scenarioPath: String, options: RunOptions, configuration: SandboxConfiguration,
        speed: Double, clock mode: ClockMode = .wall(now: Date()), oauthPort: Int? = nil,
        webhook: WebhookConfiguration? = nil, onListening: @Sendable (Listening) -> Void
    ) async throws -> RunResult {
        let socket = try ListeningSocket(host: configuration.host, port: configuration.port)
        let changes = webhook.map { _ in TripStateChanges() }
        let run = try LiveRun(scenarioPath: scenarioPath, options: options, observer: changes)
        let directory = run.directory
        var webhooks: TripWebhooks?
        if var webhook, let changes {
            webhook.seed = run.spec.seed
            webhooks = TripWebhooks(
                configuration: webhook, changes: changes,
                logger: Logger(label: "ridepool.webhooks", factory: { StreamLogHandler.standardError(label: $0) }))
        }
        let sandbox = LiveSandbox(run: run, speed: speed, clock: mode, webhooks: webhooks)
        let server = try SandboxServer(socket: socket, configuration: configuration, backend: sandbox)
        var endpoint: TokenEndpoint?
        if let oauthPort, let tokens = configuration.issuedTokens {
            endpoint = try await TokenEndpoint(host: configuration.host, port: oauthPort, tokens: tokens)
        }
        let group = ServiceGroup(
            services: [ClockService(sandbox: sandbox), ServerService(server: server)],
            gracefulShutdownSignals: [.sigterm, .sigint],
            logger: Logger(label: "ridepool.serve", factory: { _ in SwiftLogNoOpLogHandler() }))
        try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask { try await group.run() }
            onListening(
                Listening(
                    host: configuration.host, port: server.port, token: configuration.token,
                    clock: sandbox.clock, directory: directory, oauthPort: endpoint?.port, webhook: webhook?.target))
            try await tasks.waitForAll()
        }
        try? await endpoint?.close()
        let result = try await sandbox.finish()
        await webhooks?.dispatcher.close(within: .seconds(3))
        return result
    }
}
