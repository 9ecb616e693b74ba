/// A replayed peer workload (RidePy's export format, see `WorkloadFile`): requests with their own
/// time windows on a Euclidean plane at unit speed, and a fleet starting at time 0.
public struct WorkloadSpec: Hashable, Sendable {
    /// Absolute paths of `PREFIX.requests.csv[.gz]` and `PREFIX.fleet.csv[.gz]`.
    public var requestsPath: String
    public var fleetPath: String
    /// Simulated seconds per plane time unit (and per unit of distance, at unit speed).
    public var secondsPerUnit: Double

    public init(requestsPath: String, fleetPath: String, secondsPerUnit: Double = 1000) {
        self.requestsPath = requestsPath; self.fleetPath = fleetPath; self.secondsPerUnit = secondsPerUnit
    }
}
