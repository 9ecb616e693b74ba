extension VehiclePlan {
    /// The dispatcher's cost of the plan after its anchor, in milliseconds: its planned driving time plus,
    /// for each rider whose drop-off it plans and whose promise `spec` gives, their weighted wait and ride
    /// (`TripSpec.cost`), from the planned pickup, or from `pickedUp` for a rider already on board, or
    /// from the locked stop for a rider it is picking up now. The one measure re-optimisation compares
    /// plans by (the engine's rounds, the batch's columns).
    /// - Complexity: O(n) for n planned stops.
    public func plannedCost(
        spec: (Int32) -> TripSpec?, pickedUp: (Int32) -> SimTime? = { _ in nil }
    ) -> (cost: Int64, drive: SimTime) {
        var drive = SimTime.zero, riders: Int64 = 0
        var pickups: [Int32: SimTime] = [:]
        for s in stops {
            drive += s.legTime ?? .zero
            if s.isPickup {
                pickups[s.trip] = s.serviceStart
                continue
            }
            guard s.trip >= 0, let promise = spec(s.trip) else { continue }
            let locked = current.flatMap { $0.trip == s.trip && $0.isPickup ? $0.serviceStart : nil }
            guard let pickup = pickups[s.trip] ?? pickedUp(s.trip) ?? locked else { continue }
            riders += promise.cost(addedDrive: .zero, pickup: pickup, dropoff: s.serviceStart)
        }
        return (drive.ms + riders, drive)
    }
}
