import Simulation
import Testing

/// `SimEvent.Kind.tripStateChange`: which events move a trip, and into which state.
@Suite struct TripStateChangeTests {
    static let stop = StopRef(stop: 0, point: GeoPoint(lat: 53.6, lon: 10.0))

    @Test("each trip event names its trip and the state it moves into")
    func tripEvents() {
        let cases: [(SimEvent.Kind, TripState)] = [
            (.ordered(request: 3, offer: 0), .ordered), (.accepted(request: 3, vehicle: 1), .accepted),
            (.reassigned(request: 3, from: 1, to: 2), .accepted),
            (.rejected(request: 3, reason: .fleetSaturated), .notFulfilled(.rejected)),
            (.readyForBoardingAuthentication(request: 3, vehicle: 1, at: Self.stop), .readyForBoardingAuthentication),
            (.boardingAuthenticated(request: 3, vehicle: 1), .boardingAuthenticationCompleted),
            (.pickedUp(request: 3, vehicle: 1, at: Self.stop), .pickedUp),
            (.droppedOff(request: 3, vehicle: 1, at: Self.stop), .fulfilled),
            (.cancelled(request: 3, actor: .customer), .notFulfilled(.cancelledAsCustomer)),
            (.cancelled(request: 3, actor: .integrator), .notFulfilled(.cancelledAsIntegrator)),
            (.noShow(request: 3, vehicle: 1, at: Self.stop), .notFulfilled(.noShow)),
            (.terminated(request: 3, vehicle: 1, at: Self.stop, cause: .vehicleBreakdown), .notFulfilled(.terminated))
        ]
        for (kind, state) in cases {
            #expect(kind.tripStateChange?.request == 3 && kind.tripStateChange?.state == state, "\(kind)")
        }
    }

    @Test("events that change no trip's state name none")
    func otherEvents() {
        let kinds: [SimEvent.Kind] = [
            .noOffer(request: 3, reason: .fleetSaturated), .offered(request: 3, offers: []),
            .declined(request: 3, reason: .offerExpired), .orderRefused(request: 3, reason: .ongoingTrip),
            .cancelRefused(request: 3, actor: .customer, reason: .tripNotCancellable),
            .vehicleReady(vehicle: 1, at: Self.stop), .vehicleBrokeDown(vehicle: 1, at: Self.stop),
            .vehicleRepaired(vehicle: 1), .runEnded(unfinished: 0)
        ]
        #expect(kinds.allSatisfy { $0.tripStateChange == nil })
    }
}
