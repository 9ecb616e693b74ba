import Dispatching
import RoadNetwork
import Service
import Simulation

/// A small hand-built run: stops on a grid near Berlin's centre, a fleet, requests and rider behaviour.
///
/// Distances are in local metres (x east, y north) around lat 52.52, lon 13.40; vehicles drive the
/// straight line at 10 m/s (1,000 m take 100 s). Riders default to deciding after exactly 10 s,
/// accepting any wait up to an hour, and never cancelling or missing their vehicle.
public struct TestWorld {
    public static let origin = GeoPoint(lat: 52.52, lon: 13.40)
    public static let projection = LocalProjection(origin: origin)
    public static func at(_ x: Double, _ y: Double) -> GeoPoint { projection.unproject(PlanePoint(x: x, y: y)) }
    /// 08:00, when most test requests are made.
    public static let t0 = SimTime.hours(8)

    /// A 5 × 5 grid of stops 1,000 m apart from (−2000, −2000) to (2000, 2000); stop index = 5·row + column.
    public static let gridStops: [Stop] = (0..<25).map { (i: Int) -> Stop in
        let x = Double(i % 5 - 2) * 1000, y = Double(i / 5 - 2) * 1000
        return Stop(id: "s\(i)", point: at(x, y))
    }
    /// The grid stop at (x, y) km.
    public static func stop(_ x: Int, _ y: Int) -> Int { (y + 2) * 5 + (x + 2) }

    public var stops: [Stop] = gridStops
    public var doorToDoor = false
    public var vehicles: [VehicleSpec] = []
    public var requests: [TripRequest] = []
    public var serviceClasses = [
        ServiceClass(name: "standard", maxWait: .minutes(15), maxRideFactor: 2, maxRideConstant: .minutes(5))
    ]
    public var walking = WalkingModel()
    public var boarding = BoardingModel()
    public var riders = RiderBehaviour(
        decisionDelayMin: .seconds(10), decisionDelayMax: .seconds(10),
        waitToleranceMin: .hours(1), waitToleranceMax: .hours(1),
        customerCancelProbability: 0, integratorCancelProbability: 0,
        noShowProbability: 0)
    /// How long a vehicle waits for a rider who is not there.
    public var noShowWait = SimTime.seconds(120)
    public var options = MatcherOptions()
    public var rules = ServiceRules()
    /// The dispatcher's latency (none: orders are decided at once) and the breakdowns.
    public var dispatchLatency = DispatchLatency.none
    public var incidents: [Incident] = []
    /// Depots, breaks, charging and rebalancing (none unless a test sets them); depot places are made in `build`.
    public var operations = OperationsSetup()
    /// The rebalancing policy handed to the engine (`minCostFlow`), if any.
    public var fleetOperator: (any FleetOperator)?
    /// Prebooking and re-optimisation rules, and the batch assigner handed to the engine (made over the
    /// world's travel model), if any.
    public var dispatch = DispatchRules()
    public var batchAssigner: ((StraightLineTravelTime) -> any BatchAssigner)?
    public var end = SimTime.hours(20)
    public var seed: UInt64 = 1
    /// The service area: a lat/lon box around the grid (±5 km).
    public var area = BoxArea(min: at(-5000, -5000), max: at(5000, 5000))
    public let speed = 10.0

    public init() {}

    public static let car = VehicleType(name: "car", seats: 4)
    /// An autonomous shuttle: riders authenticate at the vehicle before boarding.
    public static let shuttle = VehicleType(name: "shuttle", seats: 4, boardingAuthentication: true)

    /// Adds a vehicle starting at (x, y) metres, in shift 00:00–24:00 unless told otherwise.
    public mutating func addVehicle(
        at x: Double, _ y: Double, type: VehicleType = car,
        shift: (SimTime, SimTime) = (.zero, .hours(24))
    ) {
        vehicles.append(
            VehicleSpec(
                id: "v\(vehicles.count)", type: type, start: Self.at(x, y),
                shiftStart: shift.0, shiftEnd: shift.1))
    }

    /// Adds a depot at (x, y) metres, with `plugs` chargers of `kW` if any.
    public mutating func addDepot(at x: Double, _ y: Double, plugs: Int = 0, kW: Double = 11) {
        operations.depots.append(
            Depot(
                id: "d\(operations.depots.count)", point: Self.at(x, y), parking: 100,
                chargers: plugs > 0 ? ChargerGroup(plugs: plugs, powerKW: kW) : nil))
    }

