import Geometry
import Network
import Scenario
import Simulation

/// Everything a run is made of, assembled from a validated scenario: the GEOS geometry, the
/// travel model with its places, the fleet and the requests.
struct RunWorld {
    let spec: ScenarioSpec
    let context: GeometryContext
    let area: ServiceArea
    let stopIndex: StopIndex?
    let travel: StraightLineTravelTime
    let setup: SimulationSetup

    init(spec: ScenarioSpec) throws {
        self.spec = spec
        context = GeometryContext()
        area = try ServiceArea(contentsOf: spec.serviceAreaPath, context: context)
        let stops = try spec.stopsPath.map { try StopFile.read(path: $0) } ?? []
        stopIndex = spec.doorToDoor ? nil : try StopIndex(stops: stops, projection: area.projection, context: context)
        let travel = StraightLineTravelTime(speed: spec.travel.speedKmh / 3.6, detourFactor: spec.travel.detourFactor)
        self.travel = travel
        let runStops = spec.doorToDoor ? [] : stops
        let stopPlaces = runStops.map { travel.addPlace($0.point) }
        let vehicles = try spec.vehicles()
        let vehiclePlaces = vehicles.map { travel.addPlace($0.start) }
        travel.precomputeMatrix()
        let requests = try DemandBuilder(spec: spec, area: area, streams: RandomStreams(seed: spec.seed)).requests()
        setup = SimulationSetup(scenario: spec.name, seed: spec.seed, stops: runStops, stopPlaces: stopPlaces,
                                doorToDoor: spec.doorToDoor, vehicles: vehicles, vehiclePlaces: vehiclePlaces,
                                requests: requests, serviceClasses: spec.serviceClasses, walking: spec.walking,
                                boarding: spec.boarding, riders: spec.riders, options: spec.matcher, end: spec.horizon)
    }
}
