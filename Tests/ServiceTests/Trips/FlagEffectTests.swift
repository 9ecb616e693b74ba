import Service
import Simulation
import TestSupport
import Testing

/// What customer flags do to offers and trips: classes that need a flag, priority in the matcher,
/// a default wheelchair, and a deleted customer's last trip.
@Suite("Customer flag effects")
struct FlagEffectTests {
    static let flags = [
        CustomerFlag(name: "vip", effect: .priority(waitWeight: 4)),
        CustomerFlag(name: "wheelchair_user", effect: .defaultWheelchair),
        CustomerFlag(name: "member")
    ]

    static func world() -> TestWorld {
        var w = TestWorld()
        w.rules.flags = flags
        return w
    }

    @Test(
        "a class that needs a flag is offered only to customers with it",
        arguments: [
            ([String](), ["standard"]), (["member"], ["standard", "members"]), (["vip"], ["standard"])
        ])
    func classNeedsFlag(flags: [String], classes: [String]) throws {
        var w = Self.world()
        w.addVehicle(at: -2000, 0)
        w.serviceClasses.append(
            ServiceClass(
                name: "members", maxWait: .minutes(10), maxRideFactor: 1.5,
                maxRideConstant: .minutes(2), requiredFlags: ["member"]))
        let live = LiveWorld(w)
        let offers = try live.offers(try live.customer(flags: flags), from: -2000, 0, to: 2000, 0)
        #expect(Set(offers.map(live.service.serviceClassName)) == Set(classes))
    }

    @Test("a priority flag weighs the wait more: the rider gets the idle car nearby, not the passing shared one")
    func priorityChangesTheMatch() throws {
        // v0 carries a rider from (−2 km, 0) to (2 km, 0) and passes the new rider's stop (0, 0) after 240 s at
        // little extra drive; v1 idles 1 km away (100 s). Cost = added drive + w·wait + ride: with w = 1 the
        // shared v0 is cheaper (≈ 555 s against ≈ 715 s), with w = 4 the idle v1 (≈ 1,015 s against ≈ 1,275 s).
        func match(flags: [String]) throws -> (offer: Offer, vehicle: String?) {
            var w = Self.world()
            w.addVehicle(at: -2000, 0)
            w.addVehicle(at: 0, -1000)
            let live = LiveWorld(w)
            _ = try live.book(try live.customer(), from: -2000, 0, to: 2000, 0)
            let customer = try live.customer(flags: flags)
            let offer = try #require(try live.offers(customer, from: 0, 0, to: 2000, 0).first)
            let trip = try live.service.orderTrip(customerID: customer, offerToken: offer.token)
            return (offer, try live.service.trip(customerID: customer, tripID: trip).vehicle?.id)
        }
        let plain = try match(flags: []), vip = try match(flags: ["vip"])
        #expect(plain.vehicle == "v0" && vip.vehicle == "v1")
        #expect(vip.offer.estimatedPickup < plain.offer.estimatedPickup)
        #expect(vip.offer != plain.offer)
    }

    static let unspecified = LoadRequest(kind: .adult)
    static let walking = LoadRequest(kind: .adult, wheelchair: .notNeeded)

    @Test(
        "a default-wheelchair flag fills in the customer's own (first) load only, and never overrides NOT_NEEDED",
        arguments: [
            (["wheelchair_user"], [unspecified], [Load.adult(wheelchair: .needed)]),
            (
                ["wheelchair_user"], [unspecified, unspecified],
                [.adult(wheelchair: .needed), .adult(wheelchair: .notNeeded)]
            ),
            (["wheelchair_user"], [walking], [.adult(wheelchair: .notNeeded)]),
            (
                ["wheelchair_user"], [walking, unspecified],
                [.adult(wheelchair: .notNeeded), .adult(wheelchair: .notNeeded)]
            ),
            (["wheelchair_user"], [LoadRequest(kind: .child)], [.child(wheelchair: .needed, childSeat: .notNeeded)]),
            ([], [unspecified], [.adult(wheelchair: .notNeeded)]),
            ([], [LoadRequest(kind: .adult, wheelchair: .needed)], [.adult(wheelchair: .needed)])
        ])
    func defaultWheelchair(flags: [String], loads: [LoadRequest], resolved: [Load]) throws {
        var w = Self.world()
        w.addVehicle(at: -2000, 0, type: VehicleType(name: "van", seats: 4, wheelchairPlaces: 1))
        let live = LiveWorld(w)
        let customer = try live.customer(flags: flags)
        let (trip, _) = try live.book(customer, from: -2000, 0, to: 2000, 0, loads: loads)
        #expect(try live.service.trip(customerID: customer, tripID: trip).loads == resolved)
        let r = try live.index(of: trip)
        let requested = live.log.trip(r).compactMap { e -> TripRequest? in
            if case .requested(_, let q) = e.kind { q } else { nil }
        }
        #expect(requested.map(\.loads) == [resolved])
        #expect(requested.first?.customerFlags == flags)
    }

    @Test("a default wheelchair that no vehicle type carries is INVALID_LOAD for that customer only")
    func defaultWheelchairInvalid() throws {
        var w = Self.world()
        w.addVehicle(at: -2000, 0)
        let live = LiveWorld(w)
        expect(
            serviceError {
                try live.offers(try live.customer(flags: ["wheelchair_user"]), from: -2000, 0, to: 2000, 0)
            },
            .invalidArgument, .invalidLoad, fields: ["load"])
        #expect(try !live.offers(try live.customer(), from: -2000, 0, to: 2000, 0).isEmpty)
    }

    @Test("a deleted customer's active trip runs to Fulfilled while new offers are refused")
    func deletedCustomerTripRunsToItsEnd() throws {
        var w = Self.world()
        w.addVehicle(at: -2000, -2000)
        let live = LiveWorld(w)
        let customer = try live.customer(flags: ["member"])
        let (trip, _) = try live.book(customer, from: -2000, 0, to: 2000, 0)
        try live.service.deleteCustomer(customer)
        expect(
            serviceError { try live.offers(customer, from: 2000, 0, to: -2000, 0) }, .permissionDenied,
            .customerUnauthenticated)
        try live.advance(trip: trip) { $0 == .fulfilled }
        let view = try live.service.trip(customerID: nil, tripID: trip)
        #expect(view.customerID == customer && view.droppedOff)
        expect(
            serviceError { try live.offers(customer, from: 2000, 0, to: -2000, 0) }, .permissionDenied,
            .customerUnauthenticated)
        expect(serviceError { try live.service.customer(customer) }, .notFound, .customerNotFound)
    }
}