    /// Adds a vehicle whose shift starts and ends at depot `depot`, with an optional break.
    public mutating func addVehicle(
        depot: Int, type: VehicleType = car, shift: (SimTime, SimTime) = (.zero, .hours(24)),
        shiftBreak: ShiftBreak? = nil
    ) {
        vehicles.append(
            VehicleSpec(
                id: "v\(vehicles.count)", type: type, start: operations.depots[depot].point,
                shiftStart: shift.0, shiftEnd: shift.1, depot: Int32(depot), shiftBreak: shiftBreak))
    }

    /// Adds a request from (x0, y0) to (x1, y1) metres made at `time` (default 08:00), to leave at
    /// `departure` (default: at once) or to arrive by `arrival`.
    public mutating func addRequest(
        from x0: Double, _ y0: Double, to x1: Double, _ y1: Double,
        at time: SimTime = t0, departure: SimTime? = nil, arrival: SimTime? = nil,
        loads: [Load] = [.adult(wheelchair: .notNeeded)]
    ) {
        requests.append(
            TripRequest(
                id: "r\(requests.count)", customerID: "c\(requests.count)", time: time,
                desiredDeparture: departure ?? arrival, arrival: arrival, origin: Self.at(x0, y0),
                destination: Self.at(x1, y1), loads: loads))
    }

    /// Runs the engine with the pooling matcher and returns its events.
    public func run() -> RunLog {
        let (engine, sink, _) = build()
        let unfinished = engine.run()
        return RunLog(events: sink.events, unfinished: unfinished, speed: speed)
    }

    /// The engine with the pooling matcher, not yet started, the recorder of its events, and the
    /// `TripService` its simulated riders book through (which tests may call, too).
    public func build() -> (engine: TestEngine, sink: EventRecorder, service: TripService) {
        let travel = StraightLineTravelTime(speed: speed, detourFactor: 1)
        let runStops = doorToDoor ? [] : stops
        let stopPlaces = runStops.map { travel.addPlace($0.point) }
        var operations = operations
        operations.depotPlaces = operations.depots.map { travel.addPlace($0.point) }
        let vehiclePlaces = vehicles.map { v in
            v.depot.map { operations.depotPlaces[Int($0)] } ?? travel.addPlace(v.start)
        }
        travel.precomputeMatrix()
        var setup = SimulationSetup(
            scenario: "test", seed: seed, stops: runStops, stopPlaces: stopPlaces,
            doorToDoor: doorToDoor, vehicles: vehicles, vehiclePlaces: vehiclePlaces,
            requests: requests.enumerated().sorted { ($0.element.time, $0.offset) < ($1.element.time, $1.offset) }.map(
                \.element),
            serviceClasses: serviceClasses, walking: walking, boarding: boarding,
            noShowWait: noShowWait, options: options, end: end)
        setup.rules = rules
        setup.dispatchLatency = dispatchLatency
        setup.incidents = incidents
        setup.operations = operations
        setup.dispatch = dispatch
        let matcher = PoolingMatcher(
            travel: travel, projection: Self.projection, bounds: (area.min, area.max),
            vehicles: vehicles.count)
        let sink = EventRecorder()
        let engine = Engine(
            setup: setup, travel: travel, area: area,
            stopFinder: doorToDoor ? nil : BruteForceStopFinder(stops: runStops),
            matcher: matcher, sink: sink)
        engine.fleetOperator = fleetOperator
        engine.batchAssigner = batchAssigner?(travel)
        let riders = SimulatedRiders.attach(to: engine, behaviour: self.riders)
        return (engine, sink, riders.service)
    }
}

/// The engine every test world builds.
public typealias TestEngine = Engine<StraightLineTravelTime, PoolingMatcher<StraightLineTravelTime>>

/// A service area that is a latitude/longitude box.
public struct BoxArea: ServiceAreaTest {
    public let min: GeoPoint, max: GeoPoint
    public init(min: GeoPoint, max: GeoPoint) { self.min = min; self.max = max }
    public func contains(_ p: GeoPoint) -> Bool {
        p.lat >= min.lat && p.lat <= max.lat && p.lon >= min.lon && p.lon <= max.lon
    }
}

/// Stops within a radius by checking every stop: nearest first, ties by index.
public struct BruteForceStopFinder: StopFinder {
    public let stops: [Stop]
    public init(stops: [Stop]) { self.stops = stops }
    public func stops(near point: GeoPoint, within radius: Double) -> [NearbyStop] {
        stops.enumerated()
            .map { NearbyStop(stop: $0.offset, distance: point.distance(to: $0.element.point)) }
            .filter { $0.distance <= radius }
            .sorted { ($0.distance, $0.stop) < ($1.distance, $1.stop) }
    }
}
