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
