import Simulation
import TestSupport
import Testing

private let t0 = TestWorld.t0

/// Shifts at depots, breaks, charging and the moves of idle vehicles, on the hand-built grid (10 m/s:
/// 1 km takes 100 s).
@Suite("Fleet operations")
struct FleetOperationsTests {

    @Test("a shift that ends at its depot: the vehicle serves, goes home in time and ends its shift there")
    func shiftEndsAtDepot() throws {
        var w = TestWorld()
        w.addDepot(at: -2000, -2000)
        w.addVehicle(depot: 0, shift: (.hours(7), t0 + .minutes(30)))
        w.addRequest(from: -2000, 0, to: 0, 0)
        let log = w.run()
        #expect(log.names(0).last == "droppedOff")
        let ops = log.operations(0)
        guard case .shiftStarted(0) = ops.first?.op else { Issue.record("no shift start: \(ops)"); return }
        let end = try #require(ops.last)
        guard case .shiftEnded(0, let overtime) = end.op else { Issue.record("no shift end: \(ops)"); return }
        #expect(overtime == .zero)
        #expect(end.time <= t0 + .minutes(30))
        // It left for home only when it had to: the drive home (2 km from the drop-off) ends at the shift's end.
        #expect(end.time == t0 + .minutes(30))
    }

    @Test("no ride is taken that would bring the vehicle home after its shift")
    func rideTooLateForHome() {
        var w = TestWorld()
        w.addDepot(at: -2000, -2000)
        // From the depot to the pickup 200 s, the ride 400 s, home from (2000, 0) about 447 s: 1,047 s.
        w.addVehicle(depot: 0, shift: (.hours(7), t0 + .seconds(1000)))
        w.addRequest(from: -2000, 0, to: 2000, 0)
        let log = w.run()
        #expect(log.names(0) == ["requested", "noOffer(NO_VEHICLE_AVAILABLE)"] || log.offers(0).isEmpty)
        var ok = w
        ok.vehicles[0].shiftEnd = t0 + .seconds(1200)
        #expect(ok.run().names(0).last == "droppedOff")
    }

    @Test("a break is taken inside its window, for its whole duration; rides go before or after it")
    func breakInWindow() throws {
        var w = TestWorld()
        w.addDepot(at: 0, 0)
        let pause = ShiftBreak(earliestStart: t0, latestEnd: t0 + .minutes(40), duration: .minutes(20))
        w.addVehicle(depot: 0, shift: (.hours(7), .hours(12)), shiftBreak: pause)
        w.addRequest(from: 0, 0, to: 2000, 0, at: t0 - .minutes(2))
        w.addRequest(from: 2000, 0, to: -2000, 0, at: t0 + .minutes(5))  // the driver is on the way to the break
        w.addRequest(from: 2000, 0, to: -2000, 0, at: t0 + .minutes(20))
        let log = w.run()
        let ops = log.operations(0)
        let start = try #require(ops.first { if case .breakStarted = $0.op { true } else { false } })
        let end = try #require(ops.first { if case .breakEnded = $0.op { true } else { false } })
        #expect(start.time >= pause.earliestStart)
        #expect(end.time <= pause.latestEnd)
        #expect(end.time - start.time == pause.duration)
        #expect(log.names(0).last == "droppedOff")
        #expect(log.names(1).last == "noOffer(FLEET_SATURATED)")
        #expect(log.names(2).last == "droppedOff")
        let pickup = try #require(log.first(2, "pickedUp"))
        #expect(pickup.time >= end.time)
    }

    @Test("an idle vehicle leaves for its break just in time and waits where it is until then")
    func leavesForBreakJustInTime() throws {
        var w = TestWorld()
        w.addDepot(at: 0, 0)
        let pause = ShiftBreak(earliestStart: t0, latestEnd: t0 + .minutes(40), duration: .minutes(20))
        w.addVehicle(depot: 0, shift: (.hours(7), .hours(12)), shiftBreak: pause)
        w.addRequest(from: 0, 0, to: 2000, 0, at: .hours(7))  // ends 2 km from the depot, long before 08:00
        let log = w.run()
        let leg = try #require(log.legs(0).last { $0.departed.time < t0 })
        // 2 km at 10 m/s: it sets out at 07:56:40 and arrives as the window opens.
        #expect(leg.departed.time == t0 - .seconds(200))
        #expect(leg.arrived.time == t0)
        let start = try #require(log.operations(0).first { if case .breakStarted = $0.op { true } else { false } })
        #expect(start.time == t0)
        #expect(log.legs(0).allSatisfy { $0.arrived.time >= $0.departed.time })
    }

    @Test("a ride that would push the break past its window is not taken")
    func breakBoundsDispatch() {
        var w = TestWorld()
        w.addDepot(at: 0, 0)
        // The break must begin by 08:05 at the depot; the 2.8 km ride from 07:59 and the 2.8 km back end later.
        let pause = ShiftBreak(earliestStart: t0, latestEnd: t0 + .minutes(25), duration: .minutes(20))
        w.addVehicle(depot: 0, shift: (.hours(7), .hours(12)), shiftBreak: pause)
        w.addRequest(from: 0, 0, to: 2000, 2000, at: t0 - .minutes(1))
        #expect(w.run().offers(0).isEmpty)
        var later = w
        later.vehicles[0].shiftBreak = ShiftBreak(
            earliestStart: t0, latestEnd: t0 + .minutes(40), duration: .minutes(20))
        #expect(later.run().names(0).last == "droppedOff")
    }

