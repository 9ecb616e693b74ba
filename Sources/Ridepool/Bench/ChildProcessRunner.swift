import Foundation
import Simulation

/// Runs each scenario as `ridepool run … --no-event-log --metrics FILE` in a child process, so that
/// its wall time and peak memory are its own (`wait4`'s resource usage).
public struct ChildProcessRunner: BenchRunner {
    /// The `ridepool` executable.
    public var executable: String
    /// Where the runs write their results.
    public var workDirectory: String
    /// Passed on as `--cache-dir` (nil: `--no-cache`).
    public var cacheDirectory: String?

    public init(executable: String, workDirectory: String, cacheDirectory: String?) {
        self.executable = executable; self.workDirectory = workDirectory; self.cacheDirectory = cacheDirectory
    }

    public func run(scenario: String, index: Int, reoptimisation: ReoptimisationRules.Method?) throws
        -> BenchMeasurement
    {
        let runID = "bench\(index)"
        let metrics = workDirectory + "/metrics-\(index).json"
        var arguments = [
            executable, "run", scenario, "--out", workDirectory, "--run-id", runID, "--quiet",
            "--no-event-log", "--metrics", metrics
        ]
        arguments += cacheDirectory.map { ["--cache-dir", $0] } ?? ["--no-cache"]
        arguments += reoptimisation.map { ["--reoptimisation", $0.rawValue] } ?? []
        let finished = try ChildProcess.run(arguments, fixIfNotStarted: "build it with `swift build -c release`")
        guard finished.status == 0 else {
            throw RidepoolError(
                "bench: `\(arguments.joined(separator: " "))` exited with status \(finished.status)",
                fix: "run the scenario alone with `ridepool run \(scenario)` to see why")
        }
        guard let data = FileManager.default.contents(atPath: metrics),
            let m = try JSONSerialization.jsonObject(with: data) as? [String: Any],
            let directory = m["directory"] as? String
        else {
            throw RidepoolError(
                "bench: the run wrote no metrics to \(metrics)",
                fix: "check that the ridepool executable is this version")
        }
        func int(_ k: String) -> Int { (m[k] as? NSNumber)?.intValue ?? 0 }
        return BenchMeasurement(
            wallSeconds: finished.seconds, simulateSeconds: (m["simulate_s"] as? NSNumber)?.doubleValue,
            reportedWallSeconds: (m["wall_s"] as? NSNumber)?.doubleValue, peakRSSMiB: finished.peakRSSMiB,
            requests: int("requests"), vehicles: int("vehicles"),
            events: int("events"), vehicleSearches: int("vehicle_searches"),
            kpis: try BenchKPIs.read(summaryPath: directory + "/summary.json"))
    }
}

/// Runs each scenario inside this process (tests; `--in-process`): peak memory is the process's peak so far.
public struct InProcessRunner: BenchRunner {
    public var workDirectory: String
    public var cacheDirectory: String?

    public init(workDirectory: String, cacheDirectory: String?) {
        self.workDirectory = workDirectory; self.cacheDirectory = cacheDirectory
    }

    public func run(scenario: String, index: Int, reoptimisation: ReoptimisationRules.Method?) throws
        -> BenchMeasurement
    {
        var options = RunOptions(
            outputRoot: workDirectory, runID: "bench\(index)", cacheDirectory: cacheDirectory,
            writesEventLog: false, reoptimisation: reoptimisation)
        let marks = PhaseMarks()
        options.phaseDone = { marks.mark($0) }
        let started = ContinuousClock.now
        let result = try RunScenario.run(scenarioPath: scenario, options: options)
        let elapsed = ContinuousClock.now - started
        return BenchMeasurement(
            wallSeconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18,
            simulateSeconds: marks.between(.loaded, .simulated), peakRSSMiB: ProcessMemory.peakMiB(),
            requests: result.requests, vehicles: result.vehicles,
            events: result.events, vehicleSearches: result.vehicleSearches,
            kpis: try BenchKPIs.read(summaryPath: result.directory + "/summary.json"))
    }
}

/// When each phase of an in-process run ended (the bench, unlike a run, measures wall time by nature).
final class PhaseMarks: @unchecked Sendable {
    private var marks: [RunPhase: ContinuousClock.Instant] = [:]
    private let lock = NSLock()
    func mark(_ phase: RunPhase) { lock.withLock { marks[phase] = ContinuousClock.now } }
    func between(_ a: RunPhase, _ b: RunPhase) -> Double? {
        lock.withLock {
            guard let x = marks[a], let y = marks[b] else { return nil }
            let d = y - x
            return Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
        }
    }
}
