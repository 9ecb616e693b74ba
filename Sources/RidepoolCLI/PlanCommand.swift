import ArgumentParser
import Foundation
import Planning
import Reports
import Ridepool
import Simulation

/// `ridepool plan …` (search or grid, default) and `ridepool plan merge …`.
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan", abstract: "Find the smallest fleet that meets service targets, hour by hour.",
        subcommands: [PlanSearchCommand.self, PlanMergeCommand.self], defaultSubcommand: PlanSearchCommand.self)
}

struct PlanSearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract:
            "Search (or evaluate a grid of) fleet sizes; write plan.json and plan.html (`ridepool plan SCENARIO …`).")

    @Argument(help: "The scenario file (YAML).") var scenario: String
    @Option(
        name: .customLong("target"),
        help: "KPI>=VALUE or KPI<=VALUE (repeatable), e.g. 'served_share_servable>=0.9', 'wait_p95<=900'.")
    var targets: [String] = []
    @Option(help: "Fleet sizes to search, MIN...MAX (default: a tenth of the scenario's fleet to twice it).") var fleet:
        String?
    @Option(help: "Search resolution in vehicles.") var step: Int = 1
    @Option(help: "Evaluate exactly these fleet sizes (comma-separated) instead of searching.") var grid: String?
    @Option(help: "With --grid: evaluate only shard I of N (1-based) and write plan-shard-I-of-N.json.") var shard:
        String?
    @Option(help: "Seeds per fleet size (the scenario's seed, +1, …).") var seeds: Int = 3
    @Option(help: "Judge targets on the worst seed or the mean over seeds (worst, mean).") var judge: String = "worst"
    @Option(name: .customLong("demand-scale"), help: "Multiply the demand.") var demandScale: Double?
    @Option(help: "Replace the rebalancing strategy: none, depot or minCostFlow.")
    var rebalancing: RebalancingRules.Strategy?
    @Option(help: "Replace the re-optimisation method: none, localSearch or batch.")
    var reoptimisation: ReoptimisationRules.Method?
    @Option(help: "Simulations at once (default: all cores).") var jobs: Int = ProcessInfo.processInfo
        .activeProcessorCount
    @Option(
        help:
            "Output folder (default: results/<scenario>/plan-<UTC time>, or results/<scenario>/plan-shards for --shard)."
    )
    var out: String?
    @Flag(name: .customLong("no-check"), help: "Do not simulate the hourly shift plan to check it.") var noCheck = false
    @Option(name: .customLong("cache-dir"), help: "Where road-network travel matrices are cached.") var cacheDir:
        String?
    @Flag(name: .customLong("no-cache"), help: "Never read or write the travel-matrix cache.") var noCache = false
    @Flag(help: "No progress on stderr.") var quiet = false

    func run() throws {
        guard let judgement = PlanJudge(rawValue: judge) else {
            throw PlanInputError("--judge \(judge) is not worst or mean", fix: "pass --judge worst or --judge mean")
        }
        let started = Date()
        let name = URL(fileURLWithPath: scenario).deletingPathExtension().lastPathComponent
        let directory =
            out ?? "results/\(name)/" + (shard == nil ? "plan-" + RunCommand.defaultRunID(seed: nil) : "plan-shards")
        let options = PlanOptions(
            scenarioPath: scenario, targets: targets, fleet: fleet, step: step, grid: grid, shard: shard,
            seeds: seeds, judge: judgement, demandScale: demandScale, jobs: jobs, outputDirectory: directory,
            check: !noCheck, cacheDirectory: noCache ? nil : cacheDir ?? RunCommand.defaultCacheDirectory(),
            rebalancing: rebalancing, reoptimisation: reoptimisation)
        let line = PlanProgressLine(enabled: !quiet, started: started)
        let result = try PlanCapacity.plan(options, progress: line.report)
        line.finish()
        try PlanSearchCommand.conclude(result, started: started)
    }

    /// Prints the answer and the files; exits 2 when no fleet size meets every target.
    static func conclude(_ result: PlanResult, started: Date) throws {
        let wall = Date().timeIntervalSince(started)
        guard let outcome = result.outcome else {
            print(
                String(
                    format: "shard done: %d runs in %.1f s wall; merge with `ridepool plan merge DIR...`", result.runs,
                    wall))
            for f in result.files { print("shard file: \(f)") }
            return
        }
        print(outcome.analysis.answer)
        if let h = outcome.hourly {
            let check =
                h.lastCheck.map {
                    $0.met
                        ? "checked: meets every target"
                        : "checked: MISSES "
                            + $0.misses.map { outcome.study.targets[$0].description }.joined(separator: ", ")
                }
                ?? "not checked"
            print(
                String(
                    format: "hourly shift plan: %.0f vehicle-hours vs %.0f flat (%.0f saved), %@", h.vehicleHours,
                    h.flatVehicleHours,
                    h.flatVehicleHours - h.vehicleHours, check))
        }
        print(String(format: "%d simulations in %.1f s wall", result.runs, wall))
        for f in result.files { print("written: \(f)") }
        if outcome.analysis.recommended == nil {
            throw CommandFailure(message: "no fleet size meets every target (see the best reached above)\n", code: 2)
        }
    }
}

