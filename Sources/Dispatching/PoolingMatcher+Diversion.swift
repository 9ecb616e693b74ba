import Simulation

/// Insertions into a vehicle that is driving, when it may turn off its leg (RidePy's semantics on a
/// plane: "a vehicle that is driving may be diverted from its current position").
extension PoolingMatcher {
    /// The cheapest insertion into driving vehicle `vehicle`: searched on its diverted view (see
    /// `VehiclePlan+Diversion`), so the pickup may go before the stop it is driving to. An insertion
    /// after that stop is reported in the plan's own indices; one before it carries `divertedAt`.
    /// - Complexity: O(n) to build the view plus the insertion search's O(n²) O(1)-checks.
    @inlinable
    func divertingInsertion(of spec: TripSpec, vehicle: Int32, plan: borrowing VehiclePlan, capacity: Capacity,
                            now: SimTime, view: inout VehiclePlan) -> Insertion? {
        guard let c = plan.current,
              let here = travel.placeAlong(from: plan.position, to: c.place, fraction: plan.legFraction(at: now)) else {
            return InsertionSearch.best(for: spec, vehicle: vehicle, plan: plan, capacity: capacity, travel: travel, now: now)
        }
        plan.diverted(at: here.place, now: now, into: &view)
        guard var best = InsertionSearch.best(for: spec, vehicle: vehicle, plan: view, capacity: capacity,
                                              travel: travel, now: now) else { return nil }
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
    /// half a cell apart, each standing for the vehicle as it left the leg's start.
    ///
    /// Why this is a valid pruning bound: the vehicle, at `X` at `now`, has passed some sample `S`
    /// with `|S − X| ≤ cell / 2`; as it left `A` at `legStart`, `legStart + |S − P| ≤ now + |X − P|`
    /// for any pickup `P`, and `legStart + lowerBound(A, P) ≤ now + |X − P|` likewise. A query
    /// reaches `cell / 2` farther (`VehicleGrid.reachMargin`) to find `S`.
    @usableFromInline mutating func legSamples(_ plan: VehiclePlan) -> [(place: PlaceID, point: PlanePoint, leaves: SimTime)] {
        guard let c = plan.current, let start = plan.legStart else { return [] }
        let a = plane(plan.position), b = plane(c.place)
        let length = ((b.x - a.x) * (b.x - a.x) + (b.y - a.y) * (b.y - a.y)).squareRoot()
        let steps = Swift.max(1, Int((length / (grid.cellSize / 2)).rounded(.up)))
        return (0..<steps).map { k in
            let f = Double(k) / Double(steps)
            return (plan.position, PlanePoint(x: a.x + f * (b.x - a.x), y: a.y + f * (b.y - a.y)), start)
        }
    }
}
