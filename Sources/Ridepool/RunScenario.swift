import Reports
import Scenario
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
    /// Vehicle plans the insertion search looked at (each O(n²) O(1)-checks), over the whole run.
    public var vehicleSearches: Int = 0
}

/// `ridepool run`: one scenario, one seed, results written atomically to a run directory.
public enum RunScenario {
    /// Loads, simulates and writes `scenario.resolved.yaml`, `events.jsonl`, `trips.csv`,
    /// `vehicles.csv` and `summary.json` under `<outputRoot>/<scenario>/<runID>/`.
    public static func run(
        scenarioPath: String, options: RunOptions,
        progress: ((RunProgress) -> Void)? = nil
    ) throws -> RunResult {
        let spec = try ScenarioLoader.load(path: scenarioPath).applying(options)
        if spec.workload != nil { return try runWorkload(spec, options: options, progress: progress) }
        let world = try RunWorld(spec: spec, cacheDirectory: options.cacheDirectory)
        let directory = try RunDirectory(spec: spec, options: options)
        options.phaseDone?(.loaded)
        let unfinished = world.simulate(into: directory.sink, progress: progress, stats: directory.stats)
        options.phaseDone?(.simulated)
        let tables = try directory.finish(reportingServiceArea: world.area.rings)
        options.phaseDone?(.written)
        return directory.result(
            tables: tables, requests: world.setup.requests.count, vehicles: world.setup.vehicles.count,
            unfinished: unfinished, notes: world.notes)
    }

    /// The run report's file name in the run directory.
    public static let reportFile = "report.html"
}
