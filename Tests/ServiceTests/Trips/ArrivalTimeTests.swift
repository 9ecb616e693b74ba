import Service
import Simulation
import TestSupport
import Testing

/// `RequestTripOffers` with `arrival_time`: the offers aim to arrive by then, walk included.
@Suite("Arrive by")
struct ArrivalTimeTests {
    @Test(
        "offers end by the arrival less the walk from the stop, and the trip arrives by then",
        arguments: [SimTime.minutes(20), .minutes(30), .minutes(90)])
    func arrivesBy(after: SimTime) throws {
        var w = TestWorld()
        w.addVehicle(at: -2000, 0)
        let live = LiveWorld(w)
        let customer = try live.customer()
        let arrival = live.now + after
        // 300 m from the pickup stop (−2 km, 0) and 200 m from the drop-off stop (2 km, 0).
        let offers = try live.offers(customer, from: -2000, 300, to: 2000, 200, arrival: arrival)
        try #require(!offers.isEmpty)
        for offer in offers {
            #expect(offer.walkFromDropoff > .seconds(200))  // 260 m walked at 1.25 m/s
            #expect(offer.dropoffLatest <= arrival - offer.walkFromDropoff)
            #expect(offer.estimatedDropoff <= offer.dropoffLatest)
            #expect(offer.pickupEarliest >= live.now + offer.walkToPickup)
        }
        let offer = offers[0]
        let trip = try live.service.orderTrip(customerID: customer, offerToken: offer.token)
        try live.advance(trip: trip) { $0 == .fulfilled }
        let view = try live.service.trip(customerID: customer, tripID: trip)
        let r = try live.index(of: trip)
        let droppedOff = try #require(live.log.first(r, "droppedOff")).time
        #expect(view.dropoffTime == droppedOff)
        #expect(droppedOff + offer.walkFromDropoff <= arrival)
        #expect(view.pickupTime >= offer.pickupEarliest && view.pickupTime <= offer.pickupLatest)
    }

    @Test("an arrival too soon to make, even driving straight away, gets no offer")
    func arrivalTooSoon() throws {
        var w = TestWorld()
        w.addVehicle(at: -2000, 0)
        let live = LiveWorld(w)
        // The direct drive alone is 400 s; with walks and stops 5 minutes cannot be met.
        expect(
            serviceError {
                try live.offers(try live.customer(), from: -2000, 300, to: 2000, 200, arrival: live.now + .minutes(5))
            },
            .failedPrecondition, .fleetSaturated)
    }
}
