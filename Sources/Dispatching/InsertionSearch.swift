import Simulation

// Why unsafe memory in this file: the search reads a plan's stops O(n²) times per candidate vehicle
// on the dispatch hot path. `Route` reads them in place through the plan's storage (and the one
// locked stop of a diverted vehicle), a field at a time, with no copy of a stop and no bounds or
// uniqueness check; it only lives inside the `withUnsafe…` calls below, or the matcher's
// `Fleet.withPlans` call (`PlansInPlace.stopsAndEnergy`). Plans come in through `PlansInPlace`
// (`Simulation`), so callers never address memory themselves.

/// The fast insertion search: the cheapest feasible place for one trip in one vehicle's plan.
///
/// For each pickup position `i` and drop-off position `j ≥ i` it checks feasibility in O(1) from the
/// plan's precomputed arrival times and slack (`maxDelay`), following the classic insertion heuristic
/// of Jaw, Odoni, Psaraftis and Wilson (1986) as RidePy's and FleetPy's dispatchers apply it. The
/// delay caused by the pickup is carried forward incrementally while `j` advances, so a whole plan of
/// n stops costs O(n²) constant-time checks. Exact also with time-of-day travel times, because a
/// planned leg keeps its duration when shifted (see `VehiclePlan`). `BruteForceInsertion` is its reference.
public enum InsertionSearch {
    /// Milliseconds of rounding allowed when a pickup's detour bounds the cost of every drop-off position.
    @inlinable static var roundingSlackMs: Int64 { 2 }

    /// - Parameter costBound: for metric travel times only (the triangle inequality holds, as on a
    ///   plane): insertions costing more than this are not wanted (the best found in other vehicles
    ///   so far), and positions whose pickup detour alone exceeds it, or the best of this vehicle,
    ///   are skipped, as are drop-offs right after a pickup that alone breaks the next stop's window.
    ///   `nil` (the default): every feasible position is priced.
    /// - Complexity: O(n²) for n planned stops, each check O(1); no allocation.
    @inlinable
    public static func best(
        for spec: TripSpec, vehicle: Int32, plan: VehiclePlan, capacity: Capacity,
        travel: some TravelTimeModel, now: SimTime, costBound: Int64? = nil
    ) -> Insertion? {
        let anchor = plan.anchor
        return plan.stops.withUnsafeBufferPointer { rest in
            let route = Route(
                anchorPlace: anchor.place, start: max(anchor.time, now), anchorOccupancy: anchor.occupancy,
                shiftEnd: plan.shiftEnd, home: plan.home, energy: plan.energyBox.map { .passUnretained($0) },
                head: nil, rest: rest)
            return best(
                for: spec, vehicle: vehicle, route: route, capacity: capacity, travel: travel, costBound: costBound)
        }
    }

    /// The same, for vehicle `vehicle`'s plan read in place (a matcher's loop over candidates, where
    /// passing the plan itself would copy it).
    @inlinable
    static func best(
        for spec: TripSpec, vehicle: Int32, in plans: PlansInPlace, capacity: Capacity,
        travel: some TravelTimeModel, now: SimTime, costBound: Int64?
    ) -> Insertion? {
        let anchor = plans[vehicle].anchor
        let (rest, energy) = plans.stopsAndEnergy(of: vehicle)
        let route = Route(
            anchorPlace: anchor.place, start: max(anchor.time, now), anchorOccupancy: anchor.occupancy,
            shiftEnd: plans[vehicle].shiftEnd, home: plans[vehicle].home, energy: energy, head: nil, rest: rest)
        return best(
            for: spec, vehicle: vehicle, route: route, capacity: capacity, travel: travel, costBound: costBound)
    }

    /// The search on driving vehicle `vehicle`'s diverted view (see `VehiclePlan+Diversion`), read in
    /// place: idle at `place` at `now`, then `head` (the stop it was driving to, retimed from there),
    /// then its planned stops. Indices are the view's (0 is before `head`).
    @inlinable
    static func best(
        for spec: TripSpec, vehicle: Int32, in plans: PlansInPlace, divertedAt place: PlaceID,
        head: PlannedStop, capacity: Capacity, travel: some TravelTimeModel, now: SimTime,
        costBound: Int64?
    ) -> Insertion? {
        let (onboard, shiftEnd, home) = (plans[vehicle].onboard, plans[vehicle].shiftEnd, plans[vehicle].home)
        let (rest, energy) = plans.stopsAndEnergy(of: vehicle)
        return withUnsafePointer(to: head) { head in
            let route = Route(
                anchorPlace: place, start: now, anchorOccupancy: onboard, shiftEnd: shiftEnd,
                home: home, energy: energy, head: head, rest: rest)
            return best(
                for: spec, vehicle: vehicle, route: route, capacity: capacity, travel: travel, costBound: costBound)
        }
    }

