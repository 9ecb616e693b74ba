import Foundation
import Reports
import Scenario
import Service
import Simulation

/// `ridepool serve`'s simulation: the scenario's run, its own riders and fleet included, advanced
/// step by step by a caller that owns the clock, with its service layer open to API clients.
///
/// The run directory, event log and result files are those of `ridepool run`; `finish()` writes
/// them. Not thread-safe: one caller at a time (the sandbox serialises every call).
public final class LiveRun {
    /// The rider-facing service that the scenario's riders book through, and API clients too.
    public let service: TripService
    /// The scenario's service area (with its stops and hours) as `ServiceAreaService` shows it.
    public let serviceAreas: ServiceAreaCatalog
    public let spec: ScenarioSpec
    /// Where the simulated clock starts and where the simulation ends (`end + drain`).
    public let start: SimTime
    public let horizon: SimTime
    /// The run directory's path.
    public var directory: String { run.path }
    let engine: any SteppedEngine
    let run: RunDirectory
    let world: RunWorld
    private var finished = false

    /// Loads the scenario, writes `scenario.resolved.yaml` and starts the run at the demand window's start.
    /// - Parameter observer: also sees every event of the run, in order, as the log does (the sandbox's
    ///   webhooks); it is called on the caller's thread, in the middle of a simulation step.
    public init(scenarioPath: String, options: RunOptions, observer: (any EventSink)? = nil) throws {
        spec = try ScenarioLoader.load(path: scenarioPath).applying(options)
        guard spec.workload == nil else {
            throw RidepoolError(
                "\(scenarioPath) is a workload scenario (a replay of a peer's requests on a plane), not a city to serve",
                fix: "serve a scenario with a service area, stops and a fleet, e.g. scenarios/examples/sandbox.yaml")
        }
        world = try RunWorld(spec: spec, cacheDirectory: options.cacheDirectory)
        run = try RunDirectory(spec: spec, options: options)
        let log = run.sink
        let sink = observer.map { EventFanOut([log, $0]) } ?? log
        let (engine, riders) = world.makeEngine(into: sink, stats: run.stats)
        self.engine = engine
        service = riders.service
        serviceAreas = ServiceAreaCatalog(areas: [world.operatingArea], period: spec.start..<spec.horizon)
        start = spec.start
        horizon = spec.horizon
        engine.start()
        engine.advance(until: start, progress: nil)
    }

    /// The simulated time now.
    public var now: SimTime { service.now }

    /// Processes everything due up to `time` (never past the horizon).
    public func advance(until time: SimTime) {
        guard !finished, time > now else { return }
        engine.advance(until: min(time, horizon), progress: nil)
    }

    /// Ends the run where the clock stands and writes `events.jsonl`, `trips.csv`, `vehicles.csv`,
    /// `summary.json` and `report.html` as `ridepool run` does.
    public func finish() throws -> RunResult {
        precondition(!finished, "the live run was finished twice")
        finished = true
        let unfinished = engine.finish()
        let tables = try run.finish(reportingServiceArea: world.area.rings)
        return run.result(
            tables: tables, requests: engine.requestCount, vehicles: world.setup.vehicles.count,
            unfinished: unfinished, notes: world.notes)
    }
}
