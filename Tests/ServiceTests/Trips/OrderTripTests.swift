import Service
import TestSupport
import Testing

@testable import Simulation

/// `OrderTrip`: each refusal with its code and reason, and the fallback to another vehicle.
@Suite("OrderTrip")
struct OrderTripTests {
    /// One car at (−2 km, 0); two service classes, so that every request gets (at least) two sibling offers.
    static func world() -> TestWorld {
        var w = TestWorld()
        w.addVehicle(at: -2000, 0)
        w.serviceClasses.append(
            ServiceClass(name: "comfort", maxWait: .minutes(10), maxRideFactor: 1.5, maxRideConstant: .minutes(2)))
        return w
    }

    static func name(_ e: SimEvent?) -> String? { e.map { RunLog.name($0.kind) } }

    @Test(
        "an offer can be ordered until it expires, not a millisecond later",
        arguments: [
            (SimTime.zero, nil), (.seconds(60), nil), (.seconds(60) + SimTime(ms: 1), ErrorReason.offerExpired)
        ])
    func expiry(wait: SimTime, reason: ErrorReason?) throws {
        let live = LiveWorld(Self.world())
        let customer = try live.customer()
        let offer = try #require(try live.offers(customer, from: -2000, 0, to: 2000, 0).first)
        #expect(offer.expiresAt == live.now + .seconds(60))
        live.advance(by: wait)
        let error = serviceError { try live.service.orderTrip(customerID: customer, offerToken: offer.token) }
        guard let reason else { return #expect(error == nil) }
        expect(error, .failedPrecondition, reason)
        #expect(Self.name(live.log.events.last) == "orderRefused(OFFER_EXPIRED)")
        #expect(try live.service.activeTrip(of: customer) == nil)
    }

    @Test("an offer ordered after another booking changed the plan is searched anew, not booked as quoted")
    func orderAfterAnotherBookingIsSearchedAnew() throws {
        let live = LiveWorld(Self.world())
        let a = try live.customer(), b = try live.customer()
        // Both quoted on the idle car at the same instant: each quote's insertion is "first in the plan".
        let offerA = try #require(try live.offers(a, from: -2000, 0, to: 0, 0).first)
        let offerB = try #require(try live.offers(b, from: 1000, 0, to: 2000, 0).first)
        let tripA = try live.service.orderTrip(customerID: a, offerToken: offerA.token)
        let tripB = try live.service.orderTrip(customerID: b, offerToken: offerB.token)
        // B's quoted insertion (before A's drop-off) would take A 4 km out of the way: B goes after A.
        let (ra, rb) = (try live.index(of: tripA), try live.index(of: tripB))
        let order = live.engine.fleet.plans[0].stops.map { ($0.trip, $0.isPickup) }
        #expect(order.map { $0.0 } == [ra, rb, rb] && order.map { $0.1 } == [false, true, false], "\(order)")
        live.finish()
        #expect(live.log.events.filter { Self.name($0) == "droppedOff" }.count == 2)
    }

    @Test("ordering an offer twice, or a sibling of an ordered offer, is OFFER_ALREADY_ORDERED", arguments: [0, 1])
    func alreadyOrdered(second: Int) throws {
        let live = LiveWorld(Self.world())
        let customer = try live.customer()
        let offers = try live.offers(customer, from: -2000, 0, to: 2000, 0)
        try #require(offers.count >= 2)
        let trip = try live.service.orderTrip(customerID: customer, offerToken: offers[0].token)
        let ordered = live.log.events.filter { Self.name($0) == "ordered" }.count
        expect(
            serviceError { try live.service.orderTrip(customerID: customer, offerToken: offers[second].token) },
            .failedPrecondition, .offerAlreadyOrdered)
        #expect(live.log.events.filter { Self.name($0) == "ordered" }.count == ordered)
        #expect(try live.service.activeTrip(of: customer)?.tripID == trip)
        // Still spent after the trip is cancelled.
        try live.service.cancelTripAsCustomer(customerID: customer, tripID: trip)
        expect(
            serviceError { try live.service.orderTrip(customerID: customer, offerToken: offers[second].token) },
            .failedPrecondition, .offerAlreadyOrdered)
    }

    @Test("ordering a second request's offer while the first trip is in progress is ONGOING_TRIP")
    func ongoingTrip() throws {
        let live = LiveWorld(Self.world())
        let customer = try live.customer()
        let first = try #require(try live.offers(customer, from: -2000, 0, to: 2000, 0).first)
        let second = try #require(try live.offers(customer, from: -2000, 0, to: 0, 2000).first)
        _ = try live.service.orderTrip(customerID: customer, offerToken: first.token)
        expect(
            serviceError { try live.service.orderTrip(customerID: customer, offerToken: second.token) },
            .failedPrecondition, .ongoingTrip)
        #expect(Self.name(live.log.events.last) == "orderRefused(ONGOING_TRIP)")
    }

    @Test("an order whose seats another rider took in between is Ordered, then Rejected (FLEET_SATURATED)")
    func fleetFilledBetweenOfferAndOrder() throws {
        var w = Self.world()
        w.serviceClasses = [
            ServiceClass(name: "standard", maxWait: .minutes(5), maxRideFactor: 2, maxRideConstant: .minutes(5))
        ]
        let live = LiveWorld(w)
        let four = Array(repeating: LoadRequest(kind: .adult), count: 4)
        let (x, y) = (try live.customer(), try live.customer())
        let late = try #require(try live.offers(x, from: -2000, 0, to: 2000, 0, loads: four).first)
        _ = try live.book(y, from: -2000, 0, to: 2000, 0, loads: four)
        let trip = try live.service.orderTrip(customerID: x, offerToken: late.token)
        // The engine of these tests decides at once (no dispatch latency): the trip exists and is rejected.
        #expect(try live.service.trip(customerID: x, tripID: trip).state == .notFulfilled(.rejected))
        #expect(Self.name(live.log.events.last) == "rejected(FLEET_SATURATED)")
        #expect(try live.service.activeTrip(of: x) == nil)
    }

    @Test("when the offered vehicle no longer fits, the order books another that does")
    func fallsBackToAnotherVehicle() throws {
        var w = Self.world()
        w.serviceClasses = [
            ServiceClass(name: "standard", maxWait: .minutes(5), maxRideFactor: 2, maxRideConstant: .minutes(5))
        ]
        w.addVehicle(at: -2000, 1000)  // v1, 100 s from the stop
        let live = LiveWorld(w)
        let (x, y) = (try live.customer(), try live.customer())
        let offer = try #require(try live.offers(x, from: -2000, 0, to: 2000, 0).first)
        // The offer rests on v0, which waits at the stop: no 100 s approach.
        #expect(offer.estimatedPickup < live.now + .seconds(100))
        _ = try live.book(y, from: -2000, 0, to: 2000, 0, loads: Array(repeating: LoadRequest(kind: .adult), count: 4))
        #expect(
            try live.service.trip(customerID: y, tripID: live.service.activeTrip(of: y)!.tripID).vehicle?.id == "v0")
        let trip = try live.service.orderTrip(customerID: x, offerToken: offer.token)
        let view = try live.service.trip(customerID: x, tripID: trip)
        #expect(view.vehicle?.id == "v1")
        #expect(view.pickupTime >= live.now + .seconds(100))
        #expect(view.offer.pickupLatest == offer.pickupLatest && view.offer.dropoffLatest == offer.dropoffLatest)
        try live.advance(trip: trip) { $0 == .fulfilled }
        let r = try live.index(of: trip)
        #expect(live.log.vehicleOf(r) == 1)
        #expect(try #require(live.log.first(r, "droppedOff")).time <= offer.dropoffLatest)
    }

