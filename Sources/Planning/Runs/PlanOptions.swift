import Reports
import Ridepool
import Simulation

/// What `ridepool plan` was asked (as typed; `PlanCapacity` checks it).
public struct PlanOptions: Sendable {
    public var scenarioPath: String
    /// `KPI>=VALUE` / `KPI<=VALUE`, at least one.
    public var targets: [String]
    /// `MIN...MAX`; nil: from a tenth of the scenario's fleet to twice it.
    public var fleet: String?
    /// Search resolution in vehicles (≥ 1).
    public var step: Int
    /// `50,75,100`: evaluate exactly these sizes instead of searching.
    public var grid: String?
    /// `I/N`: evaluate only this shard of the grid and write a shard file.
    public var shard: String?
    /// Seeds per fleet size: the scenario's seed, seed + 1, …
    public var seeds: Int
    public var judge: PlanJudge
    public var demandScale: Double?
    /// Replaces the scenario's rebalancing strategy.
    public var rebalancing: RebalancingRules.Strategy?
    /// Replaces the scenario's re-optimisation method.
    public var reoptimisation: ReoptimisationRules.Method?
    /// Worker threads (simulations at once).
    public var jobs: Int
    /// Where plan.json and plan.html (or the shard file) go.
    public var outputDirectory: String
    /// Whether to simulate the hourly shift plan to check it.
    public var check: Bool
    public var cacheDirectory: String?

    public init(
        scenarioPath: String, targets: [String], fleet: String? = nil, step: Int = 1, grid: String? = nil,
        shard: String? = nil, seeds: Int = 3, judge: PlanJudge = .worst, demandScale: Double? = nil, jobs: Int = 1,
        outputDirectory: String, check: Bool = true, cacheDirectory: String? = nil,
        rebalancing: RebalancingRules.Strategy? = nil, reoptimisation: ReoptimisationRules.Method? = nil
    ) {
        self.rebalancing = rebalancing; self.reoptimisation = reoptimisation
        self.scenarioPath = scenarioPath; self.targets = targets; self.fleet = fleet; self.step = step; self.grid = grid
        self.shard = shard; self.seeds = seeds; self.judge = judge; self.demandScale = demandScale; self.jobs = jobs
        self.outputDirectory = outputDirectory; self.check = check; self.cacheDirectory = cacheDirectory
    }
}

/// What a plan (or a merge, or a shard) wrote.
public struct PlanResult: Sendable {
    /// The full outcome; nil for a shard (its runs wait for the merge).
    public var outcome: PlanOutcome?
    /// Files written (plan.json and plan.html, or the shard file).
    public var files: [String]
    /// Simulations run.
    public var runs: Int
}
