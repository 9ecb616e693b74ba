import Service

/// What the customer extension's gRPC service (ours) asks of the simulation behind it: the service
/// layer and the clock that dates its trips, one call at a time, caught up to the clock's now.
///
/// `LiveSandbox` implements it; a backend without it (a test's fake) serves the documented services only.
public protocol CustomerExtensionBackend: Sendable {
    /// Runs `body` on the service; what it throws (a `ServiceError`) reaches the client as its status.
    func withService<Result: Sendable>(_ body: @Sendable (TripService, SimulatedClock) throws -> Result)
        async throws -> Result
}