    /// A plan's stops as the search walks them: an optional `head` (the locked stop of a vehicle
    /// turned off its leg, see `VehiclePlan+Diversion`) followed by the planned stops, read in place
    /// (valid only while the plan's storage and the head are borrowed).
    @usableFromInline struct Route {
        @usableFromInline let anchorPlace: PlaceID
        /// When the vehicle leaves its anchor (not before now).
        @usableFromInline let start: SimTime
        @usableFromInline let anchorOccupancy: Occupancy
        @usableFromInline let shiftEnd: SimTime
        /// Where the vehicle must be back by `shiftEnd`, if anywhere.
        @usableFromInline let home: PlaceID?
        /// Unretained: the plan that holds it is borrowed while the route lives.
        @usableFromInline let energy: Unmanaged<EnergyBox>?
        @usableFromInline let head: UnsafePointer<PlannedStop>?
        @usableFromInline let rest: UnsafeBufferPointer<PlannedStop>
        @usableFromInline let count: Int
        @usableFromInline let offset: Int

        @inlinable init(
            anchorPlace: PlaceID, start: SimTime, anchorOccupancy: Occupancy, shiftEnd: SimTime,
            home: PlaceID?, energy: Unmanaged<EnergyBox>?, head: UnsafePointer<PlannedStop>?,
            rest: UnsafeBufferPointer<PlannedStop>
        ) {
            self.anchorPlace = anchorPlace; self.start = start; self.anchorOccupancy = anchorOccupancy
            self.shiftEnd = shiftEnd; self.home = home; self.energy = energy; self.head = head; self.rest = rest
            offset = head == nil ? 0 : 1
            count = rest.count + offset
        }

        /// Stop `k`, addressed in place: reading one field loads that field alone (no copy of the stop).
        @inlinable subscript(k: Int) -> PlannedStop {
            unsafeAddress { k >= offset ? rest.baseAddress.unsafelyUnwrapped + (k - offset) : head.unsafelyUnwrapped }
        }
    }

