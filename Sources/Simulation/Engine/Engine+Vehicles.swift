/// Vehicles: leaving the anchor, arriving, boarding, alighting, waiting for no-shows, finishing a stop.
///
/// A vehicle leaves for its next planned stop as soon as it is free, drives there, waits for the
/// rider if early, dwells for stop time plus boarding or alighting, and stays where it is when idle.
extension Engine {
    func handleVehicleReady(_ v: Int32) {
        emit(.vehicleReady(vehicle: v, at: stopRef(fleet.plans[Int(v)].position)))
        if let d = fleet.specs[Int(v)].depot { emit(.operation(vehicle: v, .shiftStarted(depot: d))) }
        if hasNoRides(v) { afterIdle(v) } else { startIfIdle(v) }
    }

    /// Sets an idle vehicle in motion once it has work and its shift has begun. For an operational stop
    /// whose window opens later (a break), it leaves just in time and waits where it is until then.
    func startIfIdle(_ v: Int32) {
        let plan = fleet.plans[Int(v)]
        guard plan.current == nil, let next = plan.stops.first, now >= fleet.specs[Int(v)].shiftStart else { return }
        if let leg = next.legTime, next.isOperational || waitsBeforeDriving(v, to: next, leg: leg),
            now + leg < next.earliest
        {
            return queue.schedule(.wake(v), at: next.earliest - leg)
        }
        if next.activity == .shiftBreak, setup.operations.breakPlace == .stop { breakWhereItIs(v) }
        // Idle until now (it waited to leave for an operational stop): time the plan from now.
        if plan.idleSince < now { fleet.plans[Int(v)].retime(travel, now: now) }
        leave(v)
    }

    /// `stop` break placement: the break moves to where the vehicle is, if the plan still holds.
    private func breakWhereItIs(_ v: Int32) {
        var plan = fleet.plans[Int(v)]
        guard plan.stops[0].place != plan.position else { return }
        plan.relocateFirstStop(to: plan.position, travel: travel, now: now)
        if plan.isFeasible { fleet.plans[Int(v)] = plan }
    }

    /// Leaves the anchor (the event marks the moment the vehicle drives off), locks the next stop and drives to it.
    private func leave(_ v: Int32) {
        let plan = fleet.plans[Int(v)]
        emit(.vehicleDeparted(vehicle: v, at: stopRef(plan.anchorPlace), occupancy: plan.onboard))
        guard let next = fleet.plans[Int(v)].lockNext(travel: travel, now: now) else { return }
        if let activity = activity(of: next) {
            emit(.operation(vehicle: v, .setOut(activity, to: stopRef(next.place))))
        }
        visits[Int(v)] += 1
        queue.schedule(.arrive(visit(v)), at: next.arrival)
        planChanged(v)
    }

    func handleArrival(_ v: Int32) {
        let plan = fleet.plans[Int(v)]
        guard let stop = plan.current else {
            preconditionFailure("vehicle \(fleet.specs[Int(v)].id) arrived with no locked stop")
        }
        atStop[Int(v)] = true
        logArrival(v, at: stop.place, from: plan.position, drive: stop.legTime!)
        if stop.isOperational { return handleOperationalArrival(v, stop) }
        let r = stop.trip
        guard stop.isPickup else { return queue.schedule(.alight(visit(v)), at: stop.serviceStart) }
        guard trips[Int(r)]?.state.isAwaitingPickup == true else {
            return queue.schedule(.finishStop(visit(v)), at: now)
        }
        if fleet.specs[Int(v)].type.boardingAuthentication, trips[Int(r)]?.state == .accepted {
            _ = transition(r, .vehicleAtPickup)
            emit(.readyForBoardingAuthentication(request: r, vehicle: v, at: stopRef(stop.place)))
            riders?.readyForBoardingAuthentication(r)
        }
        queue.schedule(.board(visit(v)), at: stop.serviceStart)
    }

    /// At the planned boarding time the vehicle finds its rider (authenticated, where the vehicle type asks
    /// for it), or waits: for a rider who is not there, or for one who has not authenticated yet.
    func handleBoarding(_ v: Int32) {
        guard let stop = fleet.plans[Int(v)].current, let state = trips[Int(stop.trip)]?.state, state.isAwaitingPickup
        else { return }
        if state == .readyForBoardingAuthentication { return waitForAuthentication(v, stop) }
        if state == .accepted, riders?.showsUp(stop.trip) == false { return waitForMissingRider(v, stop) }
        pickUp(v, stop)
    }

    /// The rider of the locked pickup boards now; the vehicle leaves when boarding is done.
    private func pickUp(_ v: Int32, _ stop: PlannedStop) {
        awaitingAuthentication[Int(v)] = false
        _ = transition(stop.trip, .pickUp)
        pickedUpAt[Int(stop.trip)] = now
        emit(.pickedUp(request: stop.trip, vehicle: v, at: stopRef(stop.place)))
        fleet.plans[Int(v)].onboard += stop.demand
        fleet.plans[Int(v)].riderBoarded(trip: stop.trip, at: now, travel: travel, now: now)
        queue.schedule(.finishStop(visit(v)), at: fleet.plans[Int(v)].current?.departure ?? now)
        planChanged(v)
    }

