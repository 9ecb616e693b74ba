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
    static func divertingInsertion(of spec: TripSpec, vehicle: Int32, planAt plan: UnsafePointer<VehiclePlan>,
                                   capacity: Capacity, travel: Travel, now: SimTime, costBound: Int64?) -> Insertion? {
        guard var head = plan.pointee.current,
              let here = travel.placeAlong(from: plan.pointee.position, to: head.place,
                                           fraction: plan.pointee.legFraction(at: now)) else {
            return InsertionSearch.best(for: spec, vehicle: vehicle, planAt: plan, capacity: capacity, travel: travel,
                                        now: now, costBound: costBound)
        }
        head.legTime = head.arrival - now
        let wait = head.earliest > head.arrival ? head.earliest - head.arrival : .zero
        head.maxDelay = min(head.latest - head.arrival, wait + (plan.pointee.stops.first?.maxDelay ?? plan.pointee.endMaxDelay))
        let (onboard, shiftEnd) = (plan.pointee.onboard, plan.pointee.shiftEnd)
        let found = withUnsafePointer(to: head) { head in
            plan.pointee.stops.withUnsafeBufferPointer { rest in
                let route = InsertionSearch.Route(anchorPlace: here.place, start: now, anchorOccupancy: onboard,
                                                  shiftEnd: shiftEnd, head: head, rest: rest)
                return InsertionSearch.best(for: spec, vehicle: vehicle, route: route, capacity: capacity,
                                            travel: travel, costBound: costBound)
            }
        }
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
