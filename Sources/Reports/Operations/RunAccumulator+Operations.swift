import Simulation

/// The fleet-operations part of `RunAccumulator.record` (runs with operations).
extension RunAccumulator {
    /// An operation event: the vehicle's record, the depots' plugs, rebalancing flows.
    func recordOperation(_ op: FleetOperation, of v: Int32, at t: SimTime) {
        var from: GeoPoint?
        vehicle(v) {
            $0.operations?.apply(op, at: t)
            from = $0.operations?.departedFrom
        }
        switch op {
        case .chargingStarted(let d, _, _): operations?.plug(d, by: 1, at: t)
        case .chargingEnded(let d, _, _): operations?.plug(d, by: -1, at: t)
        case .setOut(.rebalancing, let to): if let from { operations?.rebalancing(from: from, to: to.point) }
        default: break
        }
    }

    /// After any event: the state of the vehicle it concerns; at the end of the run, every open interval.
    func updateOperations(after event: SimEvent) {
        guard let series = operations else { return }
        if case .runEnded = event.kind { series.finish(at: event.time); return }
        guard let v = Self.vehicle(of: event.kind), v >= 0, Int(v) < vehicles.count else { return }
        let record = vehicles[Int(v)]
        series.update(Int(v), at: event.time, state: record.fleetState, soc: record.operations?.socShare)
    }

    /// The vehicle whose state an event may change.
    private static func vehicle(of kind: SimEvent.Kind) -> Int32? {
        switch kind {
        case .vehicleReady(let v, _), .vehicleArrived(let v, _, _, _, _), .vehicleDeparted(let v, _, _),
            .pickedUp(_, let v, _), .droppedOff(_, let v, _), .noShow(_, let v, _), .terminated(_, let v, _, _),
            .vehicleBrokeDown(let v, _), .vehicleRepaired(let v), .operation(let v, _):
            v
        default: nil
        }
    }
}
