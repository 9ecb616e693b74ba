/// Orders: a trip is created `Ordered`, and the dispatcher decides after its latency: `Accepted` with a
/// vehicle that keeps the offer's promise (the offered one first), or `Rejected` (`FLEET_SATURATED`).
extension Engine {
    /// Creates the trip of request `r` in `Ordered` from `quote` (offer number `offerIndex`) and schedules
    /// the dispatcher's decision; with no latency the decision is made before this returns.
    public func order(_ r: Int32, _ quote: Quote, offerIndex: Int) {
        trips[Int(r)] = TripStateMachine()
        orders[Int(r)] = quote
        emit(.ordered(request: r, offer: Int32(offerIndex)))
        let at = max(now + setup.dispatchLatency.draw(r, streams), lastDecision)
        lastDecision = at
        if at == now { decide(r) } else { queue.schedule(.dispatch(r), at: at) }
    }

    /// The dispatcher's decision on trip `r`'s order, unless it was cancelled while waiting.
    func decide(_ r: Int32) {
        guard trips[Int(r)]?.state == .ordered, let quote = orders[Int(r)] else { return }
        if quote.isPrebooking { return decidePrebooking(r, quote) }
        guard
            let insertion = unchangedInsertion(quote)
                ?? (quote.vehicle >= 0
                    ? matcher.bestInsertion(of: quote.spec, into: quote.vehicle, fleet: fleet, now: now) : nil)
                ?? matcher.bestInsertion(of: quote.spec, fleet: fleet, now: now)
        else {
            if holdsUnplacedOrders { return dispatchState.heldOrders.append(r) }
            _ = transition(r, .reject)
            emit(.rejected(request: r, reason: .fleetSaturated))
            return
        }
        _ = transition(r, .accept)
        place(r, quote.spec, insertion) { emit(.accepted(request: r, vehicle: insertion.vehicle)) }
    }

    /// Puts trip `r`'s stops into the insertion's vehicle plan (diverting it first if the insertion says
    /// so), records `event` and the estimates the trip now has, and sets the vehicle going.
    func place(_ r: Int32, _ spec: TripSpec, _ insertion: Insertion, recording event: () -> Void) {
        let v = insertion.vehicle
        if let turn = insertion.divertedAt { divert(v, at: turn) }
        fleet.plans[Int(v)].insert(
            pickup: spec.pickupStop(), at: insertion.pickupIndex,
            dropoff: spec.dropoffStop(), before: insertion.dropoffIndex,
            travel: travel, now: now)
        tripVehicle[Int(r)] = v
        orders[Int(r)]?.offer.estimatedPickup = insertion.pickupTime
        orders[Int(r)]?.offer.estimatedDropoff = insertion.dropoffTime
        event()
        startIfIdle(v)
        planChanged(v)
    }

    /// The quote's own insertion when nothing has changed since it was made (same time, no plan
    /// changed): the search would find exactly it again.
    private func unchangedInsertion(_ quote: Quote) -> Insertion? {
        guard let basis = quote.basis, basis.time == now, basis.planVersion == planVersion else { return nil }
        return basis.insertion
    }
}
