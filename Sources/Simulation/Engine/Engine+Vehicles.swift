/// Vehicles: leaving the anchor, arriving, boarding, alighting, waiting for no-shows, departing.
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

    /// Locks the next stop and drives to it.
    private func leave(_ v: Int32) {
        guard let next = fleet.plans[Int(v)].lockNext(travel: travel, now: now) else { return }
        queue.schedule(.arrive(v), at: next.arrival)
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
        guard stop.isPickup else { return queue.schedule(.alight(v), at: stop.serviceStart) }
        guard trips[Int(r)]?.state == .accepted else { return queue.schedule(.depart(v), at: now) }
        if noShows[Int(r)] {
            // Wait for the missing rider, but never so long that another rider's window breaks.
            let slack = max(.zero, plan.stops.first?.maxDelay ?? plan.endMaxDelay)
            let wait = min(setup.riders.noShowWait, stop.duration + slack)
            queue.schedule(.giveUpWaiting(v), at: stop.serviceStart + wait)
        } else {
            queue.schedule(.board(v), at: stop.serviceStart)
        }
    }

    func handleBoarding(_ v: Int32) {
        guard let stop = fleet.plans[Int(v)].current, trips[Int(stop.trip)]?.state == .accepted else { return }
        _ = transition(stop.trip, .pickUp)
        emit(.pickedUp(request: stop.trip, vehicle: v, at: stopRef(stop.place)))
        fleet.plans[Int(v)].onboard += stop.demand
        fleet.plans[Int(v)].riderBoarded(trip: stop.trip, at: now, travel: travel, now: now)
        queue.schedule(.depart(v), at: stop.departure)
        matcher.planDidChange(vehicle: v, fleet: fleet)
    }

    func handleAlighting(_ v: Int32) {
        guard let stop = fleet.plans[Int(v)].current else { return }
        _ = transition(stop.trip, .dropOff)
        emit(.droppedOff(request: stop.trip, vehicle: v, at: stopRef(stop.place)))
        fleet.plans[Int(v)].onboard -= stop.demand
        queue.schedule(.depart(v), at: stop.departure)
    }

    func handleNoShow(_ v: Int32) {
        guard let stop = fleet.plans[Int(v)].current, trips[Int(stop.trip)]?.state == .accepted else { return }
        _ = transition(stop.trip, .noShow)
        emit(.noShow(request: stop.trip, vehicle: v, at: stopRef(stop.place)))
        releaseLockedPickup(v, departing: now)
        fleet.plans[Int(v)].removeStops(ofTrip: stop.trip, travel: travel, now: now)
        queue.schedule(.depart(v), at: now)
        matcher.planDidChange(vehicle: v, fleet: fleet)
    }

    func handleDeparture(_ v: Int32) {
        guard let stop = fleet.plans[Int(v)].current else { return }
        emit(.vehicleDeparted(vehicle: v, at: stopRef(stop.place), occupancy: fleet.plans[Int(v)].onboard))
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
