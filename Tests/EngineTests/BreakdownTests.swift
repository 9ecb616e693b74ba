import Simulation
import TestSupport
import Testing

/// Breakdowns: riders on board are terminated where the vehicle stops, accepted riders move to another
/// vehicle that keeps their promise (or are terminated), and the vehicle serves again after repair.
@Suite("Breakdowns")
struct BreakdownTests {
    @Test("a rider on board is Terminated where the vehicle broke down; the vehicle is repaired later")
    func onBoardTerminated() throws {
        var w = TestWorld()
        w.addVehicle(at: -2000, -1000)
        w.addRequest(from: -2000, 0, to: 2000, 0)
        // Pickup near 08:01:50; the 4 km ride to the drop-off takes 400 s.
        w.incidents = [Incident(vehicle: 0, time: TestWorld.t0 + .seconds(300), repair: .minutes(30))]
        let log = w.run()
        #expect(log.names(0).suffix(2) == ["pickedUp", "terminated(VEHICLE_BREAKDOWN)"])
        let cut = try #require(log.first(0, "terminated(VEHICLE_BREAKDOWN)"))
        #expect(cut.time == TestWorld.t0 + .seconds(300))
        let broke = try #require(log.events.first { if case .vehicleBrokeDown = $0.kind { true } else { false } })
        let repaired = try #require(log.events.first { if case .vehicleRepaired = $0.kind { true } else { false } })
        #expect(repaired.time - broke.time == .minutes(30))
        #expect(log.unfinished == 0)
    }

    @Test("an accepted rider moves to another vehicle that keeps the offer's promise, and rides")
    func redispatched() throws {
        var w = TestWorld()
        w.addVehicle(at: -2000, -1000)
        w.addVehicle(at: -2000, 2000)  // 2 km from the pickup: second choice
        w.addRequest(from: -2000, 0, to: 2000, 0)
        w.incidents = [Incident(vehicle: 0, time: TestWorld.t0 + .seconds(40), repair: .hours(1))]
        let log = w.run()
        #expect(log.vehicleOf(0) == 0)
        #expect(log.lastVehicleOf(0) == 1)
        #expect(log.names(0).suffix(3) == ["reassigned", "pickedUp", "droppedOff"])
        let offer = try #require(log.orderedOffer(0))
        let picked = try #require(log.first(0, "pickedUp"))
        #expect(picked.time >= offer.pickupEarliest && picked.time <= offer.pickupLatest)
        if case .pickedUp(_, let v, _) = picked.kind { #expect(v == 1) }
    }

    @Test("with no vehicle that keeps the promise, the accepted rider is Terminated at the pickup")
    func noReplacement() throws {
        var w = TestWorld()
        w.addVehicle(at: -2000, -1000)
        w.addRequest(from: -2000, 0, to: 2000, 0)
        w.incidents = [Incident(vehicle: 0, time: TestWorld.t0 + .seconds(40), repair: .hours(1))]
        let log = w.run()
        #expect(log.names(0).last == "terminated(VEHICLE_BREAKDOWN)")
        let cut = try #require(log.first(0, "terminated(VEHICLE_BREAKDOWN)"))
        #expect(RunLog.place(cut.kind)?.stop == Int32(TestWorld.stop(-2, 0)))
    }

    @Test("while under repair a vehicle takes no rider; after it, it serves again")
    func outOfServiceThenBack() throws {
        var w = TestWorld()
        w.addVehicle(at: -2000, -1000)
        w.incidents = [Incident(vehicle: 0, time: TestWorld.t0 - .minutes(10), repair: .minutes(20))]
        w.addRequest(from: -2000, 0, to: 2000, 0)  // 08:00: under repair → no offer
        w.addRequest(from: -2000, 0, to: 2000, 0, at: TestWorld.t0 + .minutes(15))
        let log = w.run()
        #expect(log.names(0) == ["requested", "noOffer(FLEET_SATURATED)"])
        #expect(log.names(1).last == "droppedOff")
    }

    @Test("breakdowns outside a vehicle's shift, or of a vehicle already under repair, do nothing")
    func ignoredIncidents() {
        var w = TestWorld()
        w.addVehicle(at: -2000, -1000, shift: (.hours(7), .hours(9)))
        w.incidents = [
            Incident(vehicle: 0, time: .hours(6), repair: .minutes(5)),
            Incident(vehicle: 0, time: .hours(7) + .minutes(1), repair: .minutes(30)),
            Incident(vehicle: 0, time: .hours(7) + .minutes(2), repair: .minutes(30)),
            Incident(vehicle: 0, time: .hours(10), repair: .minutes(5))
        ]
        let log = w.run()
        let breakdowns = log.events.filter { if case .vehicleBrokeDown = $0.kind { true } else { false } }
        #expect(breakdowns.map(\.time) == [.hours(7) + .minutes(1)])
    }
}
