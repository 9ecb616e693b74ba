extension SimEvent.Kind {
    /// The trip and the state this event moves it into, for the events that change a trip's state
    /// (ordered, accepted, rejected, picked up, dropped off, cancelled, no-show); nil for every other.
    public var tripStateChange: (request: Int32, state: TripState)? {
        switch self {
        case .ordered(let r, _): (r, .ordered)
        case .accepted(let r, _): (r, .accepted)
        case .rejected(let r): (r, .notFulfilled(.rejected))
        case .pickedUp(let r, _, _): (r, .pickedUp)
        case .droppedOff(let r, _, _): (r, .fulfilled)
        case .cancelled(let r, .customer): (r, .notFulfilled(.cancelledAsCustomer))
        case .cancelled(let r, .integrator): (r, .notFulfilled(.cancelledAsIntegrator))
        case .noShow(let r, _, _): (r, .notFulfilled(.noShow))
        default: nil
        }
    }
}
