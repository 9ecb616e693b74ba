import Simulation
import Testing

/// Every (state × input) pair against the documents' transition table (integration notes §7.2, with the
/// inferred rows for the boarding-authentication phases) and DESIGN.md.
@Suite("Trip state machine")
struct TripStateMachineTests {
    static let states: [TripState] =
        [.ordered, .accepted, .readyForBoardingAuthentication, .boardingAuthenticationCompleted, .pickedUp, .fulfilled]
        + NotFulfilledReason.allCases.map { .notFulfilled($0) }

    /// The table written out from the documents, independently of the implementation's switch.
    static func expected(_ state: TripState, _ input: TripInput) -> (TripState, TripAction) {
        let waiting: [TripState] = [.accepted, .readyForBoardingAuthentication, .boardingAuthenticationCompleted]
        if waiting.contains(state) {
            switch input {
            case .noShow: return (.notFulfilled(.noShow), .releaseStops)
            case .terminate: return (.notFulfilled(.terminated), .releaseStops)
            case .reassign: return (.accepted, .proceed)
            default: break
            }
        }
        switch (state, input) {
        case (.accepted, .vehicleAtPickup): return (.readyForBoardingAuthentication, .proceed)
        case (.readyForBoardingAuthentication, .authenticate): return (.boardingAuthenticationCompleted, .proceed)
        case (.boardingAuthenticationCompleted, .pickUp): return (.pickedUp, .proceed)
        case (.ordered, .accept): return (.accepted, .proceed)
        case (.ordered, .reject): return (.notFulfilled(.rejected), .releaseStops)
        case (.ordered, .cancelAsCustomer), (.accepted, .cancelAsCustomer):
            return (.notFulfilled(.cancelledAsCustomer), .releaseStops)
        case (.ordered, .cancelAsIntegrator), (.accepted, .cancelAsIntegrator):
            return (.notFulfilled(.cancelledAsIntegrator), .releaseStops)
        case (.accepted, .pickUp): return (.pickedUp, .proceed)
        case (.pickedUp, .terminate): return (.notFulfilled(.terminated), .releaseStops)
        case (.pickedUp, .dropOff): return (.fulfilled, .proceed)
        case (_, .cancelAsCustomer), (_, .cancelAsIntegrator): return (state, .refuse(reason: .tripNotCancellable))
        default: return (state, .illegal)
        }
    }

    @Test(
        "each state and input gives the state and action of the design's table",
        arguments: states, TripInput.allCases)
    func transition(state: TripState, input: TripInput) {
        var machine = TripStateMachine(state: state)
        let action = machine.apply(input)
        let (next, want) = Self.expected(state, input)
        #expect(action == want)
        #expect(machine.state == next)
        // Terminal destinations, and only those, release the trip's stops.
        if action == .releaseStops { #expect(machine.state.isTerminal) }
        // Every move changes the state, but a re-assignment of an Accepted trip (it stays Accepted).
        if action == .proceed, !(state == .accepted && input == .reassign) { #expect(machine.state != state) }
    }

    @Test("the table has 21 legal transitions, a refusal for each late cancel and none from terminal states")
    func tableShape() {
        var legal = 0, refused = 0
        for s in Self.states {
            for i in TripInput.allCases {
                var m = TripStateMachine(state: s)
                switch m.apply(i) {
                case .proceed, .releaseStops:
                    legal += 1
                    #expect(!s.isTerminal, "\(s) moved on \(i)")
                case .refuse: refused += 1
                case .illegal: break
                }
            }
        }
        // Ordered 4, Accepted 7, ReadyForBoardingAuthentication 4, BoardingAuthenticationCompleted 4, PickedUp 2.
        #expect(legal == 21)
        // The two authentication phases, pickedUp, fulfilled and the 5 not-fulfilled states, for each of
        // the two cancel inputs.
        #expect(refused == 18)
    }

    @Test("an autonomous ride goes Accepted → Ready → Completed → PickedUp; the phases refuse a cancel")
    func authenticationPath() {
        var m = TripStateMachine(state: .accepted)
        #expect(m.apply(.pickUp) == .proceed)  // a vehicle without authentication: straight on board
        m = TripStateMachine(state: .accepted)
        #expect(m.apply(.vehicleAtPickup) == .proceed)
        #expect(m.apply(.pickUp) == .illegal)  // not before the rider authenticated
        #expect(m.apply(.cancelAsCustomer) == .refuse(reason: .tripNotCancellable))
        #expect(m.apply(.authenticate) == .proceed)
        #expect(m.apply(.authenticate) == .illegal)
        #expect(m.apply(.pickUp) == .proceed)
        #expect(m.state == .pickedUp)
    }

    @Test("a new machine starts Ordered")
    func startsOrdered() {
        #expect(TripStateMachine().state == .ordered)
    }

    @Test("a full ride goes Ordered → Accepted → PickedUp → Fulfilled, refusing a cancel on board")
    func happyPath() {
        var m = TripStateMachine()
        #expect(m.apply(.accept) == .proceed)
        #expect(m.apply(.pickUp) == .proceed)
        #expect(m.apply(.cancelAsCustomer) == .refuse(reason: .tripNotCancellable))
        #expect(m.state == .pickedUp)
        #expect(m.apply(.dropOff) == .proceed)
        #expect(m.state == .fulfilled)
        #expect(m.apply(.accept) == .illegal)
        #expect(m.state == .fulfilled)
    }

    @Test("each state's category, terminality and description", arguments: states)
    func category(state: TripState) {
        let want: TripState.Category
        switch state {
        case .ordered: want = .ordered
        case .accepted, .readyForBoardingAuthentication, .boardingAuthenticationCompleted, .pickedUp:
            want = .inFulfillment
        case .fulfilled: want = .fulfilled
        case .notFulfilled: want = .notFulfilled
        }
        #expect(state.category == want)
        #expect(state.isTerminal == (want == .fulfilled || want == .notFulfilled))
        let names: [TripState: String] = [
            .ordered: "Ordered", .accepted: "Accepted", .pickedUp: "PickedUp",
            .readyForBoardingAuthentication: "ReadyForBoardingAuthentication",
            .boardingAuthenticationCompleted: "BoardingAuthenticationCompleted",
            .fulfilled: "Fulfilled", .notFulfilled(.rejected): "Rejected",
            .notFulfilled(.cancelledAsCustomer): "CancelledAsCustomer",
            .notFulfilled(.cancelledAsIntegrator): "CancelledAsIntegrator",
            .notFulfilled(.noShow): "NoShow", .notFulfilled(.terminated): "Terminated"
        ]
        #expect(state.description == names[state])
    }

    @Test("category raw values are the integration API's names")
    func categoryNames() {
        #expect(
            [TripState.Category.ordered, .inFulfillment, .fulfilled, .notFulfilled].map(\.rawValue)
                == ["Ordered", "InFulfillment", "Fulfilled", "NotFulfilled"])
    }
}
