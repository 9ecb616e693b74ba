/// What one re-optimisation round did, as the event log records it (`reoptimised`).
///
/// Costs are the dispatcher's objective over every vehicle's plan after its anchor, in milliseconds
/// (planned driving time plus each planned rider's weighted wait and ride, `TripSpec.cost`); drive time
/// and metres are the planned driving of the same plans, before and after the round.
public struct ReoptimisationRound: Hashable, Sendable {
    public enum Outcome: String, Hashable, Sendable {
        /// The round improved nothing, or there was nothing to move.
        case unchanged
        /// The local search made moves.
        case improved
        /// The integer program was solved to proven optimality.
        case optimal
        /// The solver stopped at its node limit (same answer on every machine).
        case nodeLimit
        /// The solver stopped at its wall-clock limit (may differ between machines).
        case timeLimit
        /// The solver gave no usable answer: the plans stayed as they were.
        case solverFailed
    }

    public var method: ReoptimisationRules.Method
    public var outcome: Outcome
    /// Riders accepted and not yet picked up that the round could move.
    public var movable: Int32
    /// Orders waiting for this round because greedy insertion could not place them.
    public var held: Int32
    /// Riders who changed vehicle (each also recorded as `reassigned`).
    public var reassigned: Int32
    /// Vehicles whose stop order changed.
    public var resequenced: Int32
    /// Held orders the round placed (riders greedy insertion would have rejected).
    public var placedHeld: Int32
    public var costBefore: Int64
    public var costAfter: Int64
    public var driveBefore: SimTime
    public var driveAfter: SimTime
    public var metresBefore: Double
    public var metresAfter: Double

    public init(
        method: ReoptimisationRules.Method, outcome: Outcome, movable: Int32 = 0, held: Int32 = 0,
        reassigned: Int32 = 0, resequenced: Int32 = 0, placedHeld: Int32 = 0, costBefore: Int64 = 0,
        costAfter: Int64 = 0, driveBefore: SimTime = .zero, driveAfter: SimTime = .zero,
        metresBefore: Double = 0, metresAfter: Double = 0
    ) {
        self.method = method; self.outcome = outcome; self.movable = movable; self.held = held
        self.reassigned = reassigned; self.resequenced = resequenced; self.placedHeld = placedHeld
        self.costBefore = costBefore; self.costAfter = costAfter; self.driveBefore = driveBefore
        self.driveAfter = driveAfter; self.metresBefore = metresBefore; self.metresAfter = metresAfter
    }
}
