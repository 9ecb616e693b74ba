import Simulation

/// Vehicle breakdowns (`breakdowns`): drawn at a rate per vehicle-hour in service, and/or listed as timed
/// incidents (for tests and what-if studies). Off by default.
public struct BreakdownSpec: Hashable, Sendable {
    /// Expected breakdowns per vehicle-hour of shift (a Poisson process per vehicle, seeded).
    public var ratePerVehicleHour: Double
    /// How long a broken-down vehicle is out of service.
    public var repair: SimTime
    /// Breakdowns at given moments.
    public var incidents: [IncidentSpec]

    public init(ratePerVehicleHour: Double = 0, repair: SimTime = .minutes(60), incidents: [IncidentSpec] = []) {
        self.ratePerVehicleHour = ratePerVehicleHour; self.repair = repair; self.incidents = incidents
    }

    public var isOff: Bool { ratePerVehicleHour == 0 && incidents.isEmpty }
}

/// One listed breakdown: a vehicle (by id), when, and its repair time (default: the section's).
public struct IncidentSpec: Hashable, Sendable {
    public var vehicleID: String
    public var time: SimTime
    public var repair: SimTime?
    public init(vehicleID: String, time: SimTime, repair: SimTime? = nil) {
        self.vehicleID = vehicleID; self.time = time; self.repair = repair
    }
}
