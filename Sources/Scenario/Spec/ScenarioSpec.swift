import Service
import Simulation

/// A validated scenario: every field resolved, defaults applied, paths absolute.
///
/// Made by `ScenarioLoader`; written back out by `resolvedYAML()`. The schema is documented in
/// `scenarios/README.md`.
public struct ScenarioSpec: Hashable, Sendable {
    /// The scenario file's path as given to the loader.
    public var file: String
    /// `[A-Za-z0-9_-]+`, used as the results folder name.
    public var name: String
    public var description: String
    /// Seed of the run's random generator.
    public var seed: UInt64
    /// Demand window: requests are due in [start, end) (they depart then, or arrive then when asked by
    /// arrival); a booking made earlier reaches the service at `start` (see `DemandSpec`).
    public var start: SimTime
    public var end: SimTime
    /// Extra time after `end` for trips to finish.
    public var drain: SimTime
    /// Absolute path of the service-area GeoJSON.
    public var serviceAreaPath: String
    /// Absolute path of the stops CSV or GeoJSON (`nil` only when door to door).
    public var stopsPath: String?
    /// Pick up and drop off at the rider's origin and destination instead of at stops.
    public var doorToDoor: Bool
    public var travel: TravelSpec
    public var walking: WalkingModel
    public var boarding: BoardingModel
    public var vehicleTypes: [VehicleType]
    public var vehicleGroups: [VehicleGroupSpec]
    public var demand: DemandSpec
    public var riders: RiderBehaviour
    /// How long a vehicle waits at the pickup for a rider who is not there (`riders.noShowWaitSeconds`).
    public var noShowWait: SimTime
    public var serviceClasses: [ServiceClass]
    public var matcher: MatcherOptions
    /// Customer flags, service hours and booking horizon (`customerFlags`, `service`).
    public var rules: ServiceRules
    /// How long the dispatcher takes to accept or reject an order (`service.dispatchLatencySeconds`).
    public var dispatchLatency: DispatchLatency
    /// Vehicle breakdowns (`breakdowns`; none by default).
    public var breakdowns: BreakdownSpec
    /// Depots, breaks, charging and rebalancing (`operations`; none by default).
    public var operations: OperationsSpec
    /// Prebooked trips and re-optimisation (`dispatch`; by default prebooked trips are assigned 30
    /// minutes ahead, without an hourly limit, and nothing is re-optimised).
    public var dispatch: DispatchRules
    /// File paths as written in the scenario, by field path (`serviceArea`, `stops`,
    /// `demand.replay.file`, `fleet.vehicles[0].startsFile`, `operations.depots`); `resolvedYAML()`
    /// writes these back.
    public var pathsAsWritten: [String: String]
    /// A replayed peer workload; when set, it replaces the service area, stops, fleet and demand
    /// (see `ScenarioSpec.workloadDefaults`).
    public var workload: WorkloadSpec?

    /// The end of the simulation: `end + drain`.
    public var horizon: SimTime { end + drain }

    public init(
        file: String, name: String, description: String = "", seed: UInt64 = 1,
        start: SimTime = .zero, end: SimTime = .hours(24), drain: SimTime = .hours(2),
        serviceAreaPath: String, stopsPath: String?, doorToDoor: Bool = false,
        travel: TravelSpec = TravelSpec(), walking: WalkingModel = WalkingModel(),
        boarding: BoardingModel = BoardingModel(), vehicleTypes: [VehicleType],
        vehicleGroups: [VehicleGroupSpec], demand: DemandSpec, riders: RiderBehaviour = RiderBehaviour(),
        noShowWait: SimTime = .seconds(120),
        serviceClasses: [ServiceClass] = [ScenarioSpec.defaultServiceClass],
        matcher: MatcherOptions = MatcherOptions(), rules: ServiceRules = ServiceRules(),
        dispatchLatency: DispatchLatency = ScenarioSpec.defaultDispatchLatency,
        breakdowns: BreakdownSpec = BreakdownSpec(), operations: OperationsSpec = OperationsSpec(),
        dispatch: DispatchRules = DispatchRules(), pathsAsWritten: [String: String] = [:]
    ) {
        self.file = file; self.name = name; self.description = description; self.seed = seed
        self.start = start; self.end = end; self.drain = drain
        self.serviceAreaPath = serviceAreaPath; self.stopsPath = stopsPath; self.doorToDoor = doorToDoor
        self.travel = travel; self.walking = walking; self.boarding = boarding
        self.vehicleTypes = vehicleTypes; self.vehicleGroups = vehicleGroups; self.demand = demand
        self.riders = riders; self.noShowWait = noShowWait; self.serviceClasses = serviceClasses;
        self.matcher = matcher; self.rules = rules
        self.dispatchLatency = dispatchLatency; self.breakdowns = breakdowns; self.operations = operations
        self.dispatch = dispatch
        self.pathsAsWritten = pathsAsWritten
    }

    /// A scenario's dispatcher decides within seconds, in order of arrival (a real dispatcher's inbox; the
    /// integration guide's polling loop expects `Ordered` first).
    public static let defaultDispatchLatency = DispatchLatency(min: .seconds(1), max: .seconds(5))

    /// The service class used when a scenario lists none.
    public static let defaultServiceClass = ServiceClass(
        name: "standard", maxWait: .minutes(15), maxRideFactor: 1.5, maxRideConstant: .minutes(10),
        requiredFlags: [], baseFare: 250, perKm: 60)
}
