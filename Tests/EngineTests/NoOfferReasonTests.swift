import Simulation
import TestSupport
import Testing

/// Each reason a request gets no offer, forced by a hand-built situation.
@Suite("No-offer reasons")
struct NoOfferReasonTests {
    /// A world with one car at the centre.
    static func world() -> TestWorld {
        var w = TestWorld()
        w.addVehicle(at: 0, 0)
        return w
    }

    static func reason(_ log: RunLog, _ r: Int32 = 0) -> String? {
        for e in log.trip(r) { if case .noOffer(_, let reason) = e.kind { return reason.rawValue } }
        return nil
    }

    @Test(
        "a load no vehicle type can carry is INVALID_LOAD",
        arguments: [
            [Load.adult(wheelchair: .needed)],
            [Load.child(wheelchair: .needed, childSeat: .booster)],
            [Load.child(wheelchair: .notNeeded, childSeat: .forwards)],
            Array(repeating: Load.adult(wheelchair: .notNeeded), count: 5)
        ])
    func invalidLoad(loads: [Load]) {
        var w = Self.world()
        w.addRequest(from: -2000, 0, to: 2000, 0, loads: loads)
        let log = w.run()
        #expect(log.names(0) == ["requested", "noOffer(INVALID_LOAD)"])
    }

    @Test("a load some vehicle type could carry is not INVALID_LOAD even if that vehicle is far away")
    func carriableLoad() {
        var w = Self.world()
        w.addVehicle(at: 0, 0, type: VehicleType(name: "van", seats: 4, wheelchairPlaces: 1))
        w.addRequest(from: -2000, 0, to: 2000, 0, loads: [.adult(wheelchair: .needed)])
        let log = w.run()
        #expect(log.vehicleOf(0) == 1)
    }

    @Test("an origin or destination outside the service area is OUT_OF_SERVICE_AREA", arguments: [true, false])
    func outOfServiceArea(originOutside: Bool) {
        var w = Self.world()
        w.stops.append(Stop(id: "far", point: TestWorld.at(6000, 0)))
        if originOutside { w.addRequest(from: 6000, 0, to: 0, 0) } else { w.addRequest(from: 0, 0, to: 6000, 0) }
        #expect(Self.reason(w.run()) == "OUT_OF_SERVICE_AREA")
    }

    @Test(
        "no stop within walking reach of one end or both",
        arguments: [
            (PlanePoint(x: 500, y: 500), PlanePoint(x: 2000, y: 0), "NO_STOPS_NEAR_ORIGIN"),
            (PlanePoint(x: -2000, y: 0), PlanePoint(x: 1500, y: -1500), "NO_STOPS_NEAR_DESTINATION"),
            (PlanePoint(x: 500, y: 500), PlanePoint(x: 1500, y: -1500), "NO_STOPS_NEAR_ORIGIN_AND_DESTINATION")
        ])
    func noStops(from: PlanePoint, to: PlanePoint, reason: String) {
        // Medium walkers reach 10 min × 1.25 m/s ÷ 1.3 ≈ 577 m; the grid's cell centres are 707 m from any stop.
        var w = Self.world()
        w.addRequest(from: from.x, from.y, to: to.x, to.y)
        #expect(Self.reason(w.run()) == reason)
    }

    @Test("a slower walker does not reach a stop that a faster one does")
    func reachDependsOnSpeed() {
        var w = Self.world()
        // 500 m from stop (0, 0): fast walkers reach 738 m, slow ones 415 m.
        w.requests = [ApproachSpeed.fast, .slow].enumerated().map { i, speed in
            TripRequest(
                id: "r\(i)", customerID: "c", time: TestWorld.t0, origin: TestWorld.at(0, 500),
                destination: TestWorld.at(2000, 2000), approachSpeed: speed)
        }
        let log = w.run()
        #expect(log.names(0).contains("offered"))
        #expect(Self.reason(log, 1) == "NO_STOPS_NEAR_ORIGIN")
    }

    @Test("both ends nearest the same single stop is TRIP_TOO_SHORT")
    func tooShortStopBased() {
        var w = Self.world()
        w.addRequest(from: 0, 100, to: 0, -100)
        w.addRequest(from: 0, 100, to: 0, -1000)
        let log = w.run()
        #expect(Self.reason(log) == "TRIP_TOO_SHORT")
        #expect(log.names(1).contains("offered"))
    }

    @Test(
        "the same origin and destination is TRIP_TOO_SHORT even with several stops in reach; a short trip between them is served"
    )
    func sameOriginAndDestination() {
        var w = Self.world()
        // (400, 0): the stops at (0, 0) and (1000, 0) are both within the 750 m reach.
        w.addRequest(from: 400, 0, to: 400, 0)
        w.addRequest(from: 400, 0, to: 600, 0)
        let log = w.run()
        #expect(Self.reason(log, 0) == "TRIP_TOO_SHORT")
        #expect(log.names(1).contains("offered"))
    }

    @Test(
        "two stops that vehicles serve at the same point (as stops snapped to one road node) make no ride: TRIP_TOO_SHORT"
    )
    func stopsAtTheSameServicePoint() {
        var w = Self.world()
        w.stops.append(Stop(id: "twin", point: TestWorld.at(0, 0)))  // where the grid's stop s12 stands
        w.addRequest(from: -20, 0, to: 60, 0)  // in reach: s12 and its twin only
        let log = w.run()
        #expect(Self.reason(log, 0) == "TRIP_TOO_SHORT")
    }

    @Test("door to door, a trip shorter than minimumTripMetres is TRIP_TOO_SHORT; a longer one is served")
    func tooShortDoorToDoor() throws {
        var w = Self.world()
        w.doorToDoor = true
        w.options.minimumTripMetres = 300
        w.addRequest(from: 100, 100, to: 100, 350)
        w.addRequest(from: 100, 100, to: 100, 450)
        let log = w.run()
        #expect(Self.reason(log, 0) == "TRIP_TOO_SHORT")
        #expect(log.names(1) == ["requested", "offered", "ordered", "accepted", "pickedUp", "droppedOff"])
        let offer = try #require(log.orderedOffer(1))
        // Door to door: the pickup is the door itself, not a stop.
        #expect(offer.pickup.stop == -1 && offer.walkToPickup == .zero)
    }

    @Test("no vehicle in shift is FLEET_SATURATED")
    func noVehicleInShift() {
        var w = TestWorld()
        w.addVehicle(at: 0, 0, shift: (.hours(10), .hours(18)))
        w.addRequest(from: -2000, 0, to: 2000, 0)
        let log = w.run()
        #expect(log.names(0) == ["requested", "noOffer(FLEET_SATURATED)"])
    }

    @Test("a vehicle too far to reach the pickup within the maximum wait is FLEET_SATURATED")
    func vehicleTooFar() {
        var w = TestWorld()
        // 15 min at 10 m/s is 9 km; this vehicle is 12 km away.
        w.addVehicle(at: -2000, 12_000)
        w.addRequest(from: -2000, 0, to: 2000, 0)
        w.serviceClasses[0].maxWait = .minutes(15)
        var near = w
        near.vehicles[0].start = TestWorld.at(-2000, 8000)
        #expect(Self.reason(w.run()) == "FLEET_SATURATED")
        #expect(near.run().names(0).contains("offered"))
    }
}
