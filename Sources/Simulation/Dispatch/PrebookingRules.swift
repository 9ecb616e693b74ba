/// How the service handles trips booked well ahead of their departure (`dispatch.prebooking`).
///
/// A trip ordered more than `revealAhead` before its pickup window opens is *prebooked*: the
/// dispatcher gives its promise (the offer's windows) at booking without choosing a vehicle, and
/// assigns it to one `revealAhead` before the window opens, so a booking never pins a vehicle for
/// hours (FleetPy's separation of the reservation from the vehicle; MATSim DRT inserts at booking).
/// A promise the fleet cannot keep at the reveal ends the trip `Terminated`
/// (`PREBOOKING_UNASSIGNABLE`), recorded in the event log.
public struct PrebookingRules: Hashable, Sendable {
    /// How long before its pickup window opens a prebooked trip is assigned to a vehicle.
    public var revealAhead: SimTime
    /// Prebooked trips accepted per hour of desired departure (24 entries, hour of day 0…23); `nil`:
    /// no limit. A booking beyond its hour's share is rejected at once (`PREBOOKING_CAPACITY_REACHED`),
    /// keeping that capacity for riders who book on the day.
    public var capacityPerHour: [Int]?

    public init(revealAhead: SimTime = .minutes(30), capacityPerHour: [Int]? = nil) {
        self.revealAhead = revealAhead; self.capacityPerHour = capacityPerHour
    }
}
