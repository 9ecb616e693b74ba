import Foundation
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
    public static func run(scenarioPath: String, options: RunOptions,
                           progress: ((RunProgress) -> Void)? = nil) throws -> RunResult {
        let spec = try ScenarioLoader.load(path: scenarioPath).applying(options)
        if spec.workload != nil { return try runWorkload(spec, options: options, progress: progress) }
        let world = try RunWorld(spec: spec, cacheDirectory: options.cacheDirectory)
        let directory = try makeDirectory(options.outputRoot + "/" + spec.name + "/" + options.runID)
        try ResultFiles.writeText(spec.resolvedYAML(pathsRelativeTo: directory), to: directory + "/scenario.resolved.yaml")

        let output = try RunOutput(directory: directory, options: options)
        options.phaseDone?(.loaded)
        let unfinished = world.simulate(into: output.sink, progress: progress, stats: output.stats)
        options.phaseDone?(.simulated)
        let tables = try output.finish()
        try writeReport(world: world, accumulator: output.accumulator, tables: tables, directory: directory)
        options.phaseDone?(.written)
        return RunResult(directory: directory, summary: tables.summary, requests: world.setup.requests.count,
                         vehicles: world.setup.vehicles.count, events: output.events, unfinished: unfinished,
                         notes: world.notes, vehicleSearches: output.stats.vehicleSearches)
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
