import Geometry
import Ridepool
import RoadNetwork
import Scenario
import Simulation

extension RunWorld {
    /// A world for one run of a plan: `spec` is the plan's scenario with this run's seed and fleet.
    ///
    /// Gives the same simulation as `RunWorld(spec:)` (travel times are looked up by the node a place
    /// snapped to, so registering more places changes no answer), but registers the plan's shared
    /// start points so that every run reads the same cached travel matrix.
    init(plan inputs: PlanInputs, spec: ScenarioSpec) throws {
        let context = GeometryContext()
        let area = try ServiceArea(contentsOf: spec.serviceAreaPath, context: context)
        let runStops = spec.doorToDoor ? [] : inputs.stops
        let stopIndex =
            spec.doorToDoor ? nil : try StopIndex(stops: inputs.stops, projection: area.projection, context: context)
        let vehicles = try spec.vehicles()
        let stopPlaces: [PlaceID], pointPlaces: [PlaceID]
        let travel: RunTravel
        switch spec.travel.model {
        case .straightLine:
            let t = StraightLineTravelTime(speed: spec.travel.speedKmh / 3.6, detourFactor: spec.travel.detourFactor)
            stopPlaces = runStops.map { t.addPlace($0.point) }
            pointPlaces = inputs.startPoints.map { t.addPlace($0) }
            t.precomputeMatrix()
            travel = .straightLine(t)
        case .network:
            guard let graph = inputs.graph else {
                preconditionFailure("plan inputs of a network scenario hold its graph")
            }
            let index = try NodeIndex(points: graph.points, projection: area.projection, context: context)
            let t = NetworkTravelTime(
                graph: graph, congestion: try CongestionProfile(factors: spec.travel.congestion),
                snap: { index.nearest(to: $0) })
            let limit = spec.travel.maxSnapMetres
            stopPlaces = try runStops.map {
                try t.addPlace($0.point, maxSnapDistance: limit, what: "stop \"\($0.id)\"", file: spec.stopsPath)
            }
            pointPlaces = try inputs.startPoints.map {
                try t.addPlace($0, maxSnapDistance: limit, what: "a vehicle start", file: spec.file)
            }
            if spec.doorToDoor {
                try t.precomputeNodeMatrix(cacheDirectory: inputs.cacheDirectory)
            } else {
                try t.precomputeMatrix(cacheDirectory: inputs.cacheDirectory)
            }
            travel = .network(t)
        }
        var placeOf: [GeoPoint: PlaceID] = [:]
        for (p, place) in zip(inputs.startPoints, pointPlaces) where placeOf[p] == nil { placeOf[p] = place }
        let model = travel.model
        let depotPlaces = spec.operations.depots.map { placeOf[$0.point] ?? model.addPlace($0.point) }
        let vehiclePlaces = vehicles.map { v in
            v.depot.map { depotPlaces[Int($0)] } ?? placeOf[v.start] ?? model.addPlace(v.start)
        }
        let requests = try DemandBuilder(spec: spec, area: area, streams: RandomStreams(seed: spec.seed)).requests()
        let setup = Self.setup(
            spec, stops: runStops, stopPlaces: stopPlaces, vehicles: vehicles,
            vehiclePlaces: vehiclePlaces, depotPlaces: depotPlaces, requests: requests,
            incidents: try spec.incidents(for: vehicles))
        try self.init(spec: spec, context: context, area: area, stopIndex: stopIndex, travel: travel, setup: setup)
    }
}
