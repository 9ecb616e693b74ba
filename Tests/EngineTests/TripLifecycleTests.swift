import Simulation
import TestSupport
import Testing

/// One rider, then two pooled riders, followed from request to drop-off.
@Suite("Trip lifecycle")
struct TripLifecycleTests {
    /// Checks that each leg takes at least the straight-line drive and that arrivals and departures alternate sanely.
    static func checkLegs(_ log: RunLog, vehicle v: Int32) {
        for (d, a) in log.legs(v) {
            let from = RunLog.place(d.kind)!, to = RunLog.place(a.kind)!
            #expect(a.time - d.time >= log.minimumDrive(from, to) - SimTime(ms: 1), "leg \(from.stop) → \(to.stop)")
            if case .vehicleArrived(_, _, _, _, let driveTime) = a.kind { #expect(a.time - d.time >= driveTime) }
        }
    }

    @Test("a single rider is offered, ordered, accepted, picked up within the window and dropped off in time")
    func singleRider() throws {
        var world = TestWorld()
        world.addVehicle(at: -2000, -1000)
        world.addRequest(from: -2000, 0, to: 2000, 0)
        let log = world.run()

        #expect(log.names(0) == ["requested", "offered", "ordered", "accepted", "pickedUp", "droppedOff"])
        let t0 = TestWorld.t0
        #expect(log.first(0, "requested")?.time == t0)
        #expect(log.first(0, "offered")?.time == t0)
        #expect(log.first(0, "ordered")?.time == t0 + .seconds(10))
        #expect(log.first(0, "accepted")?.time == t0 + .seconds(10))
        let offer = try #require(log.orderedOffer(0))
        #expect(offer.pickup.stop == Int32(TestWorld.stop(-2, 0)) && offer.dropoff.stop == Int32(TestWorld.stop(2, 0)))
        #expect(offer.walkToPickup == .zero && offer.pickupEarliest == t0)
        #expect(offer.pickupLatest == t0 + .minutes(15))
        #expect(offer.expiresAt == t0 + .seconds(60))
        #expect(abs(offer.directTime.seconds - 400) < 0.5)
        // maxRide = 2 × direct + 5 min.
        #expect(offer.maxRide == offer.directTime * 2 + .minutes(5))

        let pickup = try #require(log.first(0, "pickedUp")), dropoff = try #require(log.first(0, "droppedOff"))
        #expect(pickup.time >= offer.pickupEarliest && pickup.time <= offer.pickupLatest)
        #expect(dropoff.time <= offer.dropoffLatest)
        #expect(dropoff.time - pickup.time <= offer.maxRide)
        // The vehicle leaves at the order, drives 1 km (100 s) to the stop, boards (30 + 10 s), drives 4 km.
        #expect(abs((pickup.time - (t0 + .seconds(110))).seconds) < 0.5)
        #expect(abs((dropoff.time - pickup.time - .seconds(40 + 400)).seconds) < 0.5)
        // The offer was estimated at request time; the idle vehicle set off 10 s later, at the order.
        #expect(pickup.time - offer.estimatedPickup == .seconds(10))
        #expect(dropoff.time - offer.estimatedDropoff == .seconds(10))

        #expect(log.vehicleOf(0) == 0)
        let vehicleNames = log.vehicle(0).map { RunLog.name($0.kind) }
        #expect(
            vehicleNames == [
                "vehicleReady", "accepted", "departed", "arrived", "pickedUp", "departed", "arrived", "droppedOff"
            ])
        Self.checkLegs(log, vehicle: 0)
        #expect(log.unfinished == 0)
        if case .runEnded(let n)? = log.events.last?.kind { #expect(n == 0) } else { Issue.record("no runEnded last") }
    }

    @Test("two riders with overlapping trips share one vehicle, two on board on the shared leg")
    func pooled() throws {
        var world = TestWorld()
        world.addVehicle(at: -2000, 0)
        world.addVehicle(at: 2000, 2000)
        world.addRequest(from: -2000, 0, to: 2000, 0)
        world.addRequest(from: -1000, 0, to: 1000, 0)
        let log = world.run()

        for r in Int32(0)...1 {
            #expect(
                log.names(r) == ["requested", "offered", "ordered", "accepted", "pickedUp", "droppedOff"], "trip \(r)")
        }
        #expect(log.vehicleOf(0) == 0 && log.vehicleOf(1) == 0)
        #expect(log.vehicle(1).allSatisfy { RunLog.name($0.kind) == "vehicleReady" })
        // Visits: A's pickup, B's pickup, B's drop-off, A's drop-off.
        let stops = log.vehicle(0).compactMap { e -> Int32? in
            if case .vehicleArrived(_, let at, _, _, _) = e.kind { return at.stop } else { return nil }
        }
        #expect(
            stops
                == [TestWorld.stop(-2, 0), TestWorld.stop(-1, 0), TestWorld.stop(1, 0), TestWorld.stop(2, 0)].map(
                    Int32.init))
        let onBoard = log.vehicle(0).compactMap { e -> Int? in
            if case .vehicleDeparted(_, _, let o) = e.kind { return o.riders } else { return nil }
        }
        #expect(onBoard == [0, 1, 2, 1])
        for r in Int32(0)...1 {
            let offer = try #require(log.orderedOffer(r))
            let p = try #require(log.first(r, "pickedUp")), d = try #require(log.first(r, "droppedOff"))
            #expect(p.time >= offer.pickupEarliest && p.time <= offer.pickupLatest)
            #expect(d.time - p.time <= offer.maxRide && d.time <= offer.dropoffLatest)
        }
        Self.checkLegs(log, vehicle: 0)
    }
}
