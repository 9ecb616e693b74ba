import Service
import Simulation
import TestSupport
import Testing

/// Vehicle types with boarding authentication: Accepted → ReadyForBoardingAuthentication (the vehicle
/// is at the pickup) → BoardingAuthenticationCompleted (the rider authenticated) → PickedUp.
@Suite("Boarding authentication")
struct BoardingAuthenticationTests {
    static func world(delay: SimTime) -> TestWorld {
        var w = TestWorld()
        w.riders.authenticationDelayMin = delay
        w.riders.authenticationDelayMax = delay
        w.addVehicle(at: -2000, -1000, type: TestWorld.shuttle)
        w.addRequest(from: -2000, 0, to: 2000, 0)
        return w
    }

    @Test("the rider authenticates after the drawn delay and boards at once; the phases are in order")
    func phases() throws {
        let log = Self.world(delay: .seconds(25)).run()
        #expect(
            log.names(0) == [
                "requested", "offered", "ordered", "accepted", "readyForBoardingAuthentication",
                "boardingAuthenticated", "pickedUp", "droppedOff"
            ])
        let ready = try #require(log.first(0, "readyForBoardingAuthentication"))
        let done = try #require(log.first(0, "boardingAuthenticated"))
        let picked = try #require(log.first(0, "pickedUp"))
        let arrived = try #require(log.legs(0).first?.arrived)
        #expect(ready.time == arrived.time)  // the vehicle is at the pickup stop
        #expect(done.time - ready.time == .seconds(25))
        // The vehicle's planned boarding (stop time) ends before 25 s: it waited, and boarding starts on authentication.
        #expect(picked.time == done.time)
        #expect(log.unfinished == 0)
    }

    @Test("a vehicle without boarding authentication never passes the phases")
    func plainVehicle() {
        var w = TestWorld()
        w.addVehicle(at: -2000, -1000)
        w.addRequest(from: -2000, 0, to: 2000, 0)
        #expect(w.run().names(0) == ["requested", "offered", "ordered", "accepted", "pickedUp", "droppedOff"])
    }

    @Test("a rider who does not authenticate within the no-show wait is a no-show, and the vehicle leaves")
    func tooSlowIsNoShow() throws {
        var w = Self.world(delay: .seconds(300))
        w.noShowWait = .seconds(120)
        let log = w.run()
        #expect(
            log.names(0) == ["requested", "offered", "ordered", "accepted", "readyForBoardingAuthentication", "noShow"])
        let ready = try #require(log.first(0, "readyForBoardingAuthentication"))
        let noShow = try #require(log.first(0, "noShow"))
        #expect(noShow.time - ready.time <= .seconds(120) + .seconds(60))  // the board time, then the wait
        #expect(log.unfinished == 0)
    }

    @Test("a rider who is not there never authenticates: no-show")
    func absentRider() {
        var w = Self.world(delay: .seconds(5))
        w.riders.noShowProbability = 1
        let log = w.run()
        #expect(
            log.names(0) == ["requested", "offered", "ordered", "accepted", "readyForBoardingAuthentication", "noShow"])
    }

    @Test("authenticating before the vehicle is there, or twice, is refused; the phases refuse a cancel")
    func refusedOutOfTurn() throws {
        var w = Self.world(delay: .seconds(3000))  // the simulated rider would be far too slow
        w.noShowWait = .seconds(600)
        let (engine, _, service) = w.build()
        engine.start()
        engine.advance(until: TestWorld.t0 + .seconds(30))
        let customer = engine.request(0).customerID, trip = w.requests[0].id
        #expect(try service.trip(customerID: customer, tripID: trip).state == .accepted)
        #expect(throws: ServiceError.self) {
            try service.completeBoardingAuthentication(customerID: customer, tripID: trip)
        }
        // The vehicle drives 1,000 m (100 s) to the pickup.
        engine.advance(until: TestWorld.t0 + .seconds(200))
        #expect(try service.trip(customerID: customer, tripID: trip).state == .readyForBoardingAuthentication)
        #expect(throws: ServiceError.self) { try service.cancelTripAsCustomer(customerID: customer, tripID: trip) }
        try service.completeBoardingAuthentication(customerID: customer, tripID: trip)
        #expect(try service.trip(customerID: customer, tripID: trip).state == .pickedUp)
        let again = try? service.completeBoardingAuthentication(customerID: customer, tripID: trip)
        #expect(again == nil)
    }
}
