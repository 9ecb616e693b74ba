import Simulation

/// What a customer needs on their trips unless a request says otherwise (the customer extension's
/// default service requirements, ours): an offer request's loads that leave `wheelchair` or
/// `child_seat` unspecified get these. None by default.
public struct ServiceRequirements: Hashable, Sendable {
    /// NEEDED: the customer's own load (a request's first) gets a wheelchair place when its
    /// `wheelchair` is unspecified.
    public var wheelchair: WheelchairNeed
    /// Child loads that leave `child_seat` unspecified and do not ride in a wheelchair get this seat.
    public var childSeat: ChildSeat

    public init(wheelchair: WheelchairNeed = .notNeeded, childSeat: ChildSeat = .notNeeded) {
        self.wheelchair = wheelchair; self.childSeat = childSeat
    }

    /// The loads as they ride: unspecified fields filled in with these requirements, else NOT_NEEDED;
    /// what a request specifies always wins.
    public func resolve(_ loads: [LoadRequest]) -> [Load] {
        loads.enumerated().map { k, l in
            let wheelchair = l.wheelchair ?? (k == 0 ? self.wheelchair : .notNeeded)
            switch l.kind {
            case .adult: return .adult(wheelchair: wheelchair)
            case .child:
                let seat = l.childSeat ?? (wheelchair == .needed ? .notNeeded : childSeat)
                return .child(wheelchair: wheelchair, childSeat: seat)
            }
        }
    }
}
