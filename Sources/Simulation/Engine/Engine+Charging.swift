/// Charging: an idle electric vehicle below the strategy's threshold drives to the depot charger where
/// it expects a plug soonest, queues first in first out when every plug is taken (as MATSim's
/// `ChargingWithQueueingLogic`), and charges to the target on the curve (`ChargingCurve`). A session is
/// not interrupted (as MATSim's eDRT): the vehicle takes riders again when it is done. Its end is
/// computed exactly, one event per session, not in time steps.
extension Engine {
    /// Sends idle vehicle `v` to charge; `false` when no charger can be reached within its plan's limits.
    func goCharge(_ v: Int32) -> Bool {
        let plan = fleet.plans[Int(v)]
        guard let energy = plan.energy, let (d, plugged) = chargerDepot(for: v) else { return false }
        let place = setup.operations.depotPlaces[Int(d)]
        let target = setup.operations.charging.chargeToSoc * energy.battery.capacityWh
        let leg = travel.travelTime(from: plan.position, to: place, at: now)
        let atArrival = ops.soc[Int(v)] - energy.leg(from: plan.position, to: place, time: leg, travel: travel)
        // The stop as expected: the wait for a plug, then the session (its shift must allow both).
        let duration = max(.zero, plugged - (now + leg)) + chargingTime(v, depot: d, from: atArrival, to: target)
        fleet.plans[Int(v)].energy?.chargingToWh = target
        guard addOperationalStop(v, .operational(.charging, at: place, duration: duration)) else {
            fleet.plans[Int(v)].energy?.chargingToWh = nil
            return false
        }
        ops.chargingDepot[Int(v)] = d
        return true
    }

    /// The depot with chargers where vehicle `v` expects to be plugged in soonest: the drive there plus
    /// the wait for a plug (the queue ahead, served as plugs free up); ties by depot order.
    private func chargerDepot(for v: Int32) -> (depot: Int32, plugged: SimTime)? {
        let position = fleet.plans[Int(v)].position
        var best: (depot: Int32, at: SimTime)?
        for (d, depot) in setup.operations.depots.enumerated() where depot.chargers != nil {
            let drive = travel.travelTime(from: position, to: setup.operations.depotPlaces[d], at: now)
            let ends = ops.sessionEnds[d].enumerated().map { ops.plugHolders[d][$0.offset] < 0 ? now : $0.element }
                .sorted()
            let ahead = ops.queues[d].count
            let free =
                ahead < ends.count ? ends[ahead] : (ends.last ?? now) + .hours(1) * Double(ahead - ends.count + 1)
            let at = max(now + drive, free)
            if best.map({ at < $0.at }) ?? true { best = (Int32(d), at) }
        }
        return best.map { ($0.depot, $0.at) }
    }

    private func chargingTime(_ v: Int32, depot d: Int32, from: Double, to: Double) -> SimTime {
        guard let battery = fleet.specs[Int(v)].type.battery, let chargers = setup.operations.depots[Int(d)].chargers
        else { return .zero }
        return setup.operations.charging.curve.duration(
            from: from, to: to, battery: battery, powerKW: chargers.powerKW)
    }

    /// At the charger: plug in if a plug is free, else wait in the queue (unavailable meanwhile).
    func arriveAtCharger(_ v: Int32) {
        let d = ops.chargingDepot[Int(v)]
        if let p = ops.plugHolders[Int(d)].firstIndex(of: -1) { return plugIn(v, depot: d, plug: Int32(p)) }
        ops.queues[Int(d)].append(v)
        emit(.operation(vehicle: v, .chargingQueued(depot: d, socWh: ops.soc[Int(v)])))
        // Waiting for a plug: the stop lasts until plugged in and charged (not known yet).
        fleet.plans[Int(v)].updateCurrent({ $0.lasts(.hours(48)) }, travel: travel, now: now)
        planChanged(v)
    }

    private func plugIn(_ v: Int32, depot d: Int32, plug p: Int32) {
        ops.plugHolders[Int(d)][Int(p)] = v
        ops.plug[Int(v)] = p
        ops.pluggedAt[Int(v)] = now
        let target = fleet.plans[Int(v)].energy?.chargingToWh ?? ops.soc[Int(v)]
        let duration = chargingTime(v, depot: d, from: ops.soc[Int(v)], to: target)
        emit(.operation(vehicle: v, .chargingStarted(depot: d, plug: p, socWh: ops.soc[Int(v)])))
        fleet.plans[Int(v)].updateCurrent({ $0.lasts(now - $0.serviceStart + duration) }, travel: travel, now: now)
        let end = fleet.plans[Int(v)].current!.departure
        ops.sessionEnds[Int(d)][Int(p)] = end
        queue.schedule(.finishStop(visit(v)), at: end)
        planChanged(v)
    }

    /// The session ends (or a breakdown cuts it): the battery holds what the curve charged since the
    /// vehicle was plugged in; the plug goes to the first in the queue. A vehicle still queued leaves the queue.
    func unplug(_ v: Int32) {
        let d = ops.chargingDepot[Int(v)], p = ops.plug[Int(v)]
        guard d >= 0 else { return }
        ops.chargingDepot[Int(v)] = -1
        fleet.plans[Int(v)].energy?.chargingToWh = nil
        guard p >= 0 else {
            ops.queues[Int(d)].removeAll { $0 == v }
            return
        }
        if let battery = fleet.specs[Int(v)].type.battery, let chargers = setup.operations.depots[Int(d)].chargers {
            ops.soc[Int(v)] = setup.operations.charging.curve.charged(
                from: ops.soc[Int(v)], for: now - ops.pluggedAt[Int(v)], battery: battery, powerKW: chargers.powerKW)
        }
        emit(.operation(vehicle: v, .chargingEnded(depot: d, plug: p, socWh: ops.soc[Int(v)])))
        ops.plug[Int(v)] = -1
        ops.plugHolders[Int(d)][Int(p)] = -1
        if !ops.queues[Int(d)].isEmpty { plugIn(ops.queues[Int(d)].removeFirst(), depot: d, plug: p) }
    }
}
