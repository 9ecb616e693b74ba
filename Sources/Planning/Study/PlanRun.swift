import Reports

/// One simulated run of a plan: a fleet size (or a checked shift plan) and a seed, measured.
public struct PlanRun: Hashable, Sendable, Codable {
    /// Vehicles (for a shift-plan check: the most vehicles in service in any hour).
    public var fleet: Int
    public var seed: UInt64
    public var sample: KPISample

    public init(fleet: Int, seed: UInt64, sample: KPISample) {
        self.fleet = fleet; self.seed = seed; self.sample = sample
    }

    /// The trip KPI `kpi` of the trips requested in `hour` (nil: none requested, or undefined).
    public func hourValue(_ kpi: KPI, hour: Int) -> Double? {
        sample.hours.first { $0.hour == hour }?.values[kpi.index]
    }

    /// Requests made in `hour`.
    public func hourRequests(_ hour: Int) -> Int { sample.hours.first { $0.hour == hour }?.requests ?? 0 }
}
