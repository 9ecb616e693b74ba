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
    static func divertingInsertion(of spec: TripSpec, vehicle: Int32, plan: borrowing VehiclePlan, capacity: Capacity,
                                   travel: Travel, now: SimTime, costBound: Int64?) -> Insertion? {
        guard var head = plan.current,
              let here = travel.placeAlong(from: plan.position, to: head.place, fraction: plan.legFraction(at: now)) else {
            return InsertionSearch.best(for: spec, vehicle: vehicle, plan: plan, capacity: capacity, travel: travel,
                                        now: now, costBound: costBound)
        }
        head.legTime = head.arrival - now
        let wait = head.earliest > head.arrival ? head.earliest - head.arrival : .zero
        head.maxDelay = min(head.latest - head.arrival, wait + (plan.stops.first?.maxDelay ?? plan.endMaxDelay))
        let (onboard, shiftEnd) = (plan.onboard, plan.shiftEnd)
        let found = withUnsafePointer(to: head) { head in
            plan.stops.withUnsafeBufferPointer { rest in
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

extension PoolingMatcher {
    /// Grid points for a vehicle that may turn off the leg it drives: points along the leg, at most
    /// `legSampleSpacing` apart, each with the time the vehicle passes it (and no place: no lower-bound look-up).
    ///
    /// Why this is a valid pruning bound: the vehicle, at `X` at `now`, has passed some sample `S` at
    /// `t ≤ now`, with `|S − X| ≤ spacing`; it drove straight from `S` to `X`, so for any pickup `P`
    /// `t + |S − P| / v ≤ t + |S − X| / v + |X − P| / v = now + |X − P| / v` (straight-line speed `v`
    /// bounds the plane's travel from above). A query reaches one spacing farther
    /// (`VehicleGrid.reachMargin`) to find `S`.
    @usableFromInline mutating func appendLegSamples(_ plan: VehiclePlan,
                                                     to points: inout [(place: PlaceID, point: PlanePoint, leaves: SimTime)]) {
        guard let c = plan.current, let start = plan.legStart else { return }
        let a = plane(plan.position), b = plane(c.place)
        let length = ((b.x - a.x) * (b.x - a.x) + (b.y - a.y) * (b.y - a.y)).squareRoot()
        let steps = Swift.max(1, Int((length / legSampleSpacing).rounded(.up)))
        let leg = c.arrival - start
        for k in 0..<steps {
            let f = Double(k) / Double(steps)
            // 1 ms earlier for rounding.
            points.append((-1, PlanePoint(x: a.x + f * (b.x - a.x), y: a.y + f * (b.y - a.y)), start + leg * f - SimTime(ms: 1)))
        }
    }
}
