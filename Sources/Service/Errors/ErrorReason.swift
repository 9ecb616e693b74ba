/// The machine-readable reason of an error (the `reason` of gRPC's `ErrorInfo`), as issue 4 lists them.
///
/// The raw value is the wire spelling (UPPER_SNAKE_CASE); every reason belongs to one canonical code.
public enum ErrorReason: String, Sendable, Hashable, CaseIterable {
    case customerIDMissing = "CUSTOMER_ID_MISSING"
    case customerUnauthenticated = "CUSTOMER_UNAUTHENTICATED"
    case customerUnauthorized = "CUSTOMER_UNAUTHORIZED"
    case serviceClassesNotAllowed = "SERVICE_CLASSES_NOT_ALLOWED"
    case invalidLoad = "INVALID_LOAD"
    case outOfServiceArea = "OUT_OF_SERVICE_AREA"
    case outOfServiceHours = "OUT_OF_SERVICE_HOURS"
    case invalidLocation = "INVALID_LOCATION"
    case missingTime = "MISSING_TIME"
    case timeTooFarFromNow = "TIME_TOO_FAR_FROM_NOW"
    case fleetSaturated = "FLEET_SATURATED"
    case noStopsNearOrigin = "NO_STOPS_NEAR_ORIGIN"
    case noStopsNearDestination = "NO_STOPS_NEAR_DESTINATION"
    case noStopsNearOriginAndDestination = "NO_STOPS_NEAR_ORIGIN_AND_DESTINATION"
    case tripTooShort = "TRIP_TOO_SHORT"
    case ongoingTrip = "ONGOING_TRIP"
    case offerExpired = "OFFER_EXPIRED"
    case offerAlreadyOrdered = "OFFER_ALREADY_ORDERED"
    case tripNotCancellable = "TRIP_NOT_CANCELLABLE"

    /// The canonical code issue 4 gives this reason.
    public var code: StatusCode {
        switch self {
        case .customerIDMissing, .customerUnauthenticated, .customerUnauthorized, .serviceClassesNotAllowed:
            .permissionDenied
        case .invalidLoad, .outOfServiceArea, .outOfServiceHours, .invalidLocation, .missingTime,
             .timeTooFarFromNow:
            .invalidArgument
        case .fleetSaturated, .noStopsNearOrigin, .noStopsNearDestination, .noStopsNearOriginAndDestination,
             .tripTooShort, .ongoingTrip, .offerExpired, .offerAlreadyOrdered, .tripNotCancellable:
            .failedPrecondition
        }
    }
}
