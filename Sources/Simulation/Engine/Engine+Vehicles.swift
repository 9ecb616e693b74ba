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
        planChanged(v)
    }

    func handleArrival(_ v: Int32) {
        let plan = fleet.plans[Int(v)]
        guard let stop = plan.current else {
            preconditionFailure("vehicle \(fleet.specs[Int(v)].id) arrived with no locked stop")
        }
        let from = plan.position
        atStop[Int(v)] = true
        emit(
            .vehicleArrived(
                vehicle: v, at: stopRef(stop.place), occupancy: plan.onboard,
                drivenMetres: travel.distance(from: from, to: stop.place), driveTime: stop.legTime!))
        let r = stop.trip
        guard stop.isPickup else { return queue.schedule(.alight(visit(v)), at: stop.serviceStart) }
        guard trips[Int(r)]?.state == .accepted else { return queue.schedule(.finishStop(visit(v)), at: now) }
        queue.schedule(.board(visit(v)), at: stop.serviceStart)
    }

    /// At the planned boarding time the vehicle finds its rider, or finds the stop empty and waits.
    func handleBoarding(_ v: Int32) {
        guard let stop = fleet.plans[Int(v)].current, trips[Int(stop.trip)]?.state == .accepted else { return }
        if riders?.showsUp(stop.trip) == false { return waitForMissingRider(v, stop) }
        _ = transition(stop.trip, .pickUp)
        pickedUpAt[Int(stop.trip)] = now
        emit(.pickedUp(request: stop.trip, vehicle: v, at: stopRef(stop.place)))
        fleet.plans[Int(v)].onboard += stop.demand
        fleet.plans[Int(v)].riderBoarded(trip: stop.trip, at: now, travel: travel, now: now)
        queue.schedule(.finishStop(visit(v)), at: stop.departure)
        planChanged(v)
    }

    /// Waits for a rider who is not at the stop. The plan drops their boarding and drop-off at once
    /// (so that the time it frees counts), then the vehicle waits the configured time, but never so
    /// long that another rider's window breaks; later insertions see the longer stop.
    private func waitForMissingRider(_ v: Int32, _ stop: PlannedStop) {
        fleet.plans[Int(v)].removeStops(ofTrip: stop.trip, travel: travel, now: now)
        releaseLockedPickup(v, departing: now)
        let plan = fleet.plans[Int(v)]
        let wait = min(setup.riders.noShowWait, max(.zero, plan.stops.first?.maxDelay ?? plan.endMaxDelay))
        fleet.plans[Int(v)].updateCurrent({ $0.departure = now + wait }, travel: travel, now: now)
        queue.schedule(.giveUpWaiting(visit(v)), at: now + wait)
        planChanged(v)
    }

    func handleAlighting(_ v: Int32) {
        guard let stop = fleet.plans[Int(v)].current else { return }
        _ = transition(stop.trip, .dropOff)
        droppedOffAt[Int(stop.trip)] = now
        emit(.droppedOff(request: stop.trip, vehicle: v, at: stopRef(stop.place)))
        fleet.plans[Int(v)].onboard -= stop.demand
        queue.schedule(.finishStop(visit(v)), at: stop.departure)
    }

    func handleNoShow(_ v: Int32) {
        guard let stop = fleet.plans[Int(v)].current, trips[Int(stop.trip)]?.state == .accepted else { return }
        // The plan let go of this rider when the wait began; the vehicle leaves now.
        _ = transition(stop.trip, .noShow)
        emit(.noShow(request: stop.trip, vehicle: v, at: stopRef(stop.place)))
        queue.schedule(.finishStop(visit(v)), at: now)
    }

    func handleStopFinished(_ v: Int32) {
        guard fleet.plans[Int(v)].current != nil else { return }
        atStop[Int(v)] = false
        fleet.plans[Int(v)].finishCurrent(at: now, travel: travel)
        if !fleet.plans[Int(v)].stops.isEmpty { leave(v) } else { planChanged(v) }
    }

    /// Turns a driving vehicle off its leg at `point` (see `VehiclePlan+Diversion`): the log shows an
    /// arrival there (no stop), and the vehicle leaves from there once the new trip is inserted.
    func divert(_ v: Int32, at point: GeoPoint) {
        let plan = fleet.plans[Int(v)]
        guard plan.isDriving(at: now), let legStart = plan.legStart else {
            preconditionFailure("vehicle \(fleet.specs[Int(v)].id) diverted at \(now) while not driving")
        }
        let place = travel.addPlace(point)
        emit(
            .vehicleArrived(
                vehicle: v, at: stopRef(place), occupancy: plan.onboard,
                drivenMetres: travel.distance(from: plan.position, to: place), driveTime: now - legStart))
        visits[Int(v)] += 1  // the arrival scheduled at the stop it was driving to is stale now
        fleet.plans[Int(v)].divert(at: place, now: now, travel: travel)
    }

    /// The locked stop was a pickup whose rider will not board: nothing to board, leave at `departing`.
    /// Releasing twice (a cancel during a no-show wait) frees the seats once.
    func releaseLockedPickup(_ v: Int32, departing: SimTime) {
        fleet.plans[Int(v)].updateCurrent(
            { stop in
                stop.occupancyAfter -= stop.demand
                stop.demand = Occupancy()
                stop.earliest = .zero
                stop.duration = .zero
                stop.departure = max(stop.arrival, departing)
            }, travel: travel, now: now)
    }
}
