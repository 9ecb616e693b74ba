import Simulation
import TestSupport
import Testing

/// Riders who do not turn up: how long the vehicle waits.
@Suite("No-show")
struct NoShowTests {
    @Test("with no other rider planned, the vehicle waits exactly noShowWait")
    func fullWait() throws {
        var w = TestWorld()
        w.riders.noShowProbability = 1
        w.noShowWait = .seconds(120)
        w.addVehicle(at: -2000, -1000)
        w.addRequest(from: -2000, 0, to: 2000, 0)
        let log = w.run()
        #expect(log.names(0) == ["requested", "offered", "ordered", "accepted", "noShow"])
        let arrived = try #require(log.legs(0).first?.arrived), noShow = try #require(log.first(0, "noShow"))
        // On time: the rider's earliest pickup has passed when the vehicle arrives, so waiting starts on arrival.
        #expect(noShow.time - arrived.time == .seconds(120))
        #expect(RunLog.place(noShow.kind)?.stop == Int32(TestWorld.stop(-2, 0)))
        #expect(log.unfinished == 0)
    }

    @Test("with no other rider planned, the vehicle waits noShowWait even when the rider's own ride limit is tight")
    func ownDropoffDoesNotShortenWait() throws {
        var w = TestWorld()
        w.riders.noShowProbability = 1
        w.noShowWait = .seconds(120)
        // Ride limit = direct + 60 s: the planned drop-off has only 20 s of slack after 40 s of boarding.
        w.serviceClasses[0].maxRideFactor = 1
        w.serviceClasses[0].maxRideConstant = .seconds(60)
        w.addVehicle(at: -2000, -1000)
        w.addRequest(from: -2000, 0, to: 2000, 0)
        let log = w.run()
        let arrived = try #require(log.legs(0).first?.arrived), noShow = try #require(log.first(0, "noShow"))
        #expect(noShow.time - arrived.time == .seconds(120))
    }

    @Test("the wait is cut short so that the next rider's pickup window still holds")
    func shortenedWait() throws {
        var w = TestWorld()
        w.riders.noShowProbability = 1
        w.noShowWait = .seconds(300)
        w.serviceClasses[0].maxWait = .seconds(200)
        w.addVehicle(at: -2000, 0)
        // A at the vehicle's stop; B one km on, same decision time: B's pickup is planned after A's.
        w.addRequest(from: -2000, 0, to: 0, 0)
        w.addRequest(from: -1000, 0, to: 0, 0)
        let log = w.run()
        #expect(log.vehicleOf(0) == 0 && log.vehicleOf(1) == 0)
        let noShowA = try #require(log.first(0, "noShow")), noShowB = try #require(log.first(1, "noShow"))
        let offerB = try #require(log.orderedOffer(1))
        let legs = log.legs(0)
        let arrivedA = try #require(
            legs.first { RunLog.place($0.arrived.kind)?.stop == Int32(TestWorld.stop(-2, 0)) }?.arrived)
        let arrivedB = try #require(
            legs.first { RunLog.place($0.arrived.kind)?.stop == Int32(TestWorld.stop(-1, 0)) }?.arrived)
        let waitA = noShowA.time - arrivedA.time
        #expect(waitA < .seconds(300))
        #expect(waitA > .seconds(40))
        // The vehicle left A's stop when it gave up and reached B's stop exactly at B's latest pickup.
        #expect(arrivedB.time <= offerB.pickupLatest)
        #expect(offerB.pickupLatest - arrivedB.time < .seconds(1))
        // B is missing too: its own wait runs in full, nothing is planned after it.
        #expect(noShowB.time - arrivedB.time == .seconds(300))
    }
}
