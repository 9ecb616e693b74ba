import Simulation

extension EventEncoder {
    /// A re-optimisation round's counts and its before/after costs (`reoptimised`).
    mutating func encodeRound(_ round: ReoptimisationRound) {
        json.field("method", round.method.rawValue)
        json.field("outcome", round.outcome.rawValue)
        json.field("movable", int: Int(round.movable))
        json.field("held", int: Int(round.held))
        json.field("reassigned", int: Int(round.reassigned))
        json.field("resequenced", int: Int(round.resequenced))
        json.field("placed_held", int: Int(round.placedHeld))
        json.field("cost_before_s", seconds: SimTime(ms: round.costBefore))
        json.field("cost_after_s", seconds: SimTime(ms: round.costAfter))
        json.field("drive_before_s", seconds: round.driveBefore)
        json.field("drive_after_s", seconds: round.driveAfter)
        json.field("metres_before", fixed: round.metresBefore, 1)
        json.field("metres_after", fixed: round.metresAfter, 1)
    }
}
