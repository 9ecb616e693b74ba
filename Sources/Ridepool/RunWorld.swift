import Geometry
import RoadNetwork
import Scenario
import Simulation

/// Everything a run is made of, assembled from a validated scenario: the GEOS geometry, the
/// travel model with its places, the fleet and the requests.
package struct RunWorld {
    let spec: ScenarioSpec
    let context: GeometryContext
    let area: ServiceArea
    let stopIndex: StopIndex?
    let travel: RunTravel
    let setup: SimulationSetup
    /// Rebalancing zones from the scenario's zones GeoJSON, if it has one (else square zones).
    let zones: ZoneMap?
    /// What the run should tell its user about its inputs (what the network loader dropped, the matrix cache).
    var notes: [String] = []

    /// A world from its parts (capacity planning assembles its own, see Planning's `RunWorld+Plan`).
    package init(
        spec: ScenarioSpec, context: GeometryContext, area: ServiceArea, stopIndex: StopIndex?, travel: RunTravel,
        setup: SimulationSetup, notes: [String] = []
    ) throws {
        self.spec = spec; self.context = context; self.area = area; self.stopIndex = stopIndex
        self.travel = travel; self.setup = setup; self.notes = notes
        zones = try Self.zones(spec, context: context, area: area)
    }

    /// The scenario's rebalancing zones GeoJSON, read and checked (nil without one).
    static func zones(_ spec: ScenarioSpec, context: GeometryContext, area: ServiceArea) throws -> ZoneMap? {
        guard let path = spec.operations.zonesPath else { return nil }
        return try ZoneMap(contentsOf: path, context: context, projection: area.projection)
    }

    /// - Parameters:
    ///   - cacheDirectory: where road-network matrices are cached (nil: no cache).
    ///   - precompute: whether to compute the travel matrix (`validate` checks the inputs without it).
    init(spec: ScenarioSpec, cacheDirectory: String? = nil, precompute: Bool = true) throws {
        self.spec = spec
        context = GeometryContext()
        area = try ServiceArea(contentsOf: spec.serviceAreaPath, context: context)
        let stops = try spec.stopsPath.map { try StopFile.read(path: $0) } ?? []
        stopIndex = spec.doorToDoor ? nil : try StopIndex(stops: stops, projection: area.projection, context: context)
        zones = try Self.zones(spec, context: context, area: area)
        let runStops = spec.doorToDoor ? [] : stops
        let vehicles = try spec.vehicles()

        let places: TravelPlaces
        switch spec.travel.model {
        case .straightLine:
            places = Self.straightLine(spec, stops: runStops, vehicles: vehicles, precompute: precompute)
        case .network:
            places = try Self.network(
                spec, stops: runStops, vehicles: vehicles, projection: area.projection,
                context: context, cacheDirectory: cacheDirectory, precompute: precompute)
        }
        travel = places.travel
        notes = places.notes
        try Self.checkBatteries(
            spec, vehicles: vehicles, vehiclePlaces: places.vehicles, depotPlaces: places.depots,
            travel: places.travel.model)
        let requests = try DemandBuilder(spec: spec, area: area, streams: RandomStreams(seed: spec.seed)).requests()
        setup = Self.setup(
            spec, stops: runStops, stopPlaces: places.stops, vehicles: vehicles,
            vehiclePlaces: places.vehicles, depotPlaces: places.depots, requests: requests,
            incidents: try spec.incidents(for: vehicles))
    }

    /// The engine's setup from the scenario and the places resolved in the travel model.
    package static func setup(
        _ spec: ScenarioSpec, stops: [Stop], stopPlaces: [PlaceID], vehicles: [VehicleSpec],
        vehiclePlaces: [PlaceID], depotPlaces: [PlaceID], requests: [TripRequest], incidents: [Incident]
    ) -> SimulationSetup {
        var setup = SimulationSetup(
            scenario: spec.name, seed: spec.seed, stops: stops, stopPlaces: stopPlaces,
            doorToDoor: spec.doorToDoor, vehicles: vehicles, vehiclePlaces: vehiclePlaces,
            requests: requests, serviceClasses: spec.serviceClasses, walking: spec.walking,
            boarding: spec.boarding, noShowWait: spec.noShowWait, options: spec.matcher, end: spec.horizon)
        if spec.travel.model == .network { setup.maxSnapDistance = spec.travel.maxSnapMetres }
        setup.rules = spec.rules
        setup.dispatchLatency = spec.dispatchLatency
        setup.incidents = incidents
        setup.operations = spec.operations.setup(depotPlaces: depotPlaces)
        setup.dispatch = spec.dispatch
        return setup
    }
}

