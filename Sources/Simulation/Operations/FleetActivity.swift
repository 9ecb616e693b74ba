/// Why a vehicle drives or stops when it is not serving riders (events, vehicles.csv, reports).
public enum FleetActivity: String, Hashable, Sendable, CaseIterable {
    /// Moving towards expected demand (`minCostFlow`).
    case rebalancing
    /// Going home when idle (`depot` rebalancing).
    case returning
    /// Driving to a charger.
    case toCharger = "to_charger"
    /// Driving to the depot at the end of the shift.
    case toDepot = "to_depot"
    /// Driving to where the break is taken.
    case toBreak = "to_break"
}

/// One operational event of a vehicle (`SimEvent.Kind.operation`).
public enum FleetOperation: Sendable {
    /// The vehicle sets out for `to` for `activity` (the next `vehicleArrived` ends that leg).
    case setOut(FleetActivity, to: StopRef)
    /// The shift begins at depot `depot` (index into the header's depots).
    case shiftStarted(depot: Int32)
    /// The vehicle is back at its depot and off duty; `overtime` past the shift's end (zero if in time).
    case shiftEnded(depot: Int32, overtime: SimTime)
    case breakStarted(at: StopRef)
    case breakEnded
    /// No plug free at `depot`: the vehicle waits in the queue.
    case chargingQueued(depot: Int32, socWh: Double)
    /// Left the queue at `depot` unplugged: waiting longer would have broken the plan after the stop
    /// (a rider's promise, the break, the shift's end).
    case chargingAbandoned(depot: Int32, socWh: Double)
    /// Plugged in at plug `plug` of `depot` with `socWh` in the battery.
    case chargingStarted(depot: Int32, plug: Int32, socWh: Double)
    /// Unplugged with `socWh` in the battery.
    case chargingEnded(depot: Int32, plug: Int32, socWh: Double)
}
