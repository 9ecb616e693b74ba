/// Prebooked trips (`dispatch.prebooking`): promised at booking from their windows alone, assigned to a
/// vehicle `revealAhead` before their pickup window opens, so a booking never pins a vehicle for hours.
///
/// The design follows FleetPy's separation of the reservation from the vehicle (its
/// `RollingHorizon` keeps the booking-time assignment, ours makes none) and MATSim DRT's
/// "schedule the wait before the drive": an assigned vehicle leaves for a prebooked pickup only in
/// time to arrive as its window opens, and stays useful until then. A promise the fleet cannot keep
/// at the reveal ends `Terminated` (`PREBOOKING_UNASSIGNABLE`) in the log, never silently.
extension Engine {
    /// Whether a trip whose pickup window opens at `earliest` is booked far enough ahead to be prebooked.
    func isPrebooking(pickupEarliest earliest: SimTime) -> Bool {
        earliest - now > setup.dispatch.prebooking.revealAhead
    }

    /// A quote on the windows alone, for a prebooking or for an order the next re-optimisation round
    /// decides: the windows are the promise; the estimates are the window's opening and the direct ride
    /// from there. Some vehicle's shift must cover the trip. The insertion (of no vehicle) ranks it among
    /// the request's other quotes by the rider's own cost.
    func windowQuote(_ quote: Quote, prebooking: Bool) -> (Insertion, Quote)? {
        let spec = quote.spec
        let covered = fleet.plans.indices.contains { v in
            fleet.specs[v].shiftStart <= spec.pickupLatest && spec.dropoffLatest <= fleet.specs[v].shiftEnd
                && fleet.capacities[v].fits(spec.demand)
        }
        guard covered else { return nil }
        var q = quote
        q.isPrebooking = prebooking
        q.offer.estimatedPickup = spec.pickupEarliest
        q.offer.estimatedDropoff = spec.pickupEarliest + spec.boarding + q.offer.directTime
        let ranking = Insertion(
            vehicle: -1, pickupIndex: 0, dropoffIndex: 0,
            cost: spec.cost(
                addedDrive: q.offer.directTime, pickup: q.offer.estimatedPickup, dropoff: q.offer.estimatedDropoff),
            pickupTime: q.offer.estimatedPickup, dropoffTime: q.offer.estimatedDropoff)
        return (ranking, q)
    }

    /// The dispatcher's decision on a prebooking: accepted with its promise alone, within the hour's
    /// prebooking capacity; its vehicle is chosen at the reveal.
    func decidePrebooking(_ r: Int32, _ quote: Quote) {
        let hour = quote.spec.pickupEarliest.ms / 3_600_000
        if let limits = setup.dispatch.prebooking.capacityPerHour {
            let hourOfDay = Int(((hour % 24) + 24) % 24)
            guard dispatchState.prebookedPerHour[hour, default: 0] < limits[hourOfDay] else {
                _ = transition(r, .reject)
                emit(.rejected(request: r, reason: .prebookingCapacityReached))
                return
            }
        }
        dispatchState.prebookedPerHour[hour, default: 0] += 1
        _ = transition(r, .accept)
        emit(.accepted(request: r, vehicle: -1))
        // At once when the rider took long enough to order that the reveal time has passed.
        queue.schedule(.reveal(r), at: max(now, quote.spec.pickupEarliest - setup.dispatch.prebooking.revealAhead))
    }

    /// Assigns prebooked trip `r` to the vehicle that keeps its promise at least cost; if none can, the
    /// next re-optimisation round tries (when it may hold orders), otherwise the trip ends now.
    func reveal(_ r: Int32) {
        guard trips[Int(r)]?.state == .accepted, tripVehicle[Int(r)] < 0, let quote = orders[Int(r)] else { return }
        if let insertion = matcher.bestInsertion(of: quote.spec, fleet: fleet, now: now) {
            place(r, quote.spec, insertion) { emit(.assigned(request: r, vehicle: insertion.vehicle)) }
        } else if holdsUnplacedOrders {
            dispatchState.heldPrebookings.append(r)
        } else {
            terminateUnassignable(r)
        }
    }

    /// Ends prebooked trip `r`, whose promise no vehicle can keep, at its pickup.
    func terminateUnassignable(_ r: Int32) {
        guard trips[Int(r)]?.state == .accepted, tripVehicle[Int(r)] < 0, let quote = orders[Int(r)] else { return }
        _ = transition(r, .terminate)
        emit(.terminated(request: r, vehicle: -1, at: riderRef(quote.spec.pickupPlace), cause: .prebookingUnassignable))
    }

    /// Whether vehicle `v`'s next stop is a prebooked pickup it would reach well before its window: it
    /// then waits where it is and leaves in time (`wake`), free to take riders until then.
    func waitsBeforeDriving(_ v: Int32, to next: PlannedStop, leg: SimTime) -> Bool {
        guard next.isPickup, orders[Int(next.trip)]?.isPrebooking == true else { return false }
        return now + leg < next.earliest
    }
}
