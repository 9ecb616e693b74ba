/// Fleet operations: shifts that start and end at a depot, drivers' breaks, charging, and the moves of
/// idle vehicles (back to the depot, or towards expected demand).
///
/// Every operational activity is a planned stop (`StopActivity`), so dispatch sees it exactly as it sees
/// riders' stops: an insertion that would push a break out of its window, bring the vehicle home after
/// its shift or take its battery below the reserve is infeasible (see `VehiclePlan`, `PlanEnergy`).
/// With no operations configured nothing here acts, and a run is what it was before.
extension Engine {
    /// Sets vehicle `v`'s plan up for its shift: its depot, its battery, its break.
    func prepareShift(_ v: Int32) {
        let spec = fleet.specs[Int(v)]
        guard spec.depot != nil || spec.type.battery != nil || spec.shiftBreak != nil else { return }
        var plan = fleet.plans[Int(v)]
        plan.home = spec.depot.map { setup.operations.depotPlaces[Int($0)] }
        if let battery = spec.type.battery {
            plan.energy = PlanEnergy(battery: battery, chargers: ops.reach, socWh: ops.soc[Int(v)], home: plan.home)
        }
        if let b = spec.shiftBreak {
            let place = plan.home ?? plan.position
            plan.insert(
                .operational(
                    .shiftBreak, at: place, earliest: b.earliestStart, latest: b.latestStart, duration: b.duration),
                at: plan.stops.count, travel: travel, now: spec.shiftStart)
        } else {
            plan.retime(travel, now: spec.shiftStart)
        }
        fleet.plans[Int(v)] = plan
    }

    /// Whether vehicle `v` has no rider's stop ahead (at most operational ones, such as a later break).
    func hasNoRides(_ v: Int32) -> Bool {
        (fleet.plans[Int(v)].current?.isOperational ?? true) && fleet.plans[Int(v)].stops.allSatisfy(\.isOperational)
    }

    /// What an idle vehicle does next: go home when its shift is about to end, charge when low, return
    /// to its depot (`depot` rebalancing); otherwise it waits where it is (and wakes in time to go home).
    func afterIdle(_ v: Int32) {
        guard fleet.plans[Int(v)].current == nil, !ops.offDuty[Int(v)], !outOfService[Int(v)],
            now >= fleet.specs[Int(v)].shiftStart
        else { return }
        let (home, position) = (fleet.plans[Int(v)].home, fleet.plans[Int(v)].position)
        if let home, fleet.plans[Int(v)].stops.isEmpty {
            let leg = travel.travelTime(from: position, to: home, at: now), shiftEnd = fleet.specs[Int(v)].shiftEnd
            if now + leg >= shiftEnd { return goHome(v) }
            queue.schedule(.wake(v), at: shiftEnd - leg)
        }
        if isLow(v), goCharge(v) { return }
        if setup.operations.rebalancing.strategy == .depot, let home, position != home {
            addOperationalStop(v, .operational(.returning, at: home))
        }
        startIfIdle(v)
    }

    func handleWake(_ v: Int32) {
        guard fleet.plans[Int(v)].current == nil else { return }
        if hasNoRides(v) { afterIdle(v) } else { startIfIdle(v) }
    }

    /// Puts operational stop `stop` first in idle vehicle `v`'s plan if every promise, the break, the
    /// shift's end and the battery still hold; `false` (and the plan unchanged) otherwise.
    @discardableResult
    func addOperationalStop(_ v: Int32, _ stop: PlannedStop) -> Bool {
        var plan = fleet.plans[Int(v)]
        plan.insert(stop, at: 0, travel: travel, now: now)
        guard plan.isFeasible else { return false }
        fleet.plans[Int(v)] = plan
        planChanged(v)
        startIfIdle(v)
        return true
    }

    /// Sends vehicle `v` home for the end of its shift: it takes no more riders.
    private func goHome(_ v: Int32) {
        guard let home = fleet.plans[Int(v)].home else { return }
        ops.offDuty[Int(v)] = true
        var plan = fleet.plans[Int(v)]
        // A plan that ended already takes no insertion.
        plan.shiftEnd = min(plan.shiftEnd, now)
        plan.insert(.operational(.shiftEnd, at: home), at: 0, travel: travel, now: now)
        fleet.plans[Int(v)] = plan
        planChanged(v)
        startIfIdle(v)
    }

    /// The log's name for the drive to operational stop `stop`.
    func activity(of stop: PlannedStop) -> FleetActivity? {
        switch stop.activity {
        case .ride: nil
        case .shiftBreak: .toBreak
        case .charging: .toCharger
        case .rebalancing: .rebalancing
        case .returning: .returning
        case .shiftEnd: .toDepot
        }
    }

    /// Vehicle `v` arrived at operational stop `stop`.
    func handleOperationalArrival(_ v: Int32, _ stop: PlannedStop) {
        switch stop.activity {
        case .ride: preconditionFailure("a rider's stop handled as operational")
        case .shiftBreak: queue.schedule(.beginActivity(visit(v)), at: stop.serviceStart)
        case .charging: arriveAtCharger(v)
        case .rebalancing, .returning: queue.schedule(.finishStop(visit(v)), at: now)
        case .shiftEnd:
            let spec = fleet.specs[Int(v)]
            emit(
                .operation(vehicle: v, .shiftEnded(depot: spec.depot ?? -1, overtime: max(.zero, now - spec.shiftEnd))))
            queue.schedule(.finishStop(visit(v)), at: now)
        }
    }

    /// The break begins (the vehicle waited at the break place for its window to open).
    func beginActivity(_ v: Int32) {
        guard let stop = fleet.plans[Int(v)].current, stop.activity == .shiftBreak else { return }
        emit(.operation(vehicle: v, .breakStarted(at: stopRef(stop.place))))
        chargeDuringBreak(v, until: stop.departure)
        queue.schedule(.finishStop(visit(v)), at: stop.departure)
    }

    /// Vehicle `v` finishes operational stop `stop` (before its plan lets go of it).
    func finishOperational(_ v: Int32, _ stop: PlannedStop) {
        switch stop.activity {
        case .shiftBreak:
            unplug(v)
            emit(.operation(vehicle: v, .breakEnded))
        case .charging: unplug(v)
        case .ride, .rebalancing, .returning, .shiftEnd: break
        }
    }

    /// Emits `vehicleArrived` for a leg from `from` to `place` of `drive`, and spends its energy.
    func logArrival(_ v: Int32, at place: PlaceID, from: PlaceID, drive: SimTime) {
        let metres = travel.distance(from: from, to: place)
        if let battery = ops.batteries[Int(v)] {
            ops.soc[Int(v)] -= battery.energy(metres: metres, time: drive)
        }
        emit(
            .vehicleArrived(
                vehicle: v, at: stopRef(place), occupancy: fleet.plans[Int(v)].onboard, drivenMetres: metres,
                driveTime: drive))
    }
}
