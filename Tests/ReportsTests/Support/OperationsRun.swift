import Simulation

@testable import Reports

/// A run with fleet operations, for the accumulator, report and verifier tests.
///
/// Two electric vehicles (10 kWh, 0.2 Wh/m + 3.6 kW auxiliary: 1 Wh per driven second; half full at
/// the start) at depot D0 (the builder's depot point) with `plugs` plugs. Shift 07:00–08:00; v0 has a
/// break in [26000 s, 27800 s] of 600 s. One rider A (S0 → S2) on v0.
///
/// v0: to pickup depot → S0 (1112 m, 120 s), A on board S0 → S2 (2224 m, 240 s), rebalancing S2 → S1
/// (1112 m, 120 s), to charger S1 → D0 (2224 m, 240 s, state of charge 2945.6 Wh: its lowest), plug 0
/// 26040–27000 s (to 8000 Wh), to break D0 → S0 (1112 m), break 27120–27720 s, to depot S0 → D0
/// (1112 m), `shift_end` at 27850 s.
/// v1: rebalancing D0 → S0 (1112 m), returning S0 → D0 (1112 m, 4315.2 Wh), queued at 26050 s,
/// plug `v1Plug` from `v1PlugsInAt` to 27600 s (to 6000 Wh), rebalancing D0 → S2 (3336 m, 340 s), to
/// depot S2 → D0 (3336 m, 340 s), `shift_end` at 29040 s with 240 s overtime. The run ends at 29100 s.
enum OperationsRun {
    static let ev = VehicleType(
        name: "ev", seats: 4,
        battery: Battery(capacityWh: 10_000, whPerKm: 200, auxiliaryKW: 3.6, initialSoc: 0.5))
    static let depotPoint = RunBuilder.depot

    static func build(
        plugs: Int = 1,
        breakWindow: ShiftBreak = ShiftBreak(
            earliestStart: .seconds(26000), latestEnd: .seconds(27800), duration: .seconds(600)),
        v1PlugsInAt: Double = 27000, v1Plug: Int32 = 0, v0ShiftEnd: Double = 28800
    ) -> RunBuilder {
        let b = RunBuilder(type: ev, vehicles: 2, requestCount: 1) { h in
            h.depots = [
                Depot(id: "D0", point: depotPoint.point, parking: 4, chargers: ChargerGroup(plugs: plugs, powerKW: 11))
            ]
            for v in h.vehicles.indices { h.vehicles[v].depot = 0 }
            h.vehicles[0].shiftBreak = breakWindow
            h.vehicles[0].shiftEnd = .seconds(v0ShiftEnd)
        }
        let s0 = RunBuilder.stop(0), s1 = RunBuilder.stop(1), s2 = RunBuilder.stop(2), d = depotPoint
        func op(_ t: Double, _ v: Int32, _ o: FleetOperation) { b.add(t, .operation(vehicle: v, o)) }
        func leg(
            _ v: Int32, _ from: StopRef, _ t0: Double, _ to: StopRef, _ t1: Double, _ m: Double, _ a: FleetActivity?
        ) {
            b.add(t0, .vehicleDeparted(vehicle: v, at: from, occupancy: Occupancy()))
            if let a { op(t0, v, .setOut(a, to: to)) }
            b.add(
                t1,
                .vehicleArrived(
                    vehicle: v, at: to, occupancy: Occupancy(), drivenMetres: m, driveTime: .seconds(t1 - t0)))
        }
        op(25200, 0, .shiftStarted(depot: 0)); op(25200, 1, .shiftStarted(depot: 0))
        b.book(
            0, RunBuilder.request("A", at: 25200),
            RunBuilder.offer(from: 0, to: 2, earliest: 25260, latest: 25500, dropoffLatest: 26100), at: 25200)
        b.add(25200, .vehicleDeparted(vehicle: 0, at: d, occupancy: Occupancy()))
        b.add(25300, .vehicleDeparted(vehicle: 1, at: d, occupancy: Occupancy()))
        op(25300, 1, .setOut(.rebalancing, to: s0))
        b.add(
            25320,
            .vehicleArrived(vehicle: 0, at: s0, occupancy: Occupancy(), drivenMetres: 1112, driveTime: .seconds(120)))
        b.add(25330, .pickedUp(request: 0, vehicle: 0, at: s0))
        b.add(25350, .vehicleDeparted(vehicle: 0, at: s0, occupancy: Occupancy(seats: 1)))
        b.add(
            25420,
            .vehicleArrived(vehicle: 1, at: s0, occupancy: Occupancy(), drivenMetres: 1112, driveTime: .seconds(120)))
        b.add(
            25590,
            .vehicleArrived(
                vehicle: 0, at: s2, occupancy: Occupancy(seats: 1), drivenMetres: 2224, driveTime: .seconds(240)))
        b.add(25600, .droppedOff(request: 0, vehicle: 0, at: s2))
        leg(0, s2, 25610, s1, 25730, 1112, .rebalancing)
        b.add(25800, .vehicleDeparted(vehicle: 0, at: s1, occupancy: Occupancy()))
        op(25800, 0, .setOut(.toCharger, to: d))
        leg(1, s0, 25900, d, 26020, 1112, .returning)
        b.add(
            26040,
            .vehicleArrived(vehicle: 0, at: d, occupancy: Occupancy(), drivenMetres: 2224, driveTime: .seconds(240)))
        op(26040, 0, .chargingStarted(depot: 0, plug: 0, socWh: 2945.6))
        op(26050, 1, .chargingQueued(depot: 0, socWh: 4315.2))
        if v1PlugsInAt < 27000 { op(v1PlugsInAt, 1, .chargingStarted(depot: 0, plug: v1Plug, socWh: 4315.2)) }
        op(27000, 0, .chargingEnded(depot: 0, plug: 0, socWh: 8000))
        if v1PlugsInAt >= 27000 { op(v1PlugsInAt, 1, .chargingStarted(depot: 0, plug: v1Plug, socWh: 4315.2)) }
        leg(0, d, 27000, s0, 27120, 1112, .toBreak)
        op(27120, 0, .breakStarted(at: s0))
        op(27600, 1, .chargingEnded(depot: 0, plug: v1Plug, socWh: 6000))
        b.add(27610, .vehicleDeparted(vehicle: 1, at: d, occupancy: Occupancy()))
        op(27610, 1, .setOut(.rebalancing, to: s2))
        op(27720, 0, .breakEnded)
        leg(0, s0, 27730, d, 27850, 1112, .toDepot)
        op(27850, 0, .shiftEnded(depot: 0, overtime: .zero))
        b.add(
            27950,
            .vehicleArrived(vehicle: 1, at: s2, occupancy: Occupancy(), drivenMetres: 3336, driveTime: .seconds(340)))
        leg(1, s2, 28700, d, 29040, 3336, .toDepot)
        op(29040, 1, .shiftEnded(depot: 0, overtime: .seconds(240)))
        b.add(29100, .runEnded(unfinished: 0))
        return b
    }
}
