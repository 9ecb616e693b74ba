import Service
import Simulation
import TestSupport
import Testing

/// `CancelTripAsCustomer` and `CancelTripAsIntegrator` in each state a trip can be in.
///
/// (An ordered trip is accepted at once, in the same call, so `Ordered` is never seen through the API;
/// the state machine's own tests cover Ordered → Cancelled.)
@Suite("CancelTrip")
struct CancelTripTests {
    /// Where the trip is when the cancellation comes.
    enum Moment: String, Sendable, CaseIterable {
        /// Accepted, the vehicle still parked 2 km away (it departs when the shift starts at 08:10).
        case acceptedBeforeDeparture
        /// Accepted, the vehicle on its way to the pickup.
        case acceptedDriving
        case pickedUp, fulfilled
        /// Already cancelled once (by the same actor).
        case cancelled
    }

    static func world(shiftStart: SimTime = .zero) -> TestWorld {
        var w = TestWorld()
        w.addVehicle(at: -2000, -2000, shift: (shiftStart, .hours(24)))
        return w
    }

    static func cancel(_ live: LiveWorld, _ actor: CancelActor, customer: String, trip: String) throws {
        switch actor {
        case .customer: try live.service.cancelTripAsCustomer(customerID: customer, tripID: trip)
        case .integrator: try live.service.cancelTripAsIntegrator(tripID: trip)
        }
    }

    @Test("cancelling in each state", arguments: Moment.allCases, CancelActor.allCases)
    func cancel(at moment: Moment, by actor: CancelActor) throws {
        let live = LiveWorld(
            Self.world(shiftStart: moment == .acceptedBeforeDeparture ? TestWorld.t0 + .minutes(10) : .zero))
        let customer = try live.customer()
        let (trip, _) = try live.book(customer, from: -2000, 0, to: 2000, 0)
        let r = try live.index(of: trip)
        switch moment {
        case .acceptedBeforeDeparture: live.advance(by: .minutes(1))
        case .acceptedDriving: live.advance(by: .seconds(100))
        case .pickedUp: try live.advance(trip: trip) { $0 == .pickedUp }
        case .fulfilled: try live.advance(trip: trip) { $0 == .fulfilled }
        case .cancelled: try Self.cancel(live, actor, customer: customer, trip: trip)
        }
        let before = try live.service.trip(customerID: nil, tripID: trip)
        #expect(
            before.state
                == (moment == .cancelled
                    ? .notFulfilled(actor == .customer ? .cancelledAsCustomer : .cancelledAsIntegrator)
                    : moment == .pickedUp ? .pickedUp : moment == .fulfilled ? .fulfilled : .accepted))
        let error = serviceError { try Self.cancel(live, actor, customer: customer, trip: trip) }
        let after = try live.service.trip(customerID: nil, tripID: trip)
        guard moment == .acceptedBeforeDeparture || moment == .acceptedDriving else {
            expect(error, .failedPrecondition, .tripNotCancellable)
            #expect(after.state == before.state)
            #expect(live.log.events.last.map { RunLog.name($0.kind) } == "cancelRefused(TRIP_NOT_CANCELLABLE)")
            return
        }
        #expect(error == nil)
        #expect(after.state == .notFulfilled(actor == .customer ? .cancelledAsCustomer : .cancelledAsIntegrator))
        #expect(after.vehicle == nil)
        #expect(!live.planned(r), "the vehicle's plan still holds the cancelled trip's stops")
        #expect(try live.service.activeTrip(of: customer) == nil)
        live.finish()
        #expect(!live.log.names(r).contains("pickedUp"))
        #expect(live.log.names(r).last == "cancelled(\(actor))")
    }

    @Test("cancelling as customer needs the customer id", arguments: [nil, ""] as [String?])
    func customerIDMissing(_ id: String?) throws {
        let live = LiveWorld(Self.world())
        let (trip, _) = try live.book(try live.customer(), from: -2000, 0, to: 2000, 0)
        expect(
            serviceError { try live.service.cancelTripAsCustomer(customerID: id, tripID: trip) }, .permissionDenied,
            .customerIDMissing)
        #expect(try live.service.trip(customerID: nil, tripID: trip).state == .accepted)
    }

    @Test("a customer cannot cancel another customer's trip; the integrator can")
    func anotherCustomersTrip() throws {
        let live = LiveWorld(Self.world())
        let (owner, other) = (try live.customer(), try live.customer())
        let (trip, _) = try live.book(owner, from: -2000, 0, to: 2000, 0)
        expect(
            serviceError { try live.service.cancelTripAsCustomer(customerID: other, tripID: trip) }, .permissionDenied,
            .customerUnauthorized)
        #expect(try live.service.trip(customerID: nil, tripID: trip).state == .accepted)
        try live.service.cancelTripAsIntegrator(tripID: trip)
        #expect(try live.service.trip(customerID: owner, tripID: trip).state == .notFulfilled(.cancelledAsIntegrator))
    }

    @Test("cancelling an unknown trip is NOT_FOUND", arguments: CancelActor.allCases)
    func unknownTrip(_ actor: CancelActor) throws {
        let live = LiveWorld(Self.world())
        let customer = try live.customer()
        expect(
            serviceError { try Self.cancel(live, actor, customer: customer, trip: "no-such-trip") }, .notFound,
            .tripNotFound)
    }

    @Test("after a cancellation the freed seats are offered again")
    func freedSeats() throws {
        var w = Self.world()
        w.serviceClasses[0].maxWait = .minutes(5)
        let live = LiveWorld(w)
        let four = Array(repeating: LoadRequest(kind: .adult), count: 4)
        let (a, b) = (try live.customer(), try live.customer())
        let (trip, _) = try live.book(a, from: -2000, 0, to: 2000, 0, loads: four)
        expect(
            serviceError { try live.offers(b, from: -2000, 0, to: 2000, 0, loads: four) }, .failedPrecondition,
            .fleetSaturated)
        try live.service.cancelTripAsCustomer(customerID: a, tripID: trip)
        #expect(try !live.offers(b, from: -2000, 0, to: 2000, 0, loads: four).isEmpty)
    }
}
