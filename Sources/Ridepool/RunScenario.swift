import Dispatching
import Foundation
import Network
import Reports
import Scenario
import Service
import Simulation

/// What a finished run leaves behind.
public struct RunResult: Sendable {
    public var directory: String
    public var summary: Summary
    public var requests: Int
    public var vehicles: Int
    public var events: Int
    public var unfinished: Int
    /// What the user should know about the inputs (what the network loader dropped, the matrix cache).
    public var notes: [String]
}

/// `ridepool run`: one scenario, one seed, results written atomically to a run directory.
public enum RunScenario {
    /// Loads, simulates and writes `scenario.resolved.yaml`, `events.jsonl`, `trips.csv`,
    /// `vehicles.csv` and `summary.json` under `<outputRoot>/<scenario>/<runID>/`.
    public static func run(scenarioPath: String, options: RunOptions,
                           progress: ((RunProgress) -> Void)? = nil) throws -> RunResult {
        let spec = try ScenarioLoader.load(path: scenarioPath).applying(options)
        let world = try RunWorld(spec: spec, cacheDirectory: options.cacheDirectory)
        let directory = try makeDirectory(options.outputRoot + "/" + spec.name + "/" + options.runID)
        try ResultFiles.writeText(spec.resolvedYAML(pathsRelativeTo: directory), to: directory + "/scenario.resolved.yaml")

        let log = try EventLogWriter(path: directory + "/events.jsonl")
        let accumulator = RunAccumulator()
        let sink = EventFanOut([log, accumulator])
        let unfinished = switch world.travel {
        case let network as NetworkTravelTime:
            simulate(world, travel: network, matcher: NetworkPoolingMatcher(base: matcher(world, network)), sink: sink, progress: progress)
        case let straight as StraightLineTravelTime:
            simulate(world, travel: straight, matcher: StraightLinePoolingMatcher(base: matcher(world, straight)),
                     sink: sink, progress: progress)
        default:
            simulate(world, travel: world.travel, sink: sink, progress: progress)
        }
        try log.finish()
        let tables = accumulator.tables()
        try ResultFiles.writeTables(tables, toDirectory: directory)
        return RunResult(directory: directory, summary: tables.summary, requests: world.setup.requests.count,
                         vehicles: world.setup.vehicles.count, events: log.count, unfinished: unfinished,
                         notes: world.notes)
    }

    private static func matcher<Travel: TravelTimeModel>(_ world: RunWorld, _ travel: Travel) -> PoolingMatcher<Travel> {
        PoolingMatcher(travel: travel, projection: world.area.projection, bounds: world.area.bounds,
                       vehicles: world.setup.vehicles.count)
    }

    private static func simulate<Travel: TravelTimeModel>(_ world: RunWorld, travel: Travel, sink: any EventSink,
                                                         progress: ((RunProgress) -> Void)?) -> Int {
        simulate(world, travel: travel, matcher: matcher(world, travel), sink: sink, progress: progress)
    }

    private static func simulate<Travel: TravelTimeModel, M: Matcher>(_ world: RunWorld, travel: Travel, matcher: M,
                                                                      sink: any EventSink,
                                                                      progress: ((RunProgress) -> Void)?) -> Int {
        let engine = Engine(setup: world.setup, travel: travel, area: world.area, stopFinder: world.stopIndex,
                            matcher: matcher, sink: sink)
        SimulatedRiders.attach(to: engine)
        return engine.run(progress: progress)
    }

    static func makeDirectory(_ path: String) throws -> String {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw RidepoolError("cannot create the run directory \(path): \(error.localizedDescription)",
                                fix: "choose a writable folder with --out")
        }
        return path
    }
}
