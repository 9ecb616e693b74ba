/// Breakdowns: a vehicle stops where it is and leaves service for its repair time. Riders on board are
/// `Terminated` there (their ride is cut); accepted riders not yet picked up move to other vehicles that
/// keep their promise, or are `Terminated` when none can. After the repair the vehicle serves again
/// from where it broke down (until its shift ends).
extension Engine {
    func handleBreakdown(_ incident: Incident) {
        let v = incident.vehicle
        let spec = fleet.specs[Int(v)]
        guard !outOfService[Int(v)], now >= spec.shiftStart, now < spec.shiftEnd else { return }
        let old = fleet.plans[Int(v)]
        let place = stopWhereItIs(v)
        let at = stopRef(place)
        // Every trip on the vehicle, on board or still to be picked up, in plan order.
        let trips = ([old.current].compactMap { $0 } + old.stops).filter { !$0.isOperational }.map(\.trip).uniqued()
        outOfService[Int(v)] = true
        awaitingAuthentication[Int(v)] = false
        atStop[Int(v)] = false
        visits[Int(v)] += 1  // steps scheduled for the stop it was at or driving to are stale now
        unplug(v)
        // Out of service: a plan that ends now takes no insertion (its depot and battery stay; a break
        // not yet taken is dropped).
        var broken = VehiclePlan(position: place, idleSince: now, shiftEnd: now)
        broken.home = old.home
        broken.energy = old.energy
        broken.energy?.socWh = ops.soc[Int(v)]
        broken.energy?.chargingToWh = nil
        fleet.plans[Int(v)] = broken
        planChanged(v)
        emit(.vehicleBrokeDown(vehicle: v, at: at))
        for r in trips {
            if self.trips[Int(r)]?.state == .pickedUp {
                terminate(r, vehicle: v, at: at)
            } else if self.trips[Int(r)]?.state.isAwaitingPickup == true {
                redispatch(r, from: v)
            }
        }
        queue.schedule(.repair(v), at: now + incident.repair)
    }

    func handleRepair(_ v: Int32) {
        outOfService[Int(v)] = false
        fleet.plans[Int(v)].shiftEnd = fleet.specs[Int(v)].shiftEnd
        fleet.plans[Int(v)].retime(travel, now: now)
        emit(.vehicleRepaired(vehicle: v))
        planChanged(v)
        afterIdle(v)
    }

    /// Where vehicle `v` comes to a halt now: at its stop, where it idles, or part way along the leg it was
    /// driving, recorded as an arrival there (as a diversion is). A road network has no places between its
    /// nodes: there the vehicle is recorded at the node it last left (its leg's start, 0 m driven).
    private func stopWhereItIs(_ v: Int32) -> PlaceID {
        let plan = fleet.plans[Int(v)]
        guard let stop = plan.current, !atStop[Int(v)] else { return plan.anchorPlace }
        let place: PlaceID
        if now >= stop.arrival {
            place = stop.place
        } else if let along = travel.placeAlong(
            from: plan.position, to: stop.place, fraction: plan.legFraction(at: now))
        {
            place = travel.addPlace(along.point)
        } else {
            place = plan.position
        }
        logArrival(v, at: place, from: plan.position, drive: now - (plan.legStart ?? now))
        return place
    }

    /// Moves accepted trip `r` from broken-down vehicle `v` to the best vehicle that keeps its promise.
    private func redispatch(_ r: Int32, from v: Int32) {
        guard let quote = orders[Int(r)], let insertion = matcher.bestInsertion(of: quote.spec, fleet: fleet, now: now)
        else {
            let pickup = orders[Int(r)].map { riderRef($0.spec.pickupPlace) } ?? stopRef(fleet.plans[Int(v)].position)
            return terminate(r, vehicle: v, at: pickup)
        }
        _ = transition(r, .reassign)
        place(r, quote.spec, insertion) { emit(.reassigned(request: r, from: v, to: insertion.vehicle)) }
    }

    private func terminate(_ r: Int32, vehicle v: Int32, at: StopRef) {
        _ = transition(r, .terminate)
        emit(.terminated(request: r, vehicle: v, at: at, cause: .vehicleBreakdown))
    }
}

extension Array where Element: Hashable {
    /// The elements in order, each once.
    fileprivate func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}
