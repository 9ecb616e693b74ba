/// Vehicles: leaving the anchor, arriving, boarding, alighting, waiting for no-shows, finishing a stop.
///
/// A vehicle leaves for its next planned stop as soon as it is free, drives there, waits for the
/// rider if early, dwells for stop time plus boarding or alighting, and stays where it is when idle.
extension Engine {
    func handleVehicleReady(_ v: Int32) {
        emit(.vehicleReady(vehicle: v, at: stopRef(fleet.plans[Int(v)].position)))
        startIfIdle(v)
    }

    /// Sets an idle vehicle in motion once it has work and its shift has begun.
    func startIfIdle(_ v: Int32) {
        let plan = fleet.plans[Int(v)]
        guard plan.current == nil, !plan.stops.isEmpty, now >= fleet.specs[Int(v)].shiftStart else { return }
        leave(v)
    }

    /// Leaves the anchor (the event marks the moment the vehicle drives off), locks the next stop and drives to it.
    private func leave(_ v: Int32) {
        let plan = fleet.plans[Int(v)]
        emit(.vehicleDeparted(vehicle: v, at: stopRef(plan.anchorPlace), occupancy: plan.onboard))
        guard let next = fleet.plans[Int(v)].lockNext(travel: travel, now: now) else { return }
        visits[Int(v)] += 1
        queue.schedule(.arrive(visit(v)), at: next.arrival)
        matcher.planDidChange(vehicle: v, fleet: fleet)
    }

    func handleArrival(_ v: Int32) {
        let plan = fleet.plans[Int(v)]
        guard let stop = plan.current else { preconditionFailure("vehicle \(fleet.specs[Int(v)].id) arrived with no locked stop") }
        let from = plan.position
        atStop[Int(v)] = true
        emit(.vehicleArrived(vehicle: v, at: stopRef(stop.place), occupancy: plan.onboard,
                             drivenMetres: travel.distance(from: from, to: stop.place),
                             driveTime: travel.travelTime(from: from, to: stop.place, at: now)))
        let r = stop.trip
        guard stop.isPickup else { return queue.schedule(.alight(visit(v)), at: stop.serviceStart) }
        guard trips[Int(r)]?.state == .accepted else { return queue.schedule(.finishStop(visit(v)), at: now) }
        queue.schedule(.board(visit(v)), at: stop.serviceStart)
    }

    /// At the planned boarding time the vehicle finds its rider, or finds the stop empty and waits.
    func handleBoarding(_ v: Int32) {
        guard let stop = fleet.plans[Int(v)].current, trips[Int(stop.trip)]?.state == .accepted else { return }
        if noShows[Int(stop.trip)] { return waitForMissingRider(v, stop) }
        _ = transition(stop.trip, .pickUp)
        emit(.pickedUp(request: stop.trip, vehicle: v, at: stopRef(stop.place)))
        fleet.plans[Int(v)].onboard += stop.demand
        fleet.plans[Int(v)].riderBoarded(trip: stop.trip, at: now, travel: travel, now: now)
        queue.schedule(.finishStop(visit(v)), at: stop.departure)
        matcher.planDidChange(vehicle: v, fleet: fleet)
    }

    /// Waits for a rider who is not at the stop: the configured time, but never so long that another
    /// rider's window breaks. The plan shows the longer stop at once, so later insertions see it.
    private func waitForMissingRider(_ v: Int32, _ stop: PlannedStop) {
        let plan = fleet.plans[Int(v)]
        let slack = max(.zero, plan.stops.first?.maxDelay ?? plan.endMaxDelay)
        let wait = min(setup.riders.noShowWait, stop.duration + slack)
        fleet.plans[Int(v)].updateCurrent({ $0.departure = now + wait }, travel: travel, now: now)
        queue.schedule(.giveUpWaiting(visit(v)), at: now + wait)
        matcher.planDidChange(vehicle: v, fleet: fleet)
    }

    func handleAlighting(_ v: Int32) {
        guard let stop = fleet.plans[Int(v)].current else { return }
        _ = transition(stop.trip, .dropOff)
        emit(.droppedOff(request: stop.trip, vehicle: v, at: stopRef(stop.place)))
        fleet.plans[Int(v)].onboard -= stop.demand
        queue.schedule(.finishStop(visit(v)), at: stop.departure)
    }

    func handleNoShow(_ v: Int32) {
        guard let stop = fleet.plans[Int(v)].current, trips[Int(stop.trip)]?.state == .accepted else { return }
        _ = transition(stop.trip, .noShow)
        emit(.noShow(request: stop.trip, vehicle: v, at: stopRef(stop.place)))
        releaseLockedPickup(v, departing: now)
        fleet.plans[Int(v)].removeStops(ofTrip: stop.trip, travel: travel, now: now)
        queue.schedule(.finishStop(visit(v)), at: now)
        matcher.planDidChange(vehicle: v, fleet: fleet)
    }

    func handleStopFinished(_ v: Int32) {
        guard fleet.plans[Int(v)].current != nil else { return }
        atStop[Int(v)] = false
        fleet.plans[Int(v)].finishCurrent(at: now, travel: travel)
        if !fleet.plans[Int(v)].stops.isEmpty { leave(v) } else { matcher.planDidChange(vehicle: v, fleet: fleet) }
    }

    /// The locked stop was a pickup whose rider will not board: nothing to board, leave at `departing`.
    func releaseLockedPickup(_ v: Int32, departing: SimTime) {
        fleet.plans[Int(v)].updateCurrent({ stop in
            stop.occupancyAfter -= stop.demand
            stop.earliest = .zero
            stop.duration = .zero
            stop.departure = max(stop.arrival, departing)
        }, travel: travel, now: now)
    }
}