struct PlanMergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Join the shard files of a grid study into plan.json and plan.html (and check the hourly plan).")

    @Argument(help: "Folders holding plan-shard-I-of-N.json files (or the files).") var directories: [String]
    @Option(help: "Output folder (default: the first folder given).") var out: String?
    @Option(help: "Simulations at once for the check (default: all cores).") var jobs: Int = ProcessInfo.processInfo
        .activeProcessorCount
    @Option(name: .customLong("cache-dir"), help: "Where road-network travel matrices are cached.") var cacheDir:
        String?
    @Flag(name: .customLong("no-cache"), help: "Never read or write the travel-matrix cache.") var noCache = false
    @Flag(help: "No progress on stderr.") var quiet = false

    func run() throws {
        guard let first = directories.first else {
            throw PlanInputError(
                "no shard folders given", fix: "pass the folders the shards wrote to, e.g. ridepool plan merge shards/")
        }
        let started = Date()
        let line = PlanProgressLine(enabled: !quiet, started: started)
        let result = try PlanCapacity.merge(
            directories: directories, outputDirectory: out ?? first, jobs: jobs,
            cacheDirectory: noCache ? nil : cacheDir ?? RunCommand.defaultCacheDirectory(), progress: line.report)
        line.finish()
        try PlanSearchCommand.conclude(result, started: started)
    }
}

/// One progress line on stderr for the whole plan: phase, runs done of runs known, current fleet sizes, wall time.
final class PlanProgressLine: @unchecked Sendable {
    private let enabled: Bool
    private let started: Date
    private let interactive = isatty(STDERR_FILENO) != 0
    private let lock = NSLock()
    private var shown = false

    init(enabled: Bool, started: Date) { self.enabled = enabled; self.started = started }

    func report(_ p: PlanProgress) {
        guard enabled else { return }
        let fleets =
            p.fleets.count > 4 ? "\(p.fleets.count) sizes" : "fleet " + p.fleets.map(String.init).joined(separator: ",")
        let line = String(
            format: "plan: %@  %d/%d runs  %@  %.0f s", p.phase, p.runsDone, p.runsKnown, fleets,
            Date().timeIntervalSince(started))
        lock.withLock {
            // A terminal gets one line rewritten in place; a log file gets a line per finished batch.
            if interactive {
                FileHandle.standardError.write(Data(("\r\u{1B}[K" + line).utf8)); shown = true
            } else if p.runsDone == p.runsKnown {
                FileHandle.standardError.write(Data((line + "\n").utf8))
            }
        }
    }

    func finish() {
        lock.withLock { if enabled && interactive && shown { FileHandle.standardError.write(Data("\n".utf8)) } }
    }
}
