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
        let target = chargeTarget(energy.battery)
        let leg = travel.travelTime(from: plan.position, to: place, at: now)
        let atArrival = ops.soc[Int(v)] - energy.leg(from: plan.position, to: place, time: leg, travel: travel)
        // The stop as expected: the wait for a plug, then the session (its shift must allow both).
        let duration = max(.zero, plugged - (now + leg)) + chargingTime(v, depot: d, from: atArrival, to: target)
        // The plan counts the charge only once the vehicle is plugged in (`plugIn`): until then dispatch
        // sees the battery as it is.
        guard addOperationalStop(v, .operational(.charging, at: place, duration: duration)) else { return false }
        ops.chargingDepot[Int(v)] = d
        return true
    }

    /// A break at a depot with a free plug (and nobody queued for one): an electric vehicle below its
    /// charge target plugs in for the break (MATSim's shifts charge during breaks below a threshold too).
    /// The plan does not count on it; the charge is there when the break ends.
    func chargeDuringBreak(_ v: Int32, until end: SimTime) {
        guard let stop = fleet.plans[Int(v)].current, let battery = ops.batteries[Int(v)],
            ops.soc[Int(v)] < chargeTarget(battery),
            let d = setup.operations.depotPlaces.firstIndex(of: stop.place),
            ops.queues[d].isEmpty, let p = ops.plugHolders[d].firstIndex(of: -1)
        else { return }
        ops.chargingDepot[Int(v)] = Int32(d)
        occupy(plug: Int32(p), at: Int32(d), by: v, until: end)
    }

    /// Vehicle `v` takes plug `p` of depot `d` now, for a session that ends at `end`.
    private func occupy(plug p: Int32, at d: Int32, by v: Int32, until end: SimTime) {
        ops.plugHolders[Int(d)][Int(p)] = v
        ops.plug[Int(v)] = p
        ops.pluggedAt[Int(v)] = now
        ops.sessionEnds[Int(d)][Int(p)] = end
        emit(.operation(vehicle: v, .chargingStarted(depot: d, plug: p, socWh: ops.soc[Int(v)])))
    }

    /// The depot with chargers where vehicle `v` expects to be plugged in soonest: the drive there, or the
    /// wait for a plug if longer (the queue ahead, served as plugs free up); ties by depot order.
    private func chargerDepot(for v: Int32) -> (depot: Int32, plugged: SimTime)? {
        let position = fleet.plans[Int(v)].position
        var best: (depot: Int32, at: SimTime)?
        for (d, depot) in setup.operations.depots.enumerated() where depot.chargers != nil {
            let drive = travel.travelTime(from: position, to: setup.operations.depotPlaces[d], at: now)
            let ends = ops.sessionEnds[d].enumerated().map { ops.plugHolders[d][$0.offset] < 0 ? now : $0.element }
                .sorted()
            // The q-th vehicle in the queue gets the (q mod plugs)-th plug to free up, a session (taken
            // as an hour) later for each full round of plugs ahead of it.
            let ahead = ops.queues[d].count
            guard !ends.isEmpty else { continue }
            let free = ends[ahead % ends.count] + .hours(1) * Double(ahead / ends.count)
            let at = max(now + drive, free)
            if best.map({ at < $0.at }) ?? true { best = (Int32(d), at) }
        }
        return best.map { ($0.depot, $0.at) }
    }

    private func chargingTime(_ v: Int32, depot d: Int32, from: Double, to: Double) -> SimTime {
        guard let battery = ops.batteries[Int(v)], let chargers = setup.operations.depots[Int(d)].chargers
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
        // Waiting for a plug: the stop lasts as long as the rest of the plan lets it, and the vehicle leaves
        // the queue then if still unplugged (a later plug-in ends the stop earlier).
        let deadline = latestDeparture(v)
        fleet.plans[Int(v)].updateCurrent({ $0.lasts(deadline - $0.serviceStart) }, travel: travel, now: now)
        queue.schedule(.finishStop(visit(v)), at: deadline)
        planChanged(v)
    }

    /// How late vehicle `v` may leave its locked stop without breaking the plan after it (a rider's
    /// window, the break, the drive home by the shift's end, from the stop's planned departure).
    private func latestDeparture(_ v: Int32) -> SimTime {
        let plan = fleet.plans[Int(v)]
        guard let stop = plan.current else { return now }
        return max(now, stop.departure + max(.zero, plan.stops.first?.maxDelay ?? plan.endMaxDelay))
    }

    private func plugIn(_ v: Int32, depot d: Int32, plug p: Int32) {
        // The session charges to the target, or until the plan after the stop needs the vehicle.
        let target = ops.batteries[Int(v)].map(chargeTarget) ?? ops.soc[Int(v)]
        let full = chargingTime(v, depot: d, from: ops.soc[Int(v)], to: target)
        let end = min(now + full, latestDeparture(v))
        occupy(plug: p, at: d, by: v, until: end)
        let charge = charged(v, depot: d, for: end - now)
        fleet.plans[Int(v)].energy?.chargingToWh = charge
        fleet.plans[Int(v)].updateCurrent({ $0.lasts(end - $0.serviceStart) }, travel: travel, now: now)
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
            return emit(.operation(vehicle: v, .chargingAbandoned(depot: d, socWh: ops.soc[Int(v)])))
        }
        ops.soc[Int(v)] = charged(v, depot: d, for: now - ops.pluggedAt[Int(v)])
        emit(.operation(vehicle: v, .chargingEnded(depot: d, plug: p, socWh: ops.soc[Int(v)])))
        ops.plug[Int(v)] = -1
        ops.plugHolders[Int(d)][Int(p)] = -1
        if !ops.queues[Int(d)].isEmpty { plugIn(ops.queues[Int(d)].removeFirst(), depot: d, plug: p) }
    }

    /// The Wh a session charges `battery` to (the strategy's `chargeToSoc`).
    private func chargeTarget(_ battery: Battery) -> Double {
        setup.operations.charging.chargeToSoc * battery.capacityWh
    }

    /// The battery of vehicle `v` after charging at depot `d` for `time` from what it holds now.
    private func charged(_ v: Int32, depot d: Int32, for time: SimTime) -> Double {
        guard let battery = ops.batteries[Int(v)], let chargers = setup.operations.depots[Int(d)].chargers
        else { return ops.soc[Int(v)] }
        return setup.operations.charging.curve.charged(
            from: ops.soc[Int(v)], for: time, battery: battery, powerKW: chargers.powerKW)
    }
}
