import ArgumentParser
import Foundation
import Ridepool
import Simulation

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run", abstract: "Simulate a scenario and write its results.")

    @Argument(help: "The scenario file (YAML).") var scenario: String
    @Option(help: "Replace the scenario's seed.") var seed: UInt64?
    @Option(help: "Put the run directory under DIR/<scenario>/ instead of results/<scenario>/.") var out: String =
        "results"
    @Option(name: .customLong("fleet-size"), help: "Replace the fleet size.") var fleetSize: Int?
    @Option(name: .customLong("demand-scale"), help: "Multiply the demand.") var demandScale: Double?
    @Option(help: "Replace the rebalancing strategy: none, depot or minCostFlow.")
    var rebalancing: RebalancingRules.Strategy?
    @Option(help: "Replace the re-optimisation method: none, localSearch or batch.")
    var reoptimisation: ReoptimisationRules.Method?
    @Option(name: .customLong("run-id"), help: "Name of the run directory (default: UTC time and seed).") var runID:
        String?
    @Option(
        name: .customLong("cache-dir"),
        help: "Where road-network travel matrices are cached (default: $RIDEPOOL_CACHE, else ~/.cache/ridepool).")
    var cacheDir: String?
    @Flag(name: .customLong("no-cache"), help: "Never read or write the travel-matrix cache.") var noCache = false
    @Flag(help: "No progress on stderr.") var quiet = false
    @Flag(
        name: .customLong("no-event-log"),
        help: "Do not write events.jsonl (the other files still come from the same events; for benchmarks).")
    var noEventLog = false
    @Option(help: "Also write the run's counts and wall time as JSON to FILE (what `ridepool bench` reads).")
    var metrics: String?

    func run() throws {
        let started = Date()
        let id = runID ?? Self.defaultRunID(seed: seed)
        var options = RunOptions(
            seed: seed, fleetSize: fleetSize, demandScale: demandScale, outputRoot: out, runID: id,
            cacheDirectory: noCache ? nil : cacheDir ?? Self.defaultCacheDirectory(),
            writesEventLog: !noEventLog, rebalancing: rebalancing, reoptimisation: reoptimisation)
        let phases = PhaseClock(started: started)
        options.phaseDone = { phases.mark($0) }
        let meter = ProgressMeter(enabled: !quiet, started: started)
        let result = try RunScenario.run(scenarioPath: scenario, options: options, progress: meter.report)
        meter.finish()
        if !quiet { for note in result.notes { FileHandle.standardError.write(Data((note + "\n").utf8)) } }
        let wall = Date().timeIntervalSince(started)
        print(result.summary.kpiTable())
        print(
            String(
                format: "%d requests, %d vehicles, %d events in %.2f s wall (%.0f requests/s), peak memory %.0f MiB",
                result.requests, result.vehicles, result.events, wall, Double(result.requests) / max(wall, 1e-9),
                ProcessMemory.peakMiB()))
        if result.unfinished > 0 { print("\(result.unfinished) trips were still running at the end of the horizon") }
        print("results: \(result.directory)")
        print("report: \(result.directory)/\(RunScenario.reportFile)")
        if let metrics {
            try RunMetrics.write(
                result, wallSeconds: wall, phases: phases.seconds(), peakMiB: ProcessMemory.peakMiB(), to: metrics)
        }
    }

    static func defaultCacheDirectory() -> String? {
        let env = ProcessInfo.processInfo.environment
        if let dir = env["RIDEPOOL_CACHE"], !dir.isEmpty { return dir }
        if let dir = env["XDG_CACHE_HOME"], !dir.isEmpty { return dir + "/ridepool" }
        return env["HOME"].map { $0 + "/.cache/ridepool" }
    }

    static func defaultRunID(seed: UInt64?) -> String {
        let f = DateFormatter()
        f.dateFormat = "yyyyMMdd-HHmmss"
        f.timeZone = TimeZone(identifier: "UTC")
        f.locale = Locale(identifier: "en_US_POSIX")
        return f.string(from: Date()) + (seed.map { "-seed\($0)" } ?? "")
    }
}

/// Progress on stderr: simulated clock, share of requests done, requests per wall-clock second.
final class ProgressMeter {
    private let enabled: Bool
    private let started: Date
    private let interactive = isatty(STDERR_FILENO) != 0
    private var lastShare = -1

    init(enabled: Bool, started: Date) { self.enabled = enabled; self.started = started }

    func report(_ p: RunProgress) {
        guard enabled, p.requestsTotal > 0 else { return }
        let share = p.requestsDone * 100 / p.requestsTotal
        // A terminal gets every percent on one line; a log file gets every tenth.
        guard share != lastShare, interactive || share % 10 == 0 else { return }
        lastShare = share
        let rate = Double(p.requestsDone) / max(Date().timeIntervalSince(started), 1e-9)
        let line = String(
            format: "sim %@  %3d%%  %d/%d requests  %.0f requests/s", p.time.description, share,
            p.requestsDone, p.requestsTotal, rate)
        FileHandle.standardError.write(Data((interactive ? "\r" + line : line + "\n").utf8))
    }

    func finish() {
        if enabled && interactive && lastShare >= 0 { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}

/// Wall-clock seconds of each phase of a run (the CLI owns the clock; the use-case only says when).
final class PhaseClock: @unchecked Sendable {
    private let started: Date
    private var marks: [(RunPhase, Date)] = []
    private let lock = NSLock()

    init(started: Date) { self.started = started }

    func mark(_ phase: RunPhase) { lock.withLock { marks.append((phase, Date())) } }

    /// `load_s`, `simulate_s`, `write_s`: each phase's duration.
    func seconds() -> [String: Double] {
        lock.withLock {
            var out: [String: Double] = [:], last = started
            let names: [RunPhase: String] = [.loaded: "load_s", .simulated: "simulate_s", .written: "write_s"]
            for (phase, at) in marks { out[names[phase]!] = at.timeIntervalSince(last); last = at }
            return out
        }
    }
}

extension RebalancingRules.Strategy: ExpressibleByArgument {}
extension ReoptimisationRules.Method: ExpressibleByArgument {}
