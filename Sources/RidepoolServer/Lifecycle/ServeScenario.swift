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
    }

    /// Loads the scenario, listens, and serves until a shutdown signal; returns the written run.
    /// - Parameter onListening: called once the port is bound (print the address and token there).
    public static func run(scenarioPath: String, options: RunOptions, configuration: SandboxConfiguration,
                           speed: Double, onListening: @Sendable (Listening) -> Void) async throws -> RunResult {
        let run = try LiveRun(scenarioPath: scenarioPath, options: options)
        let directory = run.directory
        let sandbox = LiveSandbox(run: run, speed: speed)
        let server = try SandboxServer(configuration: configuration, backend: sandbox)
        let group = ServiceGroup(
            services: [ClockService(sandbox: sandbox), ServerService(server: server)],
            gracefulShutdownSignals: [.sigterm, .sigint],
            logger: Logger(label: "ridepool.serve", factory: { _ in SwiftLogNoOpLogHandler() }))
        try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask { try await group.run() }
            let port: Int
            do {
                port = try await server.port()
            } catch {
                // The transport could not bind; the server's own error says why.
                var why = "\(error)"
                do { try await tasks.waitForAll() } catch let failure { why = "\(failure)" }
                throw RidepoolError("cannot listen on \(configuration.host):\(configuration.port): \(why)",
                                    fix: "choose another --port (0 picks a free one) or stop the program that uses it")
            }
            onListening(Listening(host: configuration.host, port: port, token: configuration.token,
                                  clock: sandbox.clock, directory: directory))
            try await tasks.waitForAll()
        }
        return try await sandbox.finish()
    }
}
