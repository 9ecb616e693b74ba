import Dispatching
import Reports
import RoadNetwork
import Scenario
import Simulation

extension RunScenario {
    /// Replays a peer workload (`workload:` scenario) and writes the same files as any run.
    static func runWorkload(
        _ spec: ScenarioSpec, options: RunOptions,
        progress: ((RunProgress) -> Void)?
    ) throws -> RunResult {
        guard let workload = spec.workload else { preconditionFailure("runWorkload without a workload") }
        let directory: RunDirectory
        let requests: Int, vehicles: Int, unfinished: Int
        do {  // the world and the engine (requests, plans, orders) are let go before the tables are made
            let world = try WorkloadWorld(spec: spec, workload: workload)
            directory = try RunDirectory(spec: spec, options: options)
            options.phaseDone?(.loaded)
            // Cells of two plane units: a query with RidePy's 3-unit wait looks at the cells of a circle
            // some 3 cells across. (Measured on both workloads: one unit is slower, up to five no faster;
            // bigger cells mean fewer cells to visit, more points per cell.)
            let cellSize = 2 * PlaneTravelTime.metresPerUnit
            let matcher = PoolingMatcher(
                travel: world.travel, projection: world.projection, bounds: world.bounds,
                vehicles: world.setup.vehicles.count, cellSize: cellSize, divertsMovingVehicles: true,
                stats: directory.stats, horizon: world.pickupHorizon)
            let engine = Engine(
                setup: world.setup, travel: world.travel, area: Everywhere(), stopFinder: nil,
                matcher: PlanePoolingMatcher(base: matcher), sink: directory.sink)
            engine.batchAssigner = RunWorld.batchAssigner(world.setup.dispatch.reoptimisation, world.travel)
            engine.attachReplayRiders()
            unfinished = engine.run(progress: progress)
            requests = world.setup.requests.count
            vehicles = world.setup.vehicles.count
        }
        options.phaseDone?(.simulated)
        let tables = try directory.finish()
        options.phaseDone?(.written)
        return directory.result(
            tables: tables, requests: requests, vehicles: vehicles, unfinished: unfinished,
            notes: ["workload: \(requests) requests, \(vehicles) vehicles, 1 plane unit = \(workload.secondsPerUnit) s"]
        )
    }
}
