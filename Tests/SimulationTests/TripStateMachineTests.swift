import Simulation
import Testing

/// Every (state × input) pair against the transition table of DESIGN.md.
@Suite("Trip state machine")
struct TripStateMachineTests {
    static let states: [TripState] =
        [.ordered, .accepted, .pickedUp, .fulfilled]
        + NotFulfilledReason.allCases.map { .notFulfilled($0) }

    /// The table written out from DESIGN.md, independently of the implementation's switch.
    static func expected(_ state: TripState, _ input: TripInput) -> (TripState, TripAction) {
        switch (state, input) {
        case (.ordered, .accept): return (.accepted, .proceed)
        case (.ordered, .reject): return (.notFulfilled(.rejected), .releaseStops)
        case (.ordered, .cancelAsCustomer), (.accepted, .cancelAsCustomer):
            return (.notFulfilled(.cancelledAsCustomer), .releaseStops)
        case (.ordered, .cancelAsIntegrator), (.accepted, .cancelAsIntegrator):
            return (.notFulfilled(.cancelledAsIntegrator), .releaseStops)
        case (.accepted, .noShow): return (.notFulfilled(.noShow), .releaseStops)
        case (.accepted, .pickUp): return (.pickedUp, .proceed)
        case (.accepted, .terminate), (.pickedUp, .terminate): return (.notFulfilled(.terminated), .releaseStops)
        case (.pickedUp, .dropOff): return (.fulfilled, .proceed)
        case (_, .cancelAsCustomer), (_, .cancelAsIntegrator): return (state, .refuse(reason: "TRIP_NOT_CANCELLABLE"))
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
        if action == .proceed { #expect(machine.state != state) }
    }

    @Test("the table has eleven legal transitions, a refusal for each late cancel and none from terminal states")
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
        #expect(legal == 11)
        // pickedUp, fulfilled and the 5 not-fulfilled states, for each of the two cancel inputs.
        #expect(refused == 14)
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
        #expect(m.apply(.cancelAsCustomer) == .refuse(reason: "TRIP_NOT_CANCELLABLE"))
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
        case .accepted, .pickedUp: want = .inFulfillment
        case .fulfilled: want = .fulfilled
        case .notFulfilled: want = .notFulfilled
        }
        #expect(state.category == want)
        #expect(state.isTerminal == (want == .fulfilled || want == .notFulfilled))
        let names: [TripState: String] = [
            .ordered: "Ordered", .accepted: "Accepted", .pickedUp: "PickedUp",
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
