/// Rebalancing: every interval the fleet operator (`FleetOperator`, the `minCostFlow` policy) sees the
/// idle vehicles, those about to be idle and the expected pickups, and sends idle vehicles towards
/// demand. A rebalancing drive is a planned stop with no window: the vehicle stays available, and a
/// rider's insertion comes after it (on a plane, where vehicles can turn anywhere, before it).
///
/// Which vehicles may move follows MATSim's `RebalancingParams`: idle now (and for at least `minIdle`),
/// with at least two intervals of shift left (`minServiceTime`), and, as supply only, those that will be
/// idle within half an interval (`maxTimeBeforeIdle`). Vehicles about to charge are not moved.
extension Engine {
    func scheduleRebalancing() {
        guard setup.operations.rebalancing.strategy == .minCostFlow, fleetOperator != nil else { return }
        let first = setup.vehicles.map(\.shiftStart).min() ?? .zero
        queue.schedule(.rebalance, at: first + setup.operations.rebalancing.interval)
    }

    /// Records where request `r`'s rider wants to be picked up, for the `recent` estimate.
    func noteDemand(_ r: Int32) {
        guard setup.operations.rebalancing.strategy == .minCostFlow,
            setup.operations.rebalancing.demandEstimate == .recent
        else { return }
        ops.recentPickups.append(pickupPlace(near: requests[Int(r)].origin))
    }

    func rebalance() {
        let rules = setup.operations.rebalancing
        guard var policy = fleetOperator, now < setup.end else { return }
        queue.schedule(.rebalance, at: now + rules.interval)
        let snapshot = FleetSnapshot(
            now: now, idle: movableVehicles(rules), soonIdle: soonIdleVehicles(rules),
            expectedPickups: expectedPickups(rules))
        let moves = policy.repositioning(snapshot)
        fleetOperator = policy
        let movable = Set(snapshot.idle.map(\.vehicle))
        for move in moves where movable.contains(move.vehicle) && fleet.plans[Int(move.vehicle)].current == nil {
            addOperationalStop(move.vehicle, .operational(.rebalancing, at: move.place))
        }
    }

    private func movableVehicles(_ rules: RebalancingRules) -> [(vehicle: Int32, place: PlaceID)] {
        var out: [(vehicle: Int32, place: PlaceID)] = []
        for v in 0..<Int32(fleet.count) {
            let spec = fleet.specs[Int(v)], plan = fleet.plans[Int(v)]
            guard plan.current == nil, plan.stops.allSatisfy(\.isOperational), !ops.offDuty[Int(v)],
                !outOfService[Int(v)], now >= spec.shiftStart, spec.shiftEnd - now >= rules.interval * 2,
                now - plan.idleSince >= rules.minIdle, !isLow(v)
            else { continue }
            out.append((v, plan.position))
        }
        return out
    }

    private func soonIdleVehicles(_ rules: RebalancingRules) -> [(vehicle: Int32, place: PlaceID)] {
        var out: [(vehicle: Int32, place: PlaceID)] = []
        for v in 0..<Int32(fleet.count) {
            let plan = fleet.plans[Int(v)]
            guard !ops.offDuty[Int(v)], !outOfService[Int(v)], !hasNoRides(v),
                plan.endTime <= now + rules.interval * 0.5,
                let last = ([plan.current].compactMap { $0 } + plan.stops).last(where: { !$0.isOperational })
            else { continue }
            out.append((v, last.place))
        }
        return out
    }

    private func expectedPickups(_ rules: RebalancingRules) -> [PlaceID] {
        switch rules.demandEstimate {
        case .recent:
            defer { ops.recentPickups.removeAll(keepingCapacity: true) }
            return ops.recentPickups
        case .profile:
            var out: [PlaceID] = []
            while ops.profileCursor < setup.requests.count, setup.requests[ops.profileCursor].time < now {
                ops.profileCursor += 1
            }
            var k = ops.profileCursor
            while k < setup.requests.count, setup.requests[k].time < now + rules.interval {
                out.append(pickupPlace(near: setup.requests[k].origin))
                k += 1
            }
            return out
        }
    }

    /// Where a rider at `point` would be picked up: the nearest stop, or (door to door) the point itself.
    private func pickupPlace(near point: GeoPoint) -> PlaceID {
        if let finder = stopFinder, let s = finder.stops(near: point, within: 5_000).first {
            return PlaceID(s.stop)
        }
        return travel.addPlace(point)
    }

    /// Whether electric vehicle `v` is below its charging threshold.
    func isLow(_ v: Int32) -> Bool {
        guard let battery = ops.batteries[Int(v)] else { return false }
        return ops.soc[Int(v)] < setup.operations.charging.chargeBelowSoc * battery.capacityWh
    }
}
