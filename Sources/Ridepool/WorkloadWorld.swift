import RoadNetwork
import Scenario
import Simulation

/// A replayed peer workload made ready to run: the plane, the fleet at time 0, the requests with
/// their own windows, everything converted from plane units at `secondsPerUnit`.
struct WorkloadWorld {
    let travel: PlaneTravelTime
    let setup: SimulationSetup
    let projection: LocalProjection
    let bounds: (min: GeoPoint, max: GeoPoint)
    /// The longest time from a request to its pickup deadline.
    let pickupHorizon: SimTime

    init(spec: ScenarioSpec, workload: WorkloadSpec) throws {
        let fleet = try WorkloadFile.readFleet(path: workload.fleetPath)
        let rows = try WorkloadFile.readRequests(path: workload.requestsPath)
        let msPerUnit = workload.secondsPerUnit * 1000
        func time(_ units: Double) -> SimTime { SimTime(ms: roundedMilliseconds(units * msPerUnit)) }
        // Places: vehicle starts, each request's origin and destination, a diversion per request, the scratch.
        let travel = PlaneTravelTime(
            secondsPerUnit: workload.secondsPerUnit, capacity: fleet.count + 3 * rows.count + 1)
        self.travel = travel

        let requests = rows.enumerated().sorted { ($0.element.time, $0.offset) < ($1.element.time, $1.offset) }.map {
            _, r in
            TripRequest(
                id: r.id, customerID: r.id, time: time(r.time),
                origin: PlaneTravelTime.point(x: r.originX, y: r.originY),
                destination: PlaneTravelTime.point(x: r.destinationX, y: r.destinationY),
                windows: TripWindows(
                    pickupEarliest: time(r.pickupEarliest), pickupLatest: time(r.pickupLatest),
                    dropoffLatest: time(r.dropoffLatest)))
        }
        pickupHorizon = requests.map { $0.windows!.pickupLatest - $0.time }.max() ?? .zero
        // The run ends when the last promised drop-off is due (plus a unit to spare).
        let end = time((rows.map(\.dropoffLatest).max() ?? 0) + 1)
        let vehicles = fleet.map { v in
            VehicleSpec(
                id: v.id, type: VehicleType(name: "seats\(v.capacity)", seats: Int16(v.capacity)),
                start: PlaneTravelTime.point(x: v.x, y: v.y), shiftStart: .zero, shiftEnd: end)
        }
        let places = vehicles.map { travel.addPlace($0.start) }
        var setup = SimulationSetup(
            scenario: spec.name, seed: spec.seed, stops: [], stopPlaces: [], doorToDoor: true,
            vehicles: vehicles, vehiclePlaces: places, requests: requests,
            serviceClasses: spec.serviceClasses, walking: spec.walking, boarding: spec.boarding,
            noShowWait: spec.noShowWait, options: spec.matcher, end: end)
        // Greedy insertion only (RidePy's dispatcher) unless the scenario's `dispatch` says otherwise.
        setup.dispatch = spec.dispatch
        self.setup = setup

        let points = vehicles.map(\.start) + requests.flatMap { [$0.origin, $0.destination] }
        let lo = GeoPoint(lat: points.map(\.lat).min() ?? 0, lon: points.map(\.lon).min() ?? 0)
        let hi = GeoPoint(lat: points.map(\.lat).max() ?? 0, lon: points.map(\.lon).max() ?? 0)
        bounds = (lo, hi)
        projection = LocalProjection(origin: GeoPoint(lat: (lo.lat + hi.lat) / 2, lon: (lo.lon + hi.lon) / 2))
    }
}

/// The whole plane is served.
struct Everywhere: ServiceAreaTest {
    func contains(_ point: GeoPoint) -> Bool { true }
}
