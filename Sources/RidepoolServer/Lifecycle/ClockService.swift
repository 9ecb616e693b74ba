import ServiceLifecycle

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
