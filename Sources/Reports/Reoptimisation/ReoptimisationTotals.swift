import Simulation

/// What re-optimisation did over a run: the sums of its rounds (`reoptimised` events), and each round's
/// moves and savings in order (for the report's chart).
public struct ReoptimisationTotals: Hashable, Sendable {
    /// One round as the report draws it.
    public struct Round: Hashable, Sendable {
        public var time: SimTime
        public var reassigned: Int
        public var placedHeld: Int
        /// Planned metres before − after.
        public var metresSaved: Double
    }

    public var rounds = 0
    /// The method of the last round (a run has one method); nil before any round.
    public var method: ReoptimisationRules.Method?
    /// Rounds per outcome, in `ReoptimisationTotals.outcomes` order.
    public var byOutcome = [Int](repeating: 0, count: ReoptimisationTotals.outcomes.count)
    /// Σ movable riders and Σ held orders over the rounds (a rider or order waiting through several
    /// rounds counts in each).
    public var movable = 0, held = 0
    public var reassigned = 0
    public var resequenced = 0
    /// Held orders placed by a round: riders greedy insertion would have rejected.
    public var placedHeld = 0
    /// Σ (before − after) over the rounds: the dispatcher's cost, planned driving time and metres saved.
    public var costSavedMs: Int64 = 0
    public var driveSaved = SimTime.zero
    public var metresSaved = 0.0
    /// Every round, in log order.
    public var history: [Round] = []

    /// Every outcome in a fixed order, with its `summary.json` key.
    public static let outcomes: [(outcome: ReoptimisationRound.Outcome, key: String)] = [
        (.unchanged, "unchanged"), (.improved, "improved"), (.optimal, "optimal"), (.nodeLimit, "node_limit"),
        (.timeLimit, "time_limit"), (.solverFailed, "solver_failed")
    ]

    /// The index of `outcome` in `outcomes` (a switch, so that a new outcome does not compile unlisted).
    static func index(of outcome: ReoptimisationRound.Outcome) -> Int {
        switch outcome {
        case .unchanged: 0
        case .improved: 1
        case .optimal: 2
        case .nodeLimit: 3
        case .timeLimit: 4
        case .solverFailed: 5
        }
    }

    public init() {}

    /// The rounds of `outcome`.
    public func rounds(_ outcome: ReoptimisationRound.Outcome) -> Int { byOutcome[Self.index(of: outcome)] }

    /// Rounds whose solver stopped at its wall-clock limit (results may differ between machines).
    public var timeLimitedRounds: Int { rounds(.timeLimit) }

    mutating func record(_ round: ReoptimisationRound, at t: SimTime) {
        rounds += 1
        method = round.method
        byOutcome[Self.index(of: round.outcome)] += 1
        movable += Int(round.movable)
        held += Int(round.held)
        reassigned += Int(round.reassigned)
        resequenced += Int(round.resequenced)
        placedHeld += Int(round.placedHeld)
        costSavedMs += round.costBefore - round.costAfter
        driveSaved += round.driveBefore - round.driveAfter
        metresSaved += round.metresBefore - round.metresAfter
        history.append(
            Round(
                time: t, reassigned: Int(round.reassigned), placedHeld: Int(round.placedHeld),
                metresSaved: round.metresBefore - round.metresAfter))
    }
}