    @Test("an electric vehicle below its threshold charges to the target; a second one queues for the plug")
    func chargingWithQueue() throws {
        var w = TestWorld()
        w.addDepot(at: 0, 0, plugs: 1, kW: 11)
        let ev = VehicleType(
            name: "ev", seats: 4,
            battery: Battery(capacityWh: 20_000, whPerKm: 200, initialSoc: 0.2, reserveSoc: 0.1))
        w.addVehicle(depot: 0, type: ev, shift: (t0, .hours(20)))
        w.addVehicle(depot: 0, type: ev, shift: (t0, .hours(20)))
        let log = w.run()
        let first = log.operations(0), second = log.operations(1)
        let started0 = try #require(first.first { if case .chargingStarted = $0.op { true } else { false } })
        let ended0 = try #require(first.first { if case .chargingEnded = $0.op { true } else { false } })
        #expect(second.contains { if case .chargingQueued = $0.op { true } else { false } })
        let started1 = try #require(second.first { if case .chargingStarted = $0.op { true } else { false } })
        let ended1 = try #require(second.first { if case .chargingEnded = $0.op { true } else { false } })
        #expect(started1.time == ended0.time)
        #expect(ended1.time - started1.time == ended0.time - started0.time)
        #expect(second.filter { if case .chargingStarted = $0.op { true } else { false } }.count == 1)
        // 4,000 Wh to 16,000 Wh: 12 kWh at 11 kW up to 80 % (the knee): 3,927.3 s.
        #expect(ended0.time - started0.time == SimTime(ms: 3_927_273))
        guard case .chargingEnded(_, _, let soc) = ended0.op else { return }
        #expect(abs(soc - 16_000) < 1)
    }

    @Test("an electric vehicle is not given a ride that would take it below its reserve with the drive to a charger")
    func energyBoundsDispatch() {
        var w = TestWorld()
        w.addDepot(at: -2000, -2000, plugs: 1)
        // 10 kWh battery, 1 kWh/km, 5.5 kWh: 4.5 kWh above the 1 kWh reserve, below the 30 % threshold? no: 55 %.
        let ev = VehicleType(
            name: "ev", seats: 4,
            battery: Battery(capacityWh: 10_000, whPerKm: 1000, initialSoc: 0.55, reserveSoc: 0.1))
        w.addVehicle(depot: 0, type: ev, shift: (.hours(7), .hours(20)))
        // To the pickup 2 km, the ride 4 km, then 2 km... 6 km + the drive from (2000, 0) to the charger > 4.5 km.
        w.addRequest(from: -2000, 0, to: 2000, 0)
        #expect(w.run().offers(0).isEmpty)
        // A short ride fits: 2 km to the pickup, 1 km ride, about 2.2 km back to the charger: 5.2 km > 4.5 km? no:
        var near = w
        near.requests = []
        near.addRequest(from: -2000, -1000, to: -1000, -1000)
        #expect(near.run().names(0).last == "droppedOff")
    }

    @Test("depot rebalancing: an idle vehicle drives home after its last rider")
    func returnsHome() throws {
        var w = TestWorld()
        w.addDepot(at: -2000, -2000)
        w.operations.rebalancing.strategy = .depot
        w.addVehicle(depot: 0, shift: (.hours(7), .hours(12)))
        w.addRequest(from: -2000, 0, to: 2000, 0)
        let log = w.run()
        let ops = log.operations(0)
        let back = try #require(ops.first { if case .setOut(.returning, _) = $0.op { true } else { false } })
        let dropoff = try #require(log.first(0, "droppedOff"))
        #expect(back.time >= dropoff.time)
        let leg = try #require(log.legs(0).first { $0.departed.time == back.time })
        guard case .vehicleArrived(_, let at, _, _, _) = leg.arrived.kind else { return }
        #expect(at.point.distance(to: TestWorld.at(-2000, -2000)) < 1)
    }

    @Test("the fleet operator's moves go to idle vehicles only, and a rebalanced vehicle serves where it went")
    func operatorMoves() throws {
        var w = TestWorld()
        w.addDepot(at: -2000, -2000)
        w.operations.rebalancing = RebalancingRules(strategy: .minCostFlow, interval: .minutes(15), minIdle: .zero)
        w.addVehicle(depot: 0, shift: (.hours(7), .hours(12)))
        w.addVehicle(depot: 0, shift: (.hours(7), .hours(12)))
        w.fleetOperator = SendEveryIdleVehicle(to: PlaceID(TestWorld.stop(2, 2)))
        let asked = SimTime.hours(7) + .minutes(26)
        w.addRequest(from: 2000, 2000, to: 0, 0, at: asked)
        let log = w.run()
        let moves = log.events.filter {
            if case .operation(_, .setOut(.rebalancing, _)) = $0.kind { true } else { false }
        }
        #expect(moves.filter { $0.time == .hours(7) + .minutes(15) }.count == 2)
        let pickup = try #require(log.first(0, "pickedUp"))
        // Both vans wait at the far corner: the rider boards as soon as the order is accepted.
        #expect(pickup.time - asked < .seconds(30))
    }
}

/// A fleet operator that sends every idle vehicle to one place, and records nothing else.
struct SendEveryIdleVehicle: FleetOperator {
    let place: PlaceID
    init(to place: PlaceID) { self.place = place }
    mutating func repositioning(_ snapshot: FleetSnapshot) -> [Reposition] {
        snapshot.idle.filter { $0.place != place }.map { Reposition(vehicle: $0.vehicle, place: place) }
    }
}