    @Test(
        "a token this service did not issue is INVALID_ARGUMENT on offer_token",
        arguments: [
            "", "of", "of_abc", "of__0", "of_abc_", "OF_abc_0", "of_ABC_0", "of_abc_x", "of_abc_0_1", "of_a-c_0",
            "of_zzzzzz_0"
        ])
    func unknownToken(_ token: String) throws {
        let live = LiveWorld(Self.world())
        let customer = try live.customer()
        _ = try live.offers(customer, from: -2000, 0, to: 2000, 0)
        expect(
            serviceError { try live.service.orderTrip(customerID: customer, offerToken: token) }, .invalidArgument,
            .invalidOfferToken, fields: ["offer_token"])
    }

    @Test("a real token with another offer index is unknown")
    func tamperedToken() throws {
        let live = LiveWorld(Self.world())
        let customer = try live.customer()
        let offers = try live.offers(customer, from: -2000, 0, to: 2000, 0)
        let token = try #require(offers.last?.token)
        let tampered = String(token.dropLast()) + "9"
        try #require(!offers.contains { $0.token == tampered })
        expect(
            serviceError { try live.service.orderTrip(customerID: customer, offerToken: tampered) }, .invalidArgument,
            .invalidOfferToken, fields: ["offer_token"])
    }

    @Test("another customer's offer is CUSTOMER_UNAUTHORIZED and stays orderable by its owner")
    func anotherCustomersOffer() throws {
        let live = LiveWorld(Self.world())
        let (owner, other) = (try live.customer(), try live.customer())
        let offer = try #require(try live.offers(owner, from: -2000, 0, to: 2000, 0).first)
        expect(
            serviceError { try live.service.orderTrip(customerID: other, offerToken: offer.token) }, .permissionDenied,
            .customerUnauthorized)
        #expect(try !live.service.orderTrip(customerID: owner, offerToken: offer.token).isEmpty)
    }

    @Test(
        "ordering without a usable customer: missing id, unknown or deleted customer",
        arguments: [
            ("", ErrorReason.customerIDMissing), ("unknown", .customerUnauthenticated),
            ("deleted", .customerUnauthenticated)
        ])
    func unusableCustomer(caller: String, reason: ErrorReason) throws {
        let live = LiveWorld(Self.world())
        let customer = try live.customer()
        let offer = try #require(try live.offers(customer, from: -2000, 0, to: 2000, 0).first)
        if caller == "deleted" { try live.service.deleteCustomer(customer) }
        let id: String? = caller == "deleted" ? customer : caller == "unknown" ? "no-such-customer" : nil
        expect(
            serviceError { try live.service.orderTrip(customerID: id, offerToken: offer.token) }, .permissionDenied,
            reason)
        #expect(Self.name(live.log.events.last) == "offered")
    }
}