/// A travel model with the run's stops, depots and vehicle starts registered in it (stops first; a
/// vehicle whose shift starts at a depot starts at the depot's place).
struct TravelPlaces {
    var travel: RunTravel
    var stops: [PlaceID]
    var vehicles: [PlaceID]
    var depots: [PlaceID]
    var notes: [String] = []
}

extension RunWorld {
    static func straightLine(_ spec: ScenarioSpec, stops: [Stop], vehicles: [VehicleSpec], precompute: Bool)
        -> TravelPlaces
    {
        let travel = StraightLineTravelTime(speed: spec.travel.speedKmh / 3.6, detourFactor: spec.travel.detourFactor)
        let stopPlaces = stops.map { travel.addPlace($0.point) }
        let depotPlaces = spec.operations.depots.map { travel.addPlace($0.point) }
        let vehiclePlaces = vehicles.map { v in v.depot.map { depotPlaces[Int($0)] } ?? travel.addPlace(v.start) }
        if precompute { travel.precomputeMatrix() }
        return TravelPlaces(
            travel: .straightLine(travel), stops: stopPlaces, vehicles: vehiclePlaces, depots: depotPlaces)
    }

    /// Loads the road network, snaps stops and vehicle starts to its nodes through a GEOS index, and
    /// computes (or loads from the cache) the matrix: between the places for stop-based scenarios,
    /// between all nodes for door to door.
    static func network(
        _ spec: ScenarioSpec, stops: [Stop], vehicles: [VehicleSpec], projection: LocalProjection,
        context: GeometryContext, cacheDirectory: String?, precompute: Bool
    ) throws -> TravelPlaces {
        guard let source = spec.travel.network else {
            preconditionFailure("a validated network scenario names its network")
        }
        let data: NetworkData
        switch source {
        case .csv(let nodes, let edges): data = try NetworkData.readCSV(nodes: nodes, edges: edges)
        case .geoJSON(let path): data = try NetworkData.readGeoJSON(path: path)
        case .matsim(let path, let crs): data = try NetworkData.readMATSim(path: path, crs: crs)
        }
        let graph = try RoadGraph(data)
        let index = try NodeIndex(points: graph.points, projection: projection, context: context)
        let travel = NetworkTravelTime(
            graph: graph, congestion: try CongestionProfile(factors: spec.travel.congestion),
            snap: { index.nearest(to: $0) })
        let limit = spec.travel.maxSnapMetres
        let stopPlaces = try stops.map {
            try travel.addPlace($0.point, maxSnapDistance: limit, what: "stop \"\($0.id)\"", file: spec.stopsPath)
        }
        let depotPlaces = try Self.depotPlaces(spec, in: .network(travel))
        let vehiclePlaces = try vehicles.map { v in
            try v.depot.map { depotPlaces[Int($0)] }
                ?? travel.addPlace(
                    v.start, maxSnapDistance: limit, what: "the start of vehicle \"\(v.id)\"", file: spec.file)
        }
        var notes = ["network: \(graph.report)"]
        if precompute {
            if spec.doorToDoor {
                try travel.precomputeNodeMatrix(cacheDirectory: cacheDirectory)
            } else {
                try travel.precomputeMatrix(cacheDirectory: cacheDirectory)
            }
            let origin =
                travel.matrixOrigin == .loadedFromCache
                ? "loaded from" : (cacheDirectory == nil ? "computed" : "computed and cached in")
            notes.append("travel matrix \(origin) \(travel.matrixCachePath ?? "memory")")
        }
        return TravelPlaces(
            travel: .network(travel), stops: stopPlaces, vehicles: vehiclePlaces, depots: depotPlaces, notes: notes)
    }
}
