import Simulation

/// What re-optimisation did over a run: the sums of its rounds (`reoptimised` events).
public struct ReoptimisationTotals: Hashable, Sendable {
    public var rounds = 0
    /// Rounds whose solver stopped at its wall-clock limit (results may differ between machines).
    public var timeLimitedRounds = 0
    public var failedRounds = 0
    public var reassigned = 0
    public var resequenced = 0
    /// Held orders placed by a round: riders greedy insertion would have rejected.
    public var placedHeld = 0
    /// Σ (before − after) over the rounds: the dispatcher's cost, planned driving time and metres saved.
    public var costSavedMs: Int64 = 0
    public var driveSaved = SimTime.zero
    public var metresSaved = 0.0

    public init() {}

    mutating func record(_ round: ReoptimisationRound) {
        rounds += 1
        if round.outcome == .timeLimit { timeLimitedRounds += 1 }
        if round.outcome == .solverFailed { failedRounds += 1 }
        reassigned += Int(round.reassigned)
        resequenced += Int(round.resequenced)
        placedHeld += Int(round.placedHeld)
        costSavedMs += round.costBefore - round.costAfter
        driveSaved += round.driveBefore - round.driveAfter
        metresSaved += round.metresBefore - round.metresAfter
    }
}
