import Foundation
import Reports
import Simulation

/// What a capacity plan asks: the scenario, the targets, the fleet sizes to consider, the seeds and
/// how seeds are judged. Shard files carry it so that `plan merge` can check shards belong together.
public struct PlanStudy: Hashable, Sendable, Codable {
    /// How fleet sizes are chosen.
    public enum Mode: String, Hashable, Sendable, Codable {
        /// Grow from `fleetMin` (doubling), then bisect to `step`: the smallest size that meets every target.
        case search
        /// Exactly the sizes in `grid` (shardable).
        case grid
    }

    /// The scenario file as given on the command line.
    public var scenario: String
    /// The scenario's `name`.
    public var scenarioName: String
    public var targets: [PlanTarget]
    public var mode: Mode
    public var fleetMin: Int
    public var fleetMax: Int
    public var step: Int
    /// Grid mode: the sizes, ascending and distinct.
    public var grid: [Int]
    /// Every fleet size runs once per seed (common random numbers: seed k gives the same demand and
    /// rider draws at every fleet size).
    public var seeds: [UInt64]
    public var judge: PlanJudge
    /// Multiplies the scenario's demand (nil: as the scenario says).
    public var demandScale: Double?
    /// Replaces the scenario's rebalancing strategy (`--rebalancing`); `nil`: the scenario's.
    public var rebalancing: RebalancingRules.Strategy?
    /// Replaces the scenario's re-optimisation method (`--reoptimisation`); `nil`: the scenario's.
    public var reoptimisation: ReoptimisationRules.Method?
    /// Whether the hourly shift plan is checked by simulating it.
    public var check: Bool

    public init(
        scenario: String, scenarioName: String, targets: [PlanTarget], mode: Mode, fleetMin: Int, fleetMax: Int,
        step: Int, grid: [Int], seeds: [UInt64], judge: PlanJudge, demandScale: Double?, check: Bool,
        rebalancing: RebalancingRules.Strategy? = nil, reoptimisation: ReoptimisationRules.Method? = nil
    ) {
        self.scenario = scenario; self.scenarioName = scenarioName; self.targets = targets; self.mode = mode
        self.fleetMin = fleetMin; self.fleetMax = fleetMax; self.step = step; self.grid = grid; self.seeds = seeds
        self.judge = judge; self.demandScale = demandScale; self.check = check; self.rebalancing = rebalancing
        self.reoptimisation = reoptimisation
    }

    /// The sizes the search may visit: `fleetMin`, `fleetMin + step`, …, and `fleetMax`.
    public var lattice: [Int] {
        var sizes = Array(stride(from: fleetMin, through: fleetMax, by: step))
        if sizes.last != fleetMax { sizes.append(fleetMax) }
        return sizes
    }

    /// Parses a fleet range `MIN...MAX` (also `MIN..MAX`, `MIN-MAX`).
    /// - Throws: `PlanInputError` unless both are integers with 1 ≤ MIN ≤ MAX.
    public static func parseRange(_ text: String) throws(PlanInputError) -> ClosedRange<Int> {
        let t = text.filter { !$0.isWhitespace }
        for separator in ["...", "..", "-", ":"] {
            let parts = t.components(separatedBy: separator)
            guard parts.count == 2 else { continue }
            guard let lo = Int(parts[0]), let hi = Int(parts[1]) else { break }
            guard lo >= 1 else {
                throw PlanInputError(
                    "fleet range '\(text)' starts below 1",
                    fix: "start the range at 1 vehicle or more, e.g. --fleet 10...400")
            }
            guard lo <= hi else {
                throw PlanInputError(
                    "fleet range '\(text)' ends before it starts",
                    fix: "write MIN...MAX with MIN ≤ MAX, e.g. --fleet 10...400")
            }
            return lo...hi
        }
        throw PlanInputError(
            "fleet range '\(text)' is malformed", fix: "write MIN...MAX with two whole numbers, e.g. --fleet 10...400")
    }

    /// Parses a grid `50,75,100` into ascending distinct sizes.
    public static func parseGrid(_ text: String) throws(PlanInputError) -> [Int] {
        let parts = text.split(separator: ",", omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        var sizes: [Int] = []
        for p in parts {
            guard let n = Int(p) else {
                throw PlanInputError(
                    "grid '\(text)': '\(p)' is not a whole number",
                    fix: "list fleet sizes separated by commas, e.g. --grid 50,75,100")
            }
            guard n >= 1 else {
                throw PlanInputError("grid '\(text)': fleet size \(n) is below 1", fix: "use fleet sizes of at least 1")
            }
            sizes.append(n)
        }
        return Array(Set(sizes)).sorted()
    }

    /// Parses a shard `I/N` (1-based).
    public static func parseShard(_ text: String) throws(PlanInputError) -> (index: Int, count: Int) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let i = Int(parts[0].trimmingCharacters(in: .whitespaces)),
            let n = Int(parts[1].trimmingCharacters(in: .whitespaces))
        else {
            throw PlanInputError(
                "shard '\(text)' is malformed",
                fix: "write I/N with whole numbers, e.g. --shard 2/8 (shards are numbered 1…N)")
        }
        guard n >= 1 else { throw PlanInputError("shard '\(text)': the shard count \(n) is below 1", fix: "use N ≥ 1") }
        guard (1...n).contains(i) else {
            throw PlanInputError(
                "shard index \(i) is out of range 1…\(n)",
                fix:
                    "shards are numbered from 1 to N (a Kubernetes Indexed Job's 0-based JOB_COMPLETION_INDEX needs +1)"
            )
        }
        return (i, n)
    }
}
