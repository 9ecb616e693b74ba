import Foundation
import Reports
import Ridepool
import Scenario

/// `ridepool plan`: the smallest fleet that meets every target, an hourly shift plan checked by
/// simulation, and the grid/shard/merge workflow for studies that outgrow one machine.
public enum PlanCapacity {
    public static let jsonFile = "plan.json"
    public static let htmlFile = "plan.html"

    /// Runs a search or a grid (or one shard of a grid) and writes its files.
    /// - Throws: `PlanInputError` for bad targets, ranges, grids and shards; scenario and file errors as `run` does.
    public static func plan(_ options: PlanOptions, progress: (@Sendable (PlanProgress) -> Void)? = nil) throws
        -> PlanResult
    {
        let study = try makeStudy(options)
        let largest = study.mode == .grid ? study.grid.last! : study.fleetMax
        let inputs = try loadInputs(study, largest: largest, cacheDirectory: options.cacheDirectory)
        let executor = PlanExecutor(inputs: inputs, threads: options.jobs, progress: progress)
        try makeDirectory(options.outputDirectory)

        if let shardText = options.shard {
            let shard = try PlanStudy.parseShard(shardText)
            let pairs = PlanShardFile.assignment(
                grid: study.grid, seeds: study.seeds, index: shard.index, count: shard.count)
            let runs = try executor.run(
                try pairs.map { try job(inputs, fleet: $0.fleet, seed: $0.seed) },
                phase: "shard \(shard.index)/\(shard.count)")
            let file = PlanShardFile(study: study, shard: shard.index, shardCount: shard.count, runs: runs)
            let path = options.outputDirectory + "/" + PlanShardFile.fileName(index: shard.index, count: shard.count)
            try ResultFiles.writeText(String(decoding: try file.encoded(), as: UTF8.self), to: path)
            return PlanResult(outcome: nil, files: [path], runs: runs.count)
        }

        var runs: [PlanRun]
        var hourlyOnly: Set<Int> = []
        switch study.mode {
        case .grid:
            runs = try executor.run(
                try study.grid.flatMap { f in try study.seeds.map { try job(inputs, fleet: f, seed: $0) } },
                phase: "grid")
            // The same round trip a shard's runs make, so that a merge gives identical bytes.
            runs = try roundTrip(runs, study: study)
        case .search:
            var search = PlanSearch(study: study) { sizes, phase in
                try executor.run(
                    try sizes.flatMap { f in try study.seeds.map { try job(inputs, fleet: f, seed: $0) } }, phase: phase
                )
            }
            runs = try search.run()
            if let r = PlanAnalysis(study: study, runs: runs).recommended {
                let fill = PlanSearch.hourlyFill(
                    evaluated: Array(Set(runs.map(\.fleet))), recommended: r.fleet, study: study)
                runs += try executor.run(
                    try fill.flatMap { f in try study.seeds.map { try job(inputs, fleet: f, seed: $0) } },
                    phase: "hourly plan")
                hourlyOnly = Set(fill)
            }
        }
        return try finish(
            study: study, runs: runs, hourlyOnly: hourlyOnly, inputs: inputs, executor: executor,
            directory: options.outputDirectory)
    }

