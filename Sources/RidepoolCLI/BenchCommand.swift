import ArgumentParser
import Foundation
import Ridepool

struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Run a benchmark suite, write results/bench/<time>.json and compare it with the baseline.",
        discussion: "Exits 1, listing the offending rows, when a KPI moved beyond the suite's tolerance or a "
            + "scenario's median wall time (or peak memory) grew beyond its factor. With --side-by-side, times "
            + "the peer (RidePy), the instrument (dispatch_limit) and ridepool on the peer's workloads instead and "
            + "prints their ratios in one table (needs the project's shared tools: --tools).")

    @Argument(help: "The suite file (YAML).") var suite = "scenarios/bench/suite.yaml"
    @Option(help: "The baseline to compare with.") var baseline = "results/baselines/bench.json"
    @Flag(name: .customLong("update-baseline"), help: "Write this bench as the new baseline instead of comparing.")
    var updateBaseline = false
    @Option(help: "Timed runs per scenario (default: the suite's; --side-by-side: rounds, default 3).") var runs: Int?
    @Option(help: "Where the report goes.") var out = "results/bench"
    @Option(name: .customLong("cache-dir"), help: "Travel-matrix cache for the runs (default as for `run`).")
    var cacheDir: String?
    @Flag(name: .customLong("no-cache"), help: "Never read or write the travel-matrix cache.") var noCache = false
    @Flag(
        name: .customLong("in-process"), help: "Run the scenarios in this process (peak memory is then the process's).")
    var inProcess = false
    @Flag(
        name: .customLong("side-by-side"),
        help: "Time the peer, the instrument and ridepool on the peer's workloads, in interleaved rounds; one table.")
    var sideBySide = false
    @Option(help: "--side-by-side: the project's shared tools (default: \(Self.defaultTools)).") var tools: String?
    @Option(
        name: .customLong("peer-python"),
        help: "--side-by-side: the peer's Python (default: \(Self.defaultPeerPython)).")
    var peerPython: String?
    @Option(
        name: .customLong("workload"),
        help: "--side-by-side: a workload PREFIX (of PREFIX.requests.csv[.gz]); repeatable (default: the suite's).")
    var workloads: [String] = []

    func validate() throws {
        if sideBySide, updateBaseline || inProcess {
            throw ValidationError("--side-by-side takes neither --update-baseline nor --in-process")
        }
        if !sideBySide, tools != nil || peerPython != nil || !workloads.isEmpty {
            throw ValidationError("--tools, --peer-python and --workload need --side-by-side")
        }
    }

    func run() throws {
        if sideBySide { return try runSideBySide() }
        let loaded = try BenchSuite.load(path: suite)
        let work = NSTemporaryDirectory() + "ridepool-bench-\(getpid())"
        defer { try? FileManager.default.removeItem(atPath: work) }
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        let cache = noCache ? nil : cacheDir ?? RunCommand.defaultCacheDirectory()
        let stamp = ISO8601DateFormatter().string(from: Date())
        let say = { (line: String) in FileHandle.standardError.write(Data((line + "\n").utf8)) }
        let outcome: RunBench.Outcome
        if inProcess {
            outcome = try RunBench.run(
                suite: loaded, runner: InProcessRunner(workDirectory: work, cacheDirectory: cache),
                runs: runs, reportDirectory: out, baselinePath: baseline,
                updateBaseline: updateBaseline, createdUTC: stamp, progress: say)
        } else {
            let runner = ChildProcessRunner(
                executable: Self.executablePath(), workDirectory: work, cacheDirectory: cache)
            outcome = try RunBench.run(
                suite: loaded, runner: runner, runs: runs, reportDirectory: out,
                baselinePath: baseline, updateBaseline: updateBaseline, createdUTC: stamp,
                progress: say)
        }
        print(Self.summaryTable(outcome.report))
        print(Self.serviceTable(outcome.report))
        print("report: \(outcome.reportPath)")
        guard let comparison = outcome.comparison else { return print("baseline written: \(baseline)") }
        print("\ncompared with \(baseline):")
        print(comparison.table())
        guard comparison.passed else {
            let rows = comparison.failures.map(BenchComparison.format).joined(separator: "\n")
            throw CommandFailure(
                message: "\nbench FAILED: \(comparison.failures.count) rows beyond tolerance:\n\(rows)\n", code: 1)
        }
        print("bench passed: every KPI within tolerance, times within \(loaded.tolerance.timeFactor)× the baseline")
    }

    static func summaryTable(_ report: BenchReport) -> String {
        func row(_ cells: [String]) -> String {
            zip(cells, [22, 10, 9, 13, 9, 9, 14, 10, 12]).map { c, w in
                w == 22
                    ? c.padding(toLength: max(w, c.count + 1), withPad: " ", startingAt: 0)
                    : String(repeating: " ", count: max(0, w - c.count)) + c
            }.joined()
        }
        var lines = [
            row([
                "scenario", "requests", "vehicles", "wall median", "min", "max", "simulate med", "peak MiB", "events/s"
            ])
        ]
        for r in report.scenarios {
            lines.append(
                row([
                    r.name, "\(r.requests)", "\(r.vehicles)", String(format: "%.3f s", r.wall.median),
                    String(format: "%.3f", r.wall.min), String(format: "%.3f", r.wall.max),
                    r.simulate.map { String(format: "%.3f s", $0.median) } ?? "—",
                    String(format: "%.0f", r.peakRSSMiB), String(format: "%.0f", r.eventsPerSecond)
                ]))
        }
        return lines.joined(separator: "\n")
    }

    /// What each scenario's runs served, side by side (the same scenario under two dispatch strategies
    /// compares here): served share, fulfilled trips, vehicle-km, vehicle-km per fulfilled trip, mean wait.
    static func serviceTable(_ report: BenchReport) -> String {
        let widths = [30, 8, 11, 12, 13, 11]
        func row(_ cells: [String]) -> String {
            zip(cells, widths).enumerated().map { i, cw in
                let (c, w) = cw
                return i == 0
                    ? c.padding(toLength: max(w, c.count + 1), withPad: " ", startingAt: 0)
                    : String(repeating: " ", count: max(0, w - c.count)) + c
            }.joined()
        }
        var lines = [row(["scenario", "served", "fulfilled", "vehicle-km", "km per trip", "wait mean"])]
        for r in report.scenarios {
            let k = r.kpis, fulfilled = k["fulfilled"] ?? 0, km = k["vehicle_km_total"] ?? 0
            lines.append(
                row([
                    r.name, k["served_share"].map { String(format: "%.1f %%", 100 * $0) } ?? "—",
                    String(format: "%.0f", fulfilled), String(format: "%.0f", km),
                    fulfilled > 0 ? String(format: "%.3f", km / fulfilled) : "—",
                    k["wait_mean_s"].map { String(format: "%.0f s", $0) } ?? "—"
                ]))
        }
        return lines.joined(separator: "\n")
    }

    /// This executable (the bench runs each scenario as a child `ridepool run`).
    static func executablePath() -> String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    }
}

/// `ridepool run --metrics FILE`: the run's counts for `ridepool bench`.
enum RunMetrics {
    static func write(
        _ result: RunResult, wallSeconds: Double, phases: [String: Double], peakMiB: Double,
        to path: String
    ) throws {
        var object: [String: Any] = [
            "directory": result.directory, "requests": result.requests, "vehicles": result.vehicles,
            "events": result.events, "vehicle_searches": result.vehicleSearches, "wall_s": wallSeconds,
            "peak_rss_mib": peakMiB
        ]
        for (k, v) in phases { object[k] = v }
        let data = try JSONSerialization.data(
            withJSONObject: object, options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes])
        do { try data.write(to: URL(fileURLWithPath: path), options: .atomic) } catch {
            throw CommandFailure(message: "error: cannot write \(path): \(error.localizedDescription)\n", code: 1)
        }
    }
}
