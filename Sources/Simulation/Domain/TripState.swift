/// Why a trip ended without being fulfilled.
public enum NotFulfilledReason: String, Sendable, Hashable, CaseIterable {
    case rejected = "Rejected"
    case cancelledAsCustomer = "CancelledAsCustomer"
    case cancelledAsIntegrator = "CancelledAsIntegrator"
    case noShow = "NoShow"
    case terminated = "Terminated"
}

/// Who cancels a trip.
public enum CancelActor: String, Sendable, Hashable, CaseIterable {
    case customer, integrator
}

/// A trip's state: one field, four categories, as the integration API has it. In fulfilment, a trip
/// on a vehicle type with boarding authentication passes two more phases between `accepted` and
/// `pickedUp`.
public enum TripState: Hashable, Sendable, CustomStringConvertible {
    case ordered
    case accepted
    /// The vehicle is at the pickup stop and waits for the rider to authenticate.
    case readyForBoardingAuthentication
    case boardingAuthenticationCompleted
    case pickedUp
    case fulfilled
    case notFulfilled(NotFulfilledReason)

    public enum Category: String, Sendable {
        case ordered = "Ordered", inFulfillment = "InFulfillment",
            fulfilled = "Fulfilled", notFulfilled = "NotFulfilled"
    }

    public var category: Category {
        switch self {
        case .ordered: .ordered
        case .accepted, .readyForBoardingAuthentication, .boardingAuthenticationCompleted, .pickedUp: .inFulfillment
        case .fulfilled: .fulfilled
        case .notFulfilled: .notFulfilled
        }
    }

    public var isTerminal: Bool { category == .fulfilled || category == .notFulfilled }

    /// Accepted and not yet on board: the vehicle is on its way or at the pickup.
    public var isAwaitingPickup: Bool {
        self == .accepted || self == .readyForBoardingAuthentication || self == .boardingAuthenticationCompleted
    }

    /// `Ordered`, `Accepted`, …, `PickedUp`, `Fulfilled`, or the not-fulfilled reason.
    public var description: String {
        switch self {
        case .ordered: "Ordered"
        case .accepted: "Accepted"
        case .readyForBoardingAuthentication: "ReadyForBoardingAuthentication"
        case .boardingAuthenticationCompleted: "BoardingAuthenticationCompleted"
        case .pickedUp: "PickedUp"
        case .fulfilled: "Fulfilled"
        case .notFulfilled(let r): r.rawValue
        }
    }
}

/// What can happen to a trip.
public enum TripInput: Hashable, Sendable, CaseIterable {
    case accept, reject, cancelAsCustomer, cancelAsIntegrator, noShow, pickUp, dropOff, terminate
    /// A boarding-authentication vehicle reached the pickup stop.
    case vehicleAtPickup
    /// The rider authenticated at the vehicle.
    case authenticate
    /// The trip moves to another vehicle before pickup (its authentication, if any, starts over).
    case reassign
}

/// What the engine must do after an input.
public enum TripAction: Hashable, Sendable {
    /// The state moved; nothing else to do.
    case proceed
    /// The state moved to a terminal state; take the trip's remaining stops out of its vehicle's plan.
    case releaseStops
    /// A legitimate request that the rules refuse (cancelling after pickup): `FAILED_PRECONDITION`
    /// with the given reason. The state is unchanged.
    case refuse(reason: Reason)
    /// An input the engine must never send in this state: a bug. The state is unchanged.
    case illegal
}

/// The trip lifecycle as a pure state machine: inputs return actions, the engine performs them.
///
/// The documents' table (integration notes §7.2): Ordered→Accepted, Ordered→Rejected,
/// Ordered|Accepted→Cancelled*, Accepted→NoShow, Accepted→PickedUp (no boarding authentication),
/// Accepted→ReadyForBoardingAuthentication→BoardingAuthenticationCompleted→PickedUp,
/// Accepted|PickedUp→Terminated, PickedUp→Fulfilled. Where the table is silent (§7.2's inferred rows):
/// the two authentication phases may end in NoShow or Terminated like Accepted, and cannot be
/// cancelled. Re-assignment to another vehicle keeps a trip Accepted (from an authentication phase it
/// returns to Accepted). Cancelling later is refused (`TRIP_NOT_CANCELLABLE`); everything else is illegal.
public struct TripStateMachine: Hashable, Sendable {
    public private(set) var state: TripState = .ordered

    public init() {}
    public init(state: TripState) { self.state = state }

    public mutating func apply(_ input: TripInput) -> TripAction {
        switch (state, input) {
        case (.ordered, .accept): state = .accepted; return .proceed
        case (.ordered, .reject): state = .notFulfilled(.rejected); return .releaseStops
        case (.ordered, .cancelAsCustomer), (.accepted, .cancelAsCustomer):
            state = .notFulfilled(.cancelledAsCustomer); return .releaseStops
        case (.ordered, .cancelAsIntegrator), (.accepted, .cancelAsIntegrator):
            state = .notFulfilled(.cancelledAsIntegrator); return .releaseStops
        case (.accepted, .vehicleAtPickup): state = .readyForBoardingAuthentication; return .proceed
        case (.readyForBoardingAuthentication, .authenticate): state = .boardingAuthenticationCompleted; return .proceed
        case (.accepted, .reassign), (.readyForBoardingAuthentication, .reassign),
            (.boardingAuthenticationCompleted, .reassign):
            state = .accepted; return .proceed
        case (.accepted, .noShow), (.readyForBoardingAuthentication, .noShow),
            (.boardingAuthenticationCompleted, .noShow):
            state = .notFulfilled(.noShow); return .releaseStops
        case (.accepted, .pickUp), (.boardingAuthenticationCompleted, .pickUp): state = .pickedUp; return .proceed
        case (.accepted, .terminate), (.readyForBoardingAuthentication, .terminate),
            (.boardingAuthenticationCompleted, .terminate), (.pickedUp, .terminate):
            state = .notFulfilled(.terminated); return .releaseStops
        case (.pickedUp, .dropOff): state = .fulfilled; return .proceed
        case (_, .cancelAsCustomer), (_, .cancelAsIntegrator): return .refuse(reason: .tripNotCancellable)
        default: return .illegal
        }
    }
}
