import Simulation

/// Insertions into a vehicle that is driving, when it may turn off its leg (RidePy's semantics on a
/// plane: "a vehicle that is driving may be diverted from its current position").
extension PoolingMatcher {
    /// The cheapest insertion into driving vehicle `vehicle`, the pickup allowed before the stop it
    /// is driving to: searched on its diverted view (see `VehiclePlan+Diversion`), read in place. An
    /// insertion after that stop is reported in the plan's own indices; one before it carries `divertedAt`.
    /// - Complexity: the insertion search's O(n²) O(1)-checks; no allocation.
    /// Static (the travel model passed in): called per candidate inside the matcher's loop, where a
    /// method would copy the whole matcher each time.
    @inlinable
    static func divertingInsertion(
        of spec: TripSpec, vehicle: Int32, in plans: PlansInPlace,
        capacity: Capacity, travel: Travel, now: SimTime, costBound: Int64?
    ) -> Insertion? {
        guard var head = plans[vehicle].current,
            let here = travel.placeAlong(
                from: plans[vehicle].position, to: head.place,
                fraction: head.legFraction(at: now))
        else {
            return InsertionSearch.best(
                for: spec, vehicle: vehicle, in: plans, capacity: capacity, travel: travel,
                now: now, costBound: costBound)
        }
        head.legTime = head.arrival - now
        let wait = head.earliest > head.arrival ? head.earliest - head.arrival : .zero
        head.maxDelay = min(
            head.latest - head.arrival, wait + (plans[vehicle].stops.first?.maxDelay ?? plans[vehicle].endMaxDelay))
        let found = InsertionSearch.best(
            for: spec, vehicle: vehicle, in: plans, divertedAt: here.place, head: head,
            capacity: capacity, travel: travel, now: now, costBound: costBound)
        guard var best = found else { return nil }
        if best.pickupIndex == 0 {
            best.divertedAt = here.point
        } else {
            best.pickupIndex -= 1
            best.dropoffIndex -= 1
        }
        return best
    }
}
