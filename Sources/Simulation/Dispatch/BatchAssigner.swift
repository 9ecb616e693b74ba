/// The seam between the engine and batch assignment (`Dispatching`): every re-optimisation round the
/// engine shows the assigner the riders that may move and the orders waiting for a vehicle, and the
/// assigner proposes new plans. The engine checks every proposed plan and every promise before it
/// performs anything; the assigner never touches the fleet.
public protocol BatchAssigner {
    mutating func assign(_ batch: AssignmentBatch, fleet: Fleet, now: SimTime) -> BatchProposal
}

/// What a batch round may rearrange.
public struct AssignmentBatch: Sendable {
    /// Riders accepted and not yet picked up (pickup not locked), with the specs of their promises:
    /// each must stay served.
    public var movable: [TripSpec]
    /// The vehicle each movable rider is in now (same order).
    public var currentVehicle: [Int32]
    /// Orders and prebookings waiting for a vehicle: each is served if it fits.
    public var held: [TripSpec]

    public init(movable: [TripSpec], currentVehicle: [Int32], held: [TripSpec]) {
        self.movable = movable; self.currentVehicle = currentVehicle; self.held = held
    }
}

/// The assigner's answer: the new plan of every vehicle whose riders or order change, and how the
/// solver ended.
public struct BatchProposal: Sendable {
    public var plans: [(vehicle: Int32, plan: VehiclePlan)]
    public var outcome: ReoptimisationRound.Outcome

    public init(plans: [(vehicle: Int32, plan: VehiclePlan)], outcome: ReoptimisationRound.Outcome) {
        self.plans = plans; self.outcome = outcome
    }
}
