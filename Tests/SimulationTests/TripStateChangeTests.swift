import Simulation
import Testing

/// `SimEvent.Kind.tripStateChange`: which events move a trip, and into which state.
@Suite struct TripStateChangeTests {
    static let stop = StopRef(stop: 0, point: GeoPoint(lat: 53.6, lon: 10.0))

    @Test("each trip event names its trip and the state it moves into")
    func tripEvents() {
        let cases: [(SimEvent.Kind, TripState)] = [
            (.ordered(request: 3, offer: 0), .ordered), (.accepted(request: 3, vehicle: 1), .accepted),
            (.rejected(request: 3), .notFulfilled(.rejected)),
            (.pickedUp(request: 3, vehicle: 1, at: Self.stop), .pickedUp),
            (.droppedOff(request: 3, vehicle: 1, at: Self.stop), .fulfilled),
            (.cancelled(request: 3, actor: .customer), .notFulfilled(.cancelledAsCustomer)),
            (.cancelled(request: 3, actor: .integrator), .notFulfilled(.cancelledAsIntegrator)),
            (.noShow(request: 3, vehicle: 1, at: Self.stop), .notFulfilled(.noShow))
        ]
        for (kind, state) in cases {
            #expect(kind.tripStateChange?.request == 3 && kind.tripStateChange?.state == state, "\(kind)")
        }
    }

    @Test("events that change no trip's state name none")
    func otherEvents() {
        let kinds: [SimEvent.Kind] = [
            .noOffer(request: 3, reason: "FLEET_SATURATED"), .offered(request: 3, offers: []),
            .declined(request: 3, reason: "OFFER_EXPIRED"), .orderRefused(request: 3, reason: "ONGOING_TRIP"),
            .cancelRefused(request: 3, actor: .customer, reason: "TRIP_NOT_CANCELLABLE"),
            .vehicleReady(vehicle: 1, at: Self.stop), .runEnded(unfinished: 0)
        ]
        #expect(kinds.allSatisfy { $0.tripStateChange == nil })
    }
}
