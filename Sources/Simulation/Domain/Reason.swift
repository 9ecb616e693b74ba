/// Why something a rider asked for did not happen: no offer, a declined or refused order, a trip
/// rejected at dispatch, a refused cancellation, a terminated ride. The one reason type of the run:
/// the engine's outcomes carry it, the event log records it, and the service layer maps it to the
/// API's error reasons in one place (`ErrorReason(_:)` in `Service`).
///
/// The raw value is the spelling in the event log and on the wire (UPPER_SNAKE_CASE).
public enum Reason: String, Error, Sendable, Hashable, CaseIterable {
    // The engine's quote found no offer.
    case outOfServiceArea = "OUT_OF_SERVICE_AREA"
    case noStopsNearOrigin = "NO_STOPS_NEAR_ORIGIN"
    case noStopsNearDestination = "NO_STOPS_NEAR_DESTINATION"
    case noStopsNearOriginAndDestination = "NO_STOPS_NEAR_ORIGIN_AND_DESTINATION"
    case tripTooShort = "TRIP_TOO_SHORT"
    /// No vehicle keeps the promise: at quoting (no offer), or at the dispatcher's decision (rejected).
    case fleetSaturated = "FLEET_SATURATED"
    // The service's rules refused the request before quoting.
    case invalidLoad = "INVALID_LOAD"
    case outOfServiceHours = "OUT_OF_SERVICE_HOURS"
    case timeTooFarFromNow = "TIME_TOO_FAR_FROM_NOW"
    case serviceClassesNotAllowed = "SERVICE_CLASSES_NOT_ALLOWED"
    case ongoingTrip = "ONGOING_TRIP"
    // The rider's choice, or an order the service refused at the call (after its token and owner checked out).
    case noAcceptableOffer = "NO_ACCEPTABLE_OFFER"
    case offerExpired = "OFFER_EXPIRED"
    // Later in a trip's life.
    case tripNotCancellable = "TRIP_NOT_CANCELLABLE"
    /// The vehicle broke down: riders on board, and riders no other vehicle could take over, are terminated.
    case vehicleBreakdown = "VEHICLE_BREAKDOWN"
    /// A prebooking beyond the hour's prebooking capacity (`dispatch.prebooking.capacityPerHour`): rejected at booking.
    case prebookingCapacityReached = "PREBOOKING_CAPACITY_REACHED"
    /// A prebooked trip that no vehicle could take when it was assigned (its promise could not be kept).
    case prebookingUnassignable = "PREBOOKING_UNASSIGNABLE"
}