    /// Waits for a rider who is not at the stop. The plan drops their boarding and drop-off at once
    /// (so that the time it frees counts), then the vehicle waits the configured time, but never so
    /// long that another rider's window breaks; later insertions see the longer stop.
    private func waitForMissingRider(_ v: Int32, _ stop: PlannedStop) {
        fleet.plans[Int(v)].removeStops(ofTrip: stop.trip, travel: travel, now: now)
        releaseLockedPickup(v, departing: now)
        let wait = waitBudget(v)
        fleet.plans[Int(v)].updateCurrent({ $0.departure = now + wait }, travel: travel, now: now)
        queue.schedule(.giveUpWaiting(visit(v)), at: now + wait)
        planChanged(v)
    }

    /// Waits at the pickup for the rider to authenticate, keeping their stops in the plan: the stop
    /// starts later as the wait goes on, but at most the no-show wait and never so long that another
    /// rider's window breaks (the slack after the stop, with the rider's own drop-off in it). An
    /// authentication in time boards at once (`authenticate`); otherwise the rider is a no-show.
    private func waitForAuthentication(_ v: Int32, _ stop: PlannedStop) {
        awaitingAuthentication[Int(v)] = true
        let wait = waitBudget(v)
        // The plan leaves as late as the wait may last, so that insertions meanwhile leave it its slack.
        fleet.plans[Int(v)].updateCurrent({ $0.departure = $0.departure + wait }, travel: travel, now: now)
        queue.schedule(.giveUpWaiting(visit(v)), at: now + wait)
        planChanged(v)
    }

    /// The rider of trip `r` authenticates; a vehicle already waiting for them lets them board now.
    public func authenticate(_ r: Int32) -> Bool {
        guard Int(r) < trips.count, trips[Int(r)]?.state == .readyForBoardingAuthentication else { return false }
        _ = transition(r, .authenticate)
        let v = tripVehicle[Int(r)]
        emit(.boardingAuthenticated(request: r, vehicle: v))
        if awaitingAuthentication[Int(v)], let stop = fleet.plans[Int(v)].current, stop.trip == r {
            fleet.plans[Int(v)].updateCurrent(
                { stop in
                    stop.earliest = now
                    stop.departure = now + stop.duration
                }, travel: travel, now: now)
            pickUp(v, fleet.plans[Int(v)].current!)
        }
        return true
    }

    /// How long vehicle `v` may wait at its locked pickup: the no-show wait, but never more than the
    /// slack after the stop, so that no other rider's window breaks.
    private func waitBudget(_ v: Int32) -> SimTime {
        let plan = fleet.plans[Int(v)]
        return min(setup.noShowWait, max(.zero, plan.stops.first?.maxDelay ?? plan.endMaxDelay))
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
        guard let stop = fleet.plans[Int(v)].current, trips[Int(stop.trip)]?.state.isAwaitingPickup == true else {
            return
        }
        if awaitingAuthentication[Int(v)] {
            // The rider never authenticated: let go of their stops now.
            awaitingAuthentication[Int(v)] = false
            fleet.plans[Int(v)].removeStops(ofTrip: stop.trip, travel: travel, now: now)
            releaseLockedPickup(v, departing: now)
            planChanged(v)
        }
        // (A rider who was not there: the plan let go of them when the wait began.) The vehicle leaves now.
        _ = transition(stop.trip, .noShow)
        emit(.noShow(request: stop.trip, vehicle: v, at: stopRef(stop.place)))
        queue.schedule(.finishStop(visit(v)), at: now)
    }

    func handleStopFinished(_ v: Int32) {
        guard let stop = fleet.plans[Int(v)].current else { return }
        atStop[Int(v)] = false
        if stop.isOperational { finishOperational(v, stop) }
        if fleet.plans[Int(v)].energyBox != nil { fleet.plans[Int(v)].energy?.socWh = ops.soc[Int(v)] }
        fleet.plans[Int(v)].finishCurrent(at: now, travel: travel)
        if hasNoRides(v) {
            planChanged(v)
            afterIdle(v)
        } else {
            startIfIdle(v)  // (leaving tells the matcher)
            if fleet.plans[Int(v)].current == nil { planChanged(v) }
        }
    }

    /// Turns a driving vehicle off its leg at `point` (see `VehiclePlan+Diversion`): the log shows an
    /// arrival there (no stop), and the vehicle leaves from there once the new trip is inserted.
    func divert(_ v: Int32, at point: GeoPoint) {
        let plan = fleet.plans[Int(v)]
        guard plan.isDriving(at: now), let legStart = plan.legStart else {
            preconditionFailure("vehicle \(fleet.specs[Int(v)].id) diverted at \(now) while not driving")
        }
        let place = travel.addPlace(point)
        logArrival(v, at: place, from: plan.position, drive: now - legStart)
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
