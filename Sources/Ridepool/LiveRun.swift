import Dispatching
import Foundation
import Network
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
    public let spec: ScenarioSpec
    /// Where the simulated clock starts and where the simulation ends (`end + drain`).
    public let start: SimTime
    public let horizon: SimTime
    public let directory: String
    let engine: any SteppedEngine
    let log: EventLogWriter
    let accumulator: RunAccumulator
    let world: RunWorld
    private var finished = false

    /// Loads the scenario, writes `scenario.resolved.yaml` and starts the run at the demand window's start.
    public init(scenarioPath: String, options: RunOptions) throws {
        spec = try ScenarioLoader.load(path: scenarioPath).applying(options)
        world = try RunWorld(spec: spec, cacheDirectory: options.cacheDirectory)
        directory = try RunScenario.makeDirectory(options.outputRoot + "/" + spec.name + "/" + options.runID)
        try ResultFiles.writeText(spec.resolvedYAML(pathsRelativeTo: directory), to: directory + "/scenario.resolved.yaml")
        log = try EventLogWriter(path: directory + "/events.jsonl")
        accumulator = RunAccumulator()
        let (engine, riders) = makeSteppedEngine(world, sink: EventFanOut([log, accumulator]))
        self.engine = engine
        service = riders.service
        start = spec.start
        horizon = spec.horizon
        engine.start()
        engine.advance(until: start)
    }

    /// The simulated time now.
    public var now: SimTime { service.now }

    /// Processes everything due up to `time` (never past the horizon).
    public func advance(until time: SimTime) {
        guard !finished, time > now else { return }
        engine.advance(until: min(time, horizon))
    }

    /// Ends the run where the clock stands and writes `events.jsonl`, `trips.csv`, `vehicles.csv`
    /// and `summary.json` as `ridepool run` does.
    public func finish() throws -> RunResult {
        precondition(!finished, "the live run was finished twice")
        finished = true
        let unfinished = engine.finish()
        try log.finish()
        let tables = accumulator.tables()
        try ResultFiles.writeTables(tables, toDirectory: directory)
        return RunResult(directory: directory, summary: tables.summary, requests: engine.requestCount,
                         vehicles: world.setup.vehicles.count, events: log.count, unfinished: unfinished,
                         notes: world.notes)
    }
}

/// The engine's stepping entry points, whatever its travel model and matcher.
protocol SteppedEngine: AnyObject {
    func start()
    func advance(until limit: SimTime, progress: ((RunProgress) -> Void)?)
    func finish() -> Int
    /// The scenario's requests and those made through the API.
    var requestCount: Int { get }
}

extension SteppedEngine {
    func advance(until limit: SimTime) { advance(until: limit, progress: nil) }
}

extension Engine: SteppedEngine {}

/// An engine for `world` with the specialised matcher of its travel model (as `ridepool run` builds
/// it), its simulated riders attached.
func makeSteppedEngine(_ world: RunWorld, sink: any EventSink) -> (any SteppedEngine, SimulatedRiders) {
    func make<Travel: TravelTimeModel, M: Matcher>(_ travel: Travel, _ matcher: M) -> (any SteppedEngine, SimulatedRiders) {
        let engine = Engine(setup: world.setup, travel: travel, area: world.area, stopFinder: world.stopIndex,
                            matcher: matcher, sink: sink)
        return (engine, SimulatedRiders.attach(to: engine))
    }
    func pooling<Travel: TravelTimeModel>(_ travel: Travel) -> PoolingMatcher<Travel> {
        PoolingMatcher(travel: travel, projection: world.area.projection, bounds: world.area.bounds,
                       vehicles: world.setup.vehicles.count)
    }
    switch world.travel {
    case let network as NetworkTravelTime: return make(network, NetworkPoolingMatcher(base: pooling(network)))
    case let straight as StraightLineTravelTime: return make(straight, StraightLinePoolingMatcher(base: pooling(straight)))
    default:
        func plain<Travel: TravelTimeModel>(_ travel: Travel) -> (any SteppedEngine, SimulatedRiders) {
            make(travel, pooling(travel))
        }
        return plain(world.travel)
    }
}
