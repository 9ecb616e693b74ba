import ServiceLifecycle

/// The gRPC server as a lifecycle service: serves until graceful shutdown, then stops taking calls
/// (health turns NOT_SERVING) and lets the calls in flight finish.
struct ServerService: ServiceLifecycle.Service {
    let server: SandboxServer

    func run() async throws {
        try await withGracefulShutdownHandler {
            try await server.serve()
        } onGracefulShutdown: {
            server.beginGracefulShutdown()
        }
    }
}

/// Advances the simulation with the clock even while no client calls, so the city lives on
/// (vehicles move, simulated riders book) in real time × speed. Stops at graceful shutdown.
struct ClockService: ServiceLifecycle.Service {
    let sandbox: LiveSandbox
    /// How often the simulation catches up with the clock.
    var tick: Duration = .milliseconds(50)

    func run() async throws {
        await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                await sandbox.catchUp()
                do { try await Task.sleep(for: tick) } catch { return }
            }
        }
    }
}
