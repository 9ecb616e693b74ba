import Service
import Simulation
import TestSupport
import Testing

/// `GetTrip`: who may read a trip, and how its state, times and vehicle follow the engine.
@Suite("GetTrip")
struct GetTripTests {
    /// One car at (−2 km, −2 km), 2 km from the pickup stop at (−2 km, 0): it drives 200 s to the rider.
    static func world() -> TestWorld {
        var w = TestWorld()
        w.addVehicle(at: -2000, -2000)
        return w
    }

    @Test("an unknown trip id is NOT_FOUND, for the integrator and for a customer")
    func notFound() throws {
        let live = LiveWorld(Self.world())
        let customer = try live.customer()
        _ = try live.book(customer, from: -2000, 0, to: 2000, 0)
        for caller in [nil, customer] {
            expect(
                serviceError { try live.service.trip(customerID: caller, tripID: "no-such-trip") }, .notFound,
                .tripNotFound)
        }
    }

    @Test("another customer's trip is CUSTOMER_UNAUTHORIZED; the owner and the integrator (no customer id) may read it")
    func whoMayRead() throws {
        let live = LiveWorld(Self.world())
        let (owner, other) = (try live.customer(), try live.customer())
        let (trip, _) = try live.book(owner, from: -2000, 0, to: 2000, 0)
        expect(
            serviceError { try live.service.trip(customerID: other, tripID: trip) }, .permissionDenied,
            .customerUnauthorized)
        expect(
            serviceError { try live.service.trip(customerID: "no-such-customer", tripID: trip) }, .permissionDenied,
            .customerUnauthenticated)
        #expect(try live.service.trip(customerID: owner, tripID: trip).customerID == owner)
        #expect(
            try live.service.trip(customerID: nil, tripID: trip) == live.service.trip(customerID: owner, tripID: trip))
    }

    @Test("polled every second, a trip goes Accepted → PickedUp → Fulfilled; the vehicle shows only in fulfilment")
    func statesAndVehicle() throws {
        let live = LiveWorld(Self.world())
        let customer = try live.customer()
        let (trip, offer) = try live.book(customer, from: -2000, 0, to: 2000, 0)
        var states: [TripState] = []
        var views: [(at: SimTime, view: TripStatus)] = []
        try #require(
            live.advance(until: {
                let view = try! live.service.trip(customerID: customer, tripID: trip)
                if states.last != view.state { states.append(view.state) }
                views.append((live.now, view))
                return view.state.isTerminal
            }))
        #expect(states == [.accepted, .pickedUp, .fulfilled])
        for (_, view) in views {
            #expect((view.vehicle != nil) == (view.state.category == .inFulfillment))
            if let vehicle = view.vehicle { #expect(vehicle.id == "v0" && vehicle.type == "car") }
            #expect(
                view.offer.pickup == offer.pickup && view.offer.dropoff == offer.dropoff
                    && live.service.serviceClassName(view.offer) == "standard")
        }
        // Driving to the pickup, the vehicle's position moves north towards the stop between polls.
        let driving = views.filter { $0.at > TestWorld.t0 && $0.at < TestWorld.t0 + .seconds(200) }.compactMap(
            \.view.vehicle?.position)
        #expect(driving.count > 100)
        let stop = TestWorld.at(-2000, 0)
        for (a, b) in zip(driving, driving.dropFirst()) {
            #expect(b.distance(to: stop) < a.distance(to: stop))
        }
    }

    @Test("pickup and drop-off times are estimates until they happen, then the log's times")
    func estimatesThenActuals() throws {
        let live = LiveWorld(Self.world())
        let customer = try live.customer()
        let (trip, offer) = try live.book(customer, from: -2000, 0, to: 2000, 0)
        let first = try live.service.trip(customerID: customer, tripID: trip)
        #expect(!first.pickedUp && !first.droppedOff)
        #expect(first.pickupTime == offer.estimatedPickup && first.dropoffTime == offer.estimatedDropoff)
        #expect(first.pickupTime >= live.now + .seconds(200) && first.dropoffTime > first.pickupTime)
        try live.advance(trip: trip) { $0 == .pickedUp }
        let r = try live.index(of: trip)
        let pickedUp = try #require(live.log.first(r, "pickedUp")).time
        let riding = try live.service.trip(customerID: customer, tripID: trip)
        #expect(riding.pickedUp && riding.pickupTime == pickedUp && !riding.droppedOff)
        #expect(riding.dropoffTime > live.now)
        try live.advance(trip: trip) { $0 == .fulfilled }
        let droppedOff = try #require(live.log.first(r, "droppedOff")).time
        let done = try live.service.trip(customerID: customer, tripID: trip)
        #expect(done.pickedUp && done.pickupTime == pickedUp)
        #expect(done.droppedOff && done.dropoffTime == droppedOff)
        #expect(done.vehicle == nil)
        // Nothing changes once the trip is over.
        live.advance(by: .minutes(30))
        #expect(try live.service.trip(customerID: customer, tripID: trip) == done)
    }

    @Test("a later rider inserted before the drop-off moves the drop-off estimate")
    func estimateFollowsThePlan() throws {
        let live = LiveWorld(Self.world())
        let customer = try live.customer()
        let (trip, _) = try live.book(customer, from: -2000, 0, to: 2000, 0)
        let before = try live.service.trip(customerID: customer, tripID: trip)
        // A second rider on the way, from (−1 km, 0) to (1 km, 0): two more stops before the first drop-off.
        let (other, _) = try live.book(try live.customer(), from: -1000, 0, to: 1000, 0)
        #expect(try live.service.trip(customerID: nil, tripID: other).vehicle?.id == "v0")
        let after = try live.service.trip(customerID: customer, tripID: trip)
        #expect(after.dropoffTime > before.dropoffTime)
        #expect(after.dropoffTime <= after.offer.dropoffLatest)
    }
}