    /// - Complexity: O(n²) O(1)-checks for a route of n stops.
    @inlinable
    static func best(
        for spec: TripSpec, vehicle: Int32, route stops: Route, capacity: Capacity,
        travel: some TravelTimeModel, costBound: Int64?
    ) -> Insertion? {
        let n = stops.count
        let start = stops.start
        let lastPlace = n == 0 ? stops.anchorPlace : stops[n - 1].place
        let lastDeparture = n == 0 ? start : stops[n - 1].departure
        // The plan's end: back home (when the shift ends at a depot) or its last departure.
        let endArrival =
            lastDeparture + (stops.home.map { travel.travelTime(from: lastPlace, to: $0, at: lastDeparture) } ?? .zero)
        let endSlack = stops.shiftEnd - endArrival
        let P = spec.pickupPlace, D = spec.dropoffPlace
        var best: Insertion?

        func consider(_ i: Int, _ j: Int, added: SimTime, pickup: SimTime, dropoff: SimTime) {
            let c = Insertion(
                vehicle: vehicle, pickupIndex: i, dropoffIndex: j,
                cost: spec.cost(addedDrive: added, pickup: pickup, dropoff: dropoff),
                pickupTime: pickup, dropoffTime: dropoff)
            guard best.map({ c.isBetter(than: $0) }) ?? true else { return }
            // Energy last (an electric vehicle's only): only a candidate that would win is checked.
            if let energy = stops.energy?.takeUnretainedValue().value,
                addedEnergy(i, j, added: added, energy) > energy.slackWh
            {
                return
            }
            best = c
        }
        /// Wh the insertion at (i, j) adds: its changed legs, and the changed drive to a charger when it
        /// changes the last stop (see `PlanEnergy`).
        func addedEnergy(_ i: Int, _ j: Int, added: SimTime, _ e: PlanEnergy) -> Double {
            func metres(_ a: PlaceID, _ b: PlaceID) -> Double { travel.distance(from: a, to: b) }
            let before = i == 0 ? stops.anchorPlace : stops[i - 1].place
            var m = metres(before, P)
            if i == j {
                m += metres(P, D)
                if i < n { m += metres(D, stops[i].place) - metres(before, stops[i].place) }
            } else {
                m += metres(P, stops[i].place) - metres(before, stops[i].place)
                let last = stops[j - 1].place
                m += metres(last, D)
                if j < n { m += metres(D, stops[j].place) - metres(last, stops[j].place) }
            }
            let tail = j == n ? e.tail(from: D, travel: travel) - e.tail(from: lastPlace, travel: travel) : 0
            return e.battery.energy(metres: m, time: added) + tail
        }
        /// Whether arriving at stop k (or the plan's end when k == n) at `arrival` keeps every later window.
        func fitsAhead(_ k: Int, arrival: SimTime) -> Bool {
            k < n ? arrival - stops[k].arrival <= stops[k].maxDelay : arrival - endArrival <= endSlack
        }
        /// The original leg into stop k (k < n).
        func oldLeg(_ k: Int) -> SimTime { stops[k].legTime! }
        /// Drops off at `dropoff` before stop j, then drives on; keeps it if every later window holds.
        func placeDropoff(
            _ i: Int, _ j: Int, at dropoff: SimTime, deadline: SimTime, pickup: SimTime, addedBefore: SimTime
        ) {
            guard dropoff <= deadline else { return }
            let leave = dropoff + spec.alighting
            if j < n {
                let onward = travel.travelTime(from: D, to: stops[j].place, at: leave)
                if fitsAhead(j, arrival: leave + onward) {
                    consider(i, j, added: addedBefore + onward - oldLeg(j), pickup: pickup, dropoff: dropoff)
                }
            } else {
                // The new last stop: back home in time, if the shift ends at a depot (not priced: the
                // drive home is not the rider's).
                let home = stops.home.map { travel.travelTime(from: D, to: $0, at: leave) } ?? .zero
                if fitsAhead(n, arrival: leave + home) {
                    consider(i, j, added: addedBefore, pickup: pickup, dropoff: dropoff)
                }
            }
        }

        for i in 0...n {
            let prevPlace = i == 0 ? stops.anchorPlace : stops[i - 1].place
            let prevDeparture = i == 0 ? start : stops[i - 1].departure
            // Departures along a plan never decrease: no later position can make the pickup either.
            if prevDeparture > spec.pickupLatest { break }
            let onBoard = (i == 0 ? stops.anchorOccupancy : stops[i - 1].occupancyAfter) + spec.demand
            guard capacity.fits(onBoard) else { continue }
            let toPickup = travel.travelTime(from: prevPlace, to: P, at: prevDeparture)
            let pickupStart = max(prevDeparture + toPickup, spec.pickupEarliest)
            guard pickupStart <= spec.pickupLatest else { continue }
            let pickupDeparture = pickupStart + spec.boarding
            let dropoffDeadline = min(spec.dropoffLatest, pickupStart + spec.maxRide)

            let toNext = i < n ? travel.travelTime(from: P, to: stops[i].place, at: pickupDeparture) : .zero
            var arrivalDelay = i < n ? pickupDeparture + toNext - stops[i].arrival : .zero
            let pickupFits = i == n || arrivalDelay <= stops[i].maxDelay
            // With metric travel times, a drop-off between the pickup and stop i delays stop i at least as
            // much as the pickup alone (the triangle inequality): none fits if the pickup alone does not.
            if pickupFits || costBound == nil {
                // Drop-off right after the pickup.
                let direct = travel.travelTime(from: P, to: D, at: pickupDeparture)
                placeDropoff(
                    i, i, at: pickupDeparture + direct, deadline: dropoffDeadline, pickup: pickupStart,
                    addedBefore: toPickup + direct)
            }
            guard i < n, pickupFits else { continue }

            // Drop-off later: carry the pickup's delay forward stop by stop.
            let pickupAdded = toPickup + toNext - oldLeg(i)
            // With metric travel times the pickup's detour alone bounds the cost of every drop-off
            // position from below (weights on wait and ride only add; `roundingSlackMs` for rounding):
            // past the bound, none can win.
            if let bound = costBound, pickupAdded.ms - roundingSlackMs > min(bound, best?.cost ?? .max) { continue }
            for j in (i + 1)...n {
                let k = j - 1
                let s = stops[k]
                guard capacity.fits(s.occupancyAfter + spec.demand) else { break }
                let departureDelay = max(s.arrival + arrivalDelay, s.earliest) - s.serviceStart
                let leaveK = s.departure + departureDelay
                // Later drop-off positions leave later still: none can meet the deadline.
                if leaveK > dropoffDeadline { break }
                let toDropoff = travel.travelTime(from: s.place, to: D, at: leaveK)
                placeDropoff(
                    i, j, at: leaveK + toDropoff, deadline: dropoffDeadline, pickup: pickupStart,
                    addedBefore: pickupAdded + toDropoff)
                arrivalDelay = departureDelay
            }
        }
        return best
    }
}
