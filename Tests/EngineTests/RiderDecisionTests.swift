import Simulation
import TestSupport
import Testing

/// What riders do with their offers: order too late, find none acceptable, or lose the race for the seat.
@Suite("Rider decisions")
struct RiderDecisionTests {
    @Test("ordering after the offer's lifetime is refused with OFFER_EXPIRED")
    func offerExpired() throws {
        var w = TestWorld()
        w.options.offerLifetime = .seconds(60)
        w.riders.decisionDelayMin = .seconds(61); w.riders.decisionDelayMax = .seconds(61)
        w.addVehicle(at: -2000, -1000)
        w.addRequest(from: -2000, 0, to: 2000, 0)
        let log = w.run()
        #expect(log.names(0) == ["requested", "offered", "orderRefused(OFFER_EXPIRED)"])
        #expect(log.first(0, "orderRefused(OFFER_EXPIRED)")?.time == TestWorld.t0 + .seconds(61))
        #expect(log.legs(0).isEmpty)
    }

    @Test("deciding exactly at the expiry still orders")
    func orderAtExpiry() {
        var w = TestWorld()
        w.options.offerLifetime = .seconds(60)
        w.riders.decisionDelayMin = .seconds(60); w.riders.decisionDelayMax = .seconds(60)
        w.addVehicle(at: -2000, -1000)
        w.addRequest(from: -2000, 0, to: 2000, 0)
        #expect(w.run().names(0).contains("accepted"))
    }

    @Test("offers beyond the rider's wait tolerance are declined with NO_ACCEPTABLE_OFFER")
    func noAcceptableOffer() {
        var w = TestWorld()
        w.riders.waitToleranceMin = .seconds(10); w.riders.waitToleranceMax = .seconds(10)
        // The vehicle is 100 s away: every offer's pickup is 100 s after the desired departure.
        w.addVehicle(at: -2000, -1000)
        w.addRequest(from: -2000, 0, to: 2000, 0)
        var patient = w
        patient.riders.waitToleranceMin = .seconds(100); patient.riders.waitToleranceMax = .seconds(100)
        let log = w.run()
        #expect(log.names(0) == ["requested", "offered", "declined(NO_ACCEPTABLE_OFFER)"])
        #expect(patient.run().names(0).contains("accepted"))
    }

    @Test("two riders ordering the last seat: both get offers, the first is accepted, the second rejected at dispatch")
    func revalidationRejects() throws {
        var w = TestWorld()
        w.serviceClasses[0].maxWait = .minutes(3)
        w.riders.decisionDelayMin = .seconds(30); w.riders.decisionDelayMax = .seconds(30)
        w.addVehicle(at: -2000, 0, type: VehicleType(name: "solo", seats: 1))
        w.addRequest(from: -2000, 0, to: 2000, 0)
        w.addRequest(from: -2000, 0, to: 2000, 2000, at: TestWorld.t0 + .seconds(1))
        let log = w.run()
        #expect(log.names(0) == ["requested", "offered", "ordered", "accepted", "pickedUp", "droppedOff"])
        #expect(log.names(1) == ["requested", "offered", "ordered", "rejected(FLEET_SATURATED)"])
        #expect(log.first(1, "rejected(FLEET_SATURATED)")?.time == TestWorld.t0 + .seconds(31))
        #expect(!log.offers(1).isEmpty)
        #expect(log.unfinished == 0)
    }
}
