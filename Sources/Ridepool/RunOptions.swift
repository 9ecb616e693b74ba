import Simulation

/// What a user can change about a run without editing its scenario file.
public struct RunOptions: Sendable {
    /// Replaces the scenario's seed.
    public var seed: UInt64?
    /// Replaces the fleet size (spread over the vehicle groups in proportion to their counts).
    public var fleetSize: Int?
    /// Multiplies the scenario's demand scale.
    public var demandScale: Double?
    /// Replaces the scenario's rebalancing strategy (`operations.rebalancing.strategy`).
    public var rebalancing: RebalancingRules.Strategy?
    /// Replaces the scenario's re-optimisation method (`dispatch.reoptimisation.method`).
    public var reoptimisation: ReoptimisationRules.Method?
    /// The run directory is `<outputRoot>/<scenario>/<runID>`.
    public var outputRoot: String
    public var runID: String
    /// Where road-network travel matrices are cached between runs (nil: never cached).
    public var cacheDirectory: String?
    /// Whether to write `events.jsonl` (benchmarks may skip it; every other file still comes from
    /// the same event stream).
    public var writesEventLog: Bool
    /// Told when each phase of the run is done (for timing by the caller: no wall clock under Ridepool).
    public var phaseDone: (@Sendable (RunPhase) -> Void)?

    public init(
        seed: UInt64? = nil, fleetSize: Int? = nil, demandScale: Double? = nil,
        outputRoot: String = "results", runID: String, cacheDirectory: String? = nil,
        writesEventLog: Bool = true, rebalancing: RebalancingRules.Strategy? = nil,
        reoptimisation: ReoptimisationRules.Method? = nil
    ) {
        self.seed = seed; self.fleetSize = fleetSize; self.demandScale = demandScale; self.rebalancing = rebalancing
        self.reoptimisation = reoptimisation
        self.outputRoot = outputRoot; self.runID = runID; self.cacheDirectory = cacheDirectory
        self.writesEventLog = writesEventLog
    }
}

/// The phases of a run, in order.
public enum RunPhase: String, Sendable {
    /// The scenario, its files and the travel model are ready.
    case loaded
    /// The engine has run to the end.
    case simulated
    /// Every result file is written.
    case written
}
