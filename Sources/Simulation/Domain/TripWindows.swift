/// A request's own time windows (a replayed workload's), in place of its service class's.
///
/// Pickup must start in `pickupEarliest…pickupLatest` and the drop-off by `dropoffLatest`; the
/// ride itself has no further limit.
public struct TripWindows: Hashable, Sendable {
    public var pickupEarliest: SimTime
    public var pickupLatest: SimTime
    public var dropoffLatest: SimTime

    public init(pickupEarliest: SimTime, pickupLatest: SimTime, dropoffLatest: SimTime) {
        self.pickupEarliest = pickupEarliest; self.pickupLatest = pickupLatest; self.dropoffLatest = dropoffLatest
    }
}
