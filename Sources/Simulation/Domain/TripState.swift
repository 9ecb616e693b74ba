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

/// A trip's state: one field, four categories, as the integration API has it.
public enum TripState: Hashable, Sendable, CustomStringConvertible {
    case ordered
    case accepted
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
        case .accepted, .pickedUp: .inFulfillment
        case .fulfilled: .fulfilled
        case .notFulfilled: .notFulfilled
        }
    }

    public var isTerminal: Bool { category == .fulfilled || category == .notFulfilled }

    /// `Ordered`, `Accepted`, `PickedUp`, `Fulfilled`, or the not-fulfilled reason.
    public var description: String {
        switch self {
        case .ordered: "Ordered"
        case .accepted: "Accepted"
        case .pickedUp: "PickedUp"
        case .fulfilled: "Fulfilled"
        case .notFulfilled(let r): r.rawValue
        }
    }
}

/// What can happen to a trip.
public enum TripInput: Hashable, Sendable, CaseIterable {
    case accept, reject, cancelAsCustomer, cancelAsIntegrator, noShow, pickUp, dropOff, terminate
}

/// What the engine must do after an input.
public enum TripAction: Hashable, Sendable {
    /// The state moved; nothing else to do.
    case proceed
    /// The state moved to a terminal state; take the trip's remaining stops out of its vehicle's plan.
    case releaseStops
    /// A legitimate request that the rules refuse (cancelling after pickup): `FAILED_PRECONDITION`
    /// with the given reason. The state is unchanged.
    case refuse(reason: String)
    /// An input the engine must never send in this state: a bug. The state is unchanged.
    case illegal
}

/// The trip lifecycle as a pure state machine: inputs return actions, the engine performs them.
///
/// Allowed: Ordered→Accepted, Ordered→Rejected, Ordered|Accepted→Cancelled*, Accepted→NoShow,
/// Accepted→PickedUp, Accepted|PickedUp→Terminated, PickedUp→Fulfilled. Cancelling later is
/// refused (`TRIP_NOT_CANCELLABLE`); everything else is illegal.
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
        case (.accepted, .noShow): state = .notFulfilled(.noShow); return .releaseStops
        case (.accepted, .pickUp): state = .pickedUp; return .proceed
        case (.accepted, .terminate), (.pickedUp, .terminate): state = .notFulfilled(.terminated); return .releaseStops
        case (.pickedUp, .dropOff): state = .fulfilled; return .proceed
        case (_, .cancelAsCustomer), (_, .cancelAsIntegrator): return .refuse(reason: "TRIP_NOT_CANCELLABLE")
        default: return .illegal
        }
    }
}
