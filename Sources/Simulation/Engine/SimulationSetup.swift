/// Everything a run needs besides its travel model, spatial queries, matcher and event sink.
public struct SimulationSetup: Sendable {
    public var scenario: String
    public var seed: UInt64
    /// Virtual stops (empty for door to door) and their places in the travel model (same order).
    public var stops: [Stop]
    public var stopPlaces: [PlaceID]
    public var doorToDoor: Bool
    public var vehicles: [VehicleSpec]
    /// Each vehicle's start place in the travel model.
    public var vehiclePlaces: [PlaceID]
    /// Requests sorted by time (stable); a request's index is its trip's index.
    public var requests: [TripRequest]
    public var serviceClasses: [ServiceClass]
    public var walking: WalkingModel
    public var boarding: BoardingModel
    /// How long a vehicle waits at the pickup for a rider who is not there (or has not authenticated).
    public var noShowWait: SimTime
    public var options: MatcherOptions
    /// The run stops here; trips not finished by then are reported unfinished.
    public var end: SimTime
    /// Door-to-door points farther than this from where vehicles can serve them get `NO_STOPS_NEAR_*`.
    public var maxSnapDistance: Double = .infinity
    /// The service's booking rules (flags, hours, horizon): read by the service layer.
    public var rules = ServiceRules()
    /// How long the dispatcher takes to accept or reject an order (none: at once).
    public var dispatchLatency = DispatchLatency.none
    /// Breakdowns, in any order (the engine schedules each at its time).
    public var incidents: [Incident] = []
    /// Depots, breaks, charging and rebalancing (none by default).
    public var operations = OperationsSetup()
    /// Prebooked trips and re-optimisation (greedy insertion alone by default).
    public var dispatch = DispatchRules()

    public init(
        scenario: String, seed: UInt64, stops: [Stop], stopPlaces: [PlaceID], doorToDoor: Bool,
        vehicles: [VehicleSpec], vehiclePlaces: [PlaceID], requests: [TripRequest],
        serviceClasses: [ServiceClass], walking: WalkingModel, boarding: BoardingModel,
        noShowWait: SimTime, options: MatcherOptions, end: SimTime
    ) {
        self.scenario = scenario; self.seed = seed; self.stops = stops; self.stopPlaces = stopPlaces
        self.doorToDoor = doorToDoor; self.vehicles = vehicles; self.vehiclePlaces = vehiclePlaces
        self.requests = requests; self.serviceClasses = serviceClasses; self.walking = walking
        self.boarding = boarding; self.noShowWait = noShowWait; self.options = options; self.end = end
    }
}

/// Where a run stands, for progress displays.
public struct RunProgress: Sendable {
    public var time: SimTime
    public var requestsDone: Int
    public var requestsTotal: Int
    public var eventsProcessed: Int
}