    /// Joins the shard files found in `directories` (or given as files) into plan.json and plan.html in `outputDirectory`.
    /// The hourly plan's check runs here (it needs the scenario at the path the shards recorded).
    public static func merge(
        directories: [String], outputDirectory: String, jobs: Int, cacheDirectory: String?,
        progress: (@Sendable (PlanProgress) -> Void)? = nil
    ) throws -> PlanResult {
        var files: [(path: String, file: PlanShardFile)] = []
        for d in directories {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: d, isDirectory: &isDirectory) else {
                throw PlanInputError("\(d) does not exist", fix: "pass the folders the shards wrote to (their --out)")
            }
            let paths =
                isDirectory.boolValue
                ? ((try? FileManager.default.contentsOfDirectory(atPath: d)) ?? []).filter {
                    $0.hasPrefix("plan-shard-") && $0.hasSuffix(".json")
                }.sorted().map { d + "/" + $0 }
                : [d]
            for p in paths { files.append((p, try PlanShardFile.read(path: p))) }
        }
        let (study, runs) = try PlanShardFile.merge(files)
        let inputs = try loadInputs(study, largest: study.grid.last!, cacheDirectory: cacheDirectory)
        let executor = PlanExecutor(inputs: inputs, threads: jobs, progress: progress)
        try makeDirectory(outputDirectory)
        return try finish(
            study: study, runs: runs, hourlyOnly: [], inputs: inputs, executor: executor, directory: outputDirectory)
    }

    /// Analyses the runs, builds and checks the hourly plan, writes plan.json and plan.html.
    private static func finish(
        study: PlanStudy, runs: [PlanRun], hourlyOnly: Set<Int>, inputs: PlanInputs,
        executor: PlanExecutor, directory: String
    ) throws -> PlanResult {
        let analysis = PlanAnalysis(study: study, runs: runs, hourlyOnly: hourlyOnly)
        var simulated = runs.count
        var hourly: HourlyPlan?
        if let r = analysis.recommended {
            let hours = ShiftPlanFleet.serviceHours(inputs.spec)
            var plan = HourlyPlan(
                analysis: analysis, serviceHours: hours,
                flatVehicleHours: try ShiftPlanFleet.flatVehicleHours(inputs, fleet: r.fleet))!
            plan.vehicleHours = try ShiftPlanFleet.spec(
                inputs, inService: plan.inServicePerHour, hours: hours, seed: inputs.spec.seed
            ).1
            if study.check {
                for round in 1...3 {
                    var jobs: [PlanJob] = [], vehicleHours = 0.0
                    for seed in study.seeds {
                        let (spec, vh) = try ShiftPlanFleet.spec(
                            inputs, inService: plan.inServicePerHour, hours: hours, seed: seed)
                        jobs.append(PlanJob(fleet: plan.inServicePerHour.max() ?? 0, seed: seed, spec: spec));
                        vehicleHours = vh
                    }
                    let checked = try executor.run(jobs, phase: "check \(round)")
                    simulated += checked.count
                    let verdict = plan.judge(runs: checked, vehicleHours: vehicleHours, analysis: analysis)
                    plan.rounds.append(verdict); plan.vehicleHours = vehicleHours
                    guard !verdict.failingHours.isEmpty, round < 3, plan.raise(verdict.failingHours, analysis: analysis)
                    else { break }
                }
            }
            hourly = plan
        }
        var chargers: [ChargerNeed] = []
        if let r = analysis.recommended {
            let sized = try ChargerSizing.size(inputs, study: study, fleet: r.fleet, executor: executor)
            chargers = sized.needs
            simulated += sized.runs
        }
        let outcome = PlanOutcome(analysis: analysis, hourly: hourly, chargers: chargers)
        let json = directory + "/" + jsonFile, html = directory + "/" + htmlFile
        try ResultFiles.writeText(outcome.json, to: json)
        try ResultFiles.writeText(outcome.html, to: html)
        return PlanResult(outcome: outcome, files: [json, html], runs: simulated)
    }

    /// Checks the options and turns them into a study.
    static func makeStudy(_ o: PlanOptions) throws -> PlanStudy {
        guard !o.targets.isEmpty else {
            throw PlanInputError(
                "no target given",
                fix: "add at least one --target, e.g. --target 'served_share_servable>=0.9' --target 'wait_p95<=900'")
        }
        let targets = try o.targets.map { text throws(PlanInputError) in try PlanTarget.parse(text) }
        guard o.seeds >= 1 else {
            throw PlanInputError(
                "--seeds \(o.seeds) is below 1", fix: "run at least one seed per fleet size (3 is a good start)")
        }
        guard o.step >= 1 else {
            throw PlanInputError("--step \(o.step) is below 1", fix: "use a step of at least 1 vehicle")
        }
        guard o.jobs >= 1 else {
            throw PlanInputError("--jobs \(o.jobs) is below 1", fix: "run at least one simulation at a time")
        }
        if o.shard != nil && o.grid == nil {
            throw PlanInputError(
                "--shard needs --grid",
                fix:
                    "a search decides its next fleet size from the last one; give the sizes with --grid 50,75,100 to split them into shards"
            )
        }
        let spec = try ScenarioLoader.load(path: o.scenarioPath).applying(
            RunOptions(
                demandScale: o.demandScale, runID: "", rebalancing: o.rebalancing, reoptimisation: o.reoptimisation))
        let scenarioFleet = spec.vehicleGroups.reduce(0) { $0 + $1.count }
        let range =
            try o.fleet.map { s throws(PlanInputError) in try PlanStudy.parseRange(s) }
            ?? max(1, scenarioFleet / 10)...max(2, scenarioFleet * 2)
        let grid = try o.grid.map { s throws(PlanInputError) in try PlanStudy.parseGrid(s) } ?? []
        if o.grid != nil && grid.isEmpty {
            throw PlanInputError("--grid is empty", fix: "list fleet sizes, e.g. --grid 50,75,100")
        }
        let seeds = (0..<UInt64(o.seeds)).map { spec.seed &+ $0 }
        return PlanStudy(
            scenario: o.scenarioPath, scenarioName: spec.name, targets: targets, mode: o.grid == nil ? .search : .grid,
            fleetMin: grid.first ?? range.lowerBound, fleetMax: grid.last ?? range.upperBound, step: o.step,
            grid: grid, seeds: seeds, judge: o.judge, demandScale: o.demandScale, check: o.check,
            rebalancing: o.rebalancing, reoptimisation: o.reoptimisation)
    }

    private static func loadInputs(_ study: PlanStudy, largest: Int, cacheDirectory: String?) throws -> PlanInputs {
        let spec = try ScenarioLoader.load(path: study.scenario).applying(
            RunOptions(
                demandScale: study.demandScale, runID: "", rebalancing: study.rebalancing,
                reoptimisation: study.reoptimisation))
        guard spec.name == study.scenarioName else {
            throw PlanInputError(
                "\(study.scenario) is now scenario '\(spec.name)', not '\(study.scenarioName)'",
                fix: "merge with the scenario file the shards ran")
        }
        let inputs = try PlanInputs(spec: spec, largestFleet: largest, cacheDirectory: cacheDirectory)
        // One world first, so that the shared travel matrix is computed (and cached) once, not by every worker at once.
        _ = try RunWorld(plan: inputs, spec: try inputs.spec(fleet: 1, seed: spec.seed))
        return inputs
    }

    private static func job(_ inputs: PlanInputs, fleet: Int, seed: UInt64) throws -> PlanJob {
        PlanJob(fleet: fleet, seed: seed, spec: try inputs.spec(fleet: fleet, seed: seed))
    }

    private static func roundTrip(_ runs: [PlanRun], study: PlanStudy) throws -> [PlanRun] {
        let file = PlanShardFile(study: study, shard: 1, shardCount: 1, runs: runs)
        return try JSONDecoder().decode(PlanShardFile.self, from: try file.encoded()).runs
    }

    private static func makeDirectory(_ path: String) throws {
        do { try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true) } catch {
            throw RidepoolError(
                "cannot create the plan directory \(path): \(error.localizedDescription)",
                fix: "choose a writable folder with --out")
        }
    }
}
