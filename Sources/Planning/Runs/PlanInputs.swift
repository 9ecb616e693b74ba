import Geometry
import Ridepool
import RoadNetwork
import Scenario
import Simulation

/// The read-only inputs of every run of a plan, loaded once and shared by the worker threads:
/// the scenario, its stops, the road graph, and the vehicle start points of the largest fleet.
///
/// Every run registers the same places (stops, then these start points), so one travel matrix
/// (computed once, then read from the cache) serves all fleet sizes. Each run still builds its own
/// GEOS context, indexes and travel model: nothing mutable is shared.
struct PlanInputs: Sendable {
    /// The plan's scenario (demand scale applied); each run replaces its seed and fleet.
    let spec: ScenarioSpec
    let stops: [Stop]
    let graph: RoadGraph?
    /// Distinct vehicle start points of the largest fleet considered, in first-use order.
    let startPoints: [GeoPoint]
    let cacheDirectory: String?

    init(spec: ScenarioSpec, largestFleet: Int, cacheDirectory: String?) throws {
        self.spec = spec
        self.cacheDirectory = cacheDirectory
        stops = try spec.stopsPath.map { try StopFile.read(path: $0) } ?? []
        graph = spec.travel.model == .network ? try Self.roadGraph(spec) : nil
        var seen: Set<GeoPoint> = [], points: [GeoPoint] = []
        for v in try spec.applying(RunOptions(fleetSize: largestFleet, runID: "")).vehicles()
        where seen.insert(v.start).inserted {
            points.append(v.start)
        }
        startPoints = points
    }

    /// The scenario with `seed` and `fleet` vehicles (spread over the groups as `--fleet-size` does).
    func spec(fleet: Int, seed: UInt64) throws -> ScenarioSpec {
        try spec.applying(RunOptions(seed: seed, fleetSize: fleet, runID: ""))
    }

    private static func roadGraph(_ spec: ScenarioSpec) throws -> RoadGraph {
        guard let source = spec.travel.network else {
            preconditionFailure("a validated network scenario names its network")
        }
        switch source {
        case .csv(let nodes, let edges): return try RoadGraph(NetworkData.readCSV(nodes: nodes, edges: edges))
        case .geoJSON(let path): return try RoadGraph(NetworkData.readGeoJSON(path: path))
        case .matsim(let path, let crs): return try RoadGraph(NetworkData.readMATSim(path: path, crs: crs))
        }
    }
}
