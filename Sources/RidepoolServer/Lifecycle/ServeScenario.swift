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
    }

    /// Listens, loads the scenario, and serves until a shutdown signal; returns the written run.
    ///
    /// The port is bound first: when it cannot be (in use, say), the error names `host:port` and the
    /// fix, and no run directory has been made.
    /// - Parameter onListening: called once the server is up (print the address and token there).
    public static func run(
        scenarioPath: String, options: RunOptions, configuration: SandboxConfiguration,
        speed: Double, clock mode: ClockMode = .wall(now: Date()), oauthPort: Int? = nil,
        onListening: @Sendable (Listening) -> Void
    ) async throws -> RunResult {
        let socket = try ListeningSocket(host: configuration.host, port: configuration.port)
        let run = try LiveRun(scenarioPath: scenarioPath, options: options)
        let directory = run.directory
        let sandbox = LiveSandbox(run: run, speed: speed, clock: mode)
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
                    clock: sandbox.clock, directory: directory, oauthPort: endpoint?.port))
            try await tasks.waitForAll()
        }
        try? await endpoint?.close()
        return try await sandbox.finish()
    }
}
