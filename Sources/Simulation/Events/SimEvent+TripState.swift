extension SimEvent.Kind {
    /// The trip and the state this event puts it in, for the events that change a trip's state (ordered,
    /// accepted, rejected, the boarding-authentication phases, picked up, dropped off, cancelled,
    /// no-show, terminated) and for a re-assignment to another vehicle (Accepted again, on the new
    /// vehicle); nil for every other event.
    public var tripStateChange: (request: Int32, state: TripState)? {
        switch self {
        case .ordered(let r, _): (r, .ordered)
        case .accepted(let r, _), .reassigned(let r, _, _): (r, .accepted)
        case .rejected(let r, _): (r, .notFulfilled(.rejected))
        case .readyForBoardingAuthentication(let r, _, _): (r, .readyForBoardingAuthentication)
        case .boardingAuthenticated(let r, _): (r, .boardingAuthenticationCompleted)
        case .pickedUp(let r, _, _): (r, .pickedUp)
        case .droppedOff(let r, _, _): (r, .fulfilled)
        case .cancelled(let r, .customer): (r, .notFulfilled(.cancelledAsCustomer))
        case .cancelled(let r, .integrator): (r, .notFulfilled(.cancelledAsIntegrator))
        case .noShow(let r, _, _): (r, .notFulfilled(.noShow))
        case .terminated(let r, _, _, _): (r, .notFulfilled(.terminated))
        default: nil
        }
    }
}
