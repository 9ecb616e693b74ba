import Service

/// The customer extension (ours) over the live run's service, each call first catching up with the clock.
extension LiveSandbox: CustomerExtensionBackend {
    public func withService<Result: Sendable>(_ body: @Sendable (TripService, SimulatedClock) throws -> Result)
        throws -> Result
    {
        catchUp()
        return try body(service, clock)
    }
}
