import Simulation

/// One row of `trips.csv`: one request, from request to its final state.
///
/// Offer-derived fields come from the ordered offer (declined requests: the first offer; no offer:
/// `nil`). Times are instants or spans in simulated milliseconds; `nil` where not applicable.
public struct TripRow: Hashable, Sendable {
    public var tripID: String
    public var customerID: String
    public var requestTime: SimTime
    public var serviceClass: String?
    /// `[Load].code`, e.g. `adult;child:booster`.
    public var loads: String
    public var approachSpeed: String
    public var origin: GeoPoint
    public var destination: GeoPoint
    public var pickupStopID: String?
    public var dropoffStopID: String?
    public var walkToPickup: SimTime?
    public var walkFromDropoff: SimTime?
    public var offeredPickupEarliest: SimTime?
    public var offeredPickupLatest: SimTime?
    public var offeredDropoffLatest: SimTime?
    /// `Fulfilled`, `NotFulfilled`, `NoOffer`, `Declined`, `OrderRefused`, or for unfinished trips the current state
    /// (`Requested`, `Offered`, `Ordered`, `Accepted`, `PickedUp`).
    public var finalState: String
    /// The not-fulfilled, no-offer, decline or order-refusal reason; `UNFINISHED` for unfinished trips; empty when fulfilled.
    public var reason: String
    public var vehicleID: String?
    public var orderTime: SimTime?
    public var acceptedTime: SimTime?
    public var pickupTime: SimTime?
    public var dropoffTime: SimTime?
    /// Driving time pickup → drop-off without detours (from the offer).
    public var directTime: SimTime?
    /// Drop-off − pickup.
    public var rideTime: SimTime?
    /// Pickup − desired departure.
    public var wait: SimTime?
    /// Fulfilled trips: whether another trip's rider was on the same vehicle at some moment of the ride.
    public var shared: Bool?
    public var maxRide: SimTime?
    public var priceCents: Int?
    public var visualImpairment: Bool
    /// How many offers the request received.
    public var offers: Int
    /// The customer's flags when the request was made, sorted.
    public var customerFlags: [String] = []
    /// When the dispatcher decided the order (accepted or rejected).
    public var decisionTime: SimTime?
    /// Boarding authentication: when the vehicle was ready at the pickup, and when the rider authenticated
    /// (the latest, if the trip was re-dispatched in between).
    public var authenticationReadyTime: SimTime?
    public var authenticationCompletedTime: SimTime?
    /// How often the accepted trip moved to another vehicle.
    public var reassignments = 0
    /// The corporate account (and department) the trip is billed to, if any.
    public var account: TripAccount?
    /// Vehicle metres attributed to the trip: each leg driven with riders on board, split equally among
    /// the trips on board (empty legs are attributed to no trip).
    public var attributedMetres = 0.0
    /// When the rider wants to leave (the request's desired departure).
    public var desiredDeparture: SimTime?
    /// Whether the dispatcher answered the order as a prebooking: an `accept` with `prebooked: true`
    /// (a promise, the vehicle later), or a `reject` for a `PREBOOKING_*` reason.
    public var prebooked = false
    /// When a prebooked trip was put into a vehicle's plan (`assign`).
    public var assignedTime: SimTime?
    /// The reason of the `reject` or `terminate` event that ended the trip (`FLEET_SATURATED`,
    /// `PREBOOKING_CAPACITY_REACHED`, `VEHICLE_BREAKDOWN`, `PREBOOKING_UNASSIGNABLE`); nil otherwise.
    public var dispatchReason: String?

    /// The reason written for trips that were not terminal when the run ended.
    public static let unfinished = "UNFINISHED"

    public var isFulfilled: Bool { finalState == "Fulfilled" }
    /// Whether some fleet could serve the request: not refused for a reason no fleet size changes
    /// (`KPI.unservableReasons`).
    public var isServable: Bool { !(finalState == "NoOffer" && KPI.unservableReasons.contains(reason)) }
    public var isUnfinished: Bool { reason == TripRow.unfinished }
    /// Desired departure − order time: how far ahead the trip was booked (ordered trips).
    public var leadTime: SimTime? { orderTime.flatMap { o in desiredDeparture.map { $0 - o } } }
}
