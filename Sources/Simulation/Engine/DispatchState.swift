/// The dispatcher's own bookkeeping beyond the plans: prebookings waiting for their vehicle, the
/// prebooking capacity used per hour, and orders held for the next re-optimisation round.
struct DispatchState {
    /// Prebooked trips accepted per absolute hour of their pickup window's opening.
    var prebookedPerHour: [Int64: Int] = [:]
    /// Orders greedy insertion could not place, in arrival order: decided by the next round.
    var heldOrders: [Int32] = []
    /// Prebooked trips no vehicle could take at their reveal, in order: the next round's last chance.
    var heldPrebookings: [Int32] = []
    /// When the next re-optimisation round falls; `nil` when none will (nothing may be held then).
    var nextRound: SimTime?
}
