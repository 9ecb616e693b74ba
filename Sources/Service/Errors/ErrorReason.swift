/// The machine-readable reason of an error (the `reason` of gRPC's `ErrorInfo`): every error has one.
///
/// The raw value is the wire spelling (UPPER_SNAKE_CASE); every reason belongs to one canonical code.
/// Reasons the public documents name keep their names (issue 4, the notes' tables); the others are
/// ridepool's, chosen after the same pattern (docs/api-errors.md lists them all, per RPC).
public enum ErrorReason: String, Sendable, Hashable, CaseIterable {
    // PERMISSION_DENIED
    case customerIDMissing = "CUSTOMER_ID_MISSING"
    case customerUnauthenticated = "CUSTOMER_UNAUTHENTICATED"
    case customerUnauthorized = "CUSTOMER_UNAUTHORIZED"
    case serviceClassesNotAllowed = "SERVICE_CLASSES_NOT_ALLOWED"
    // INVALID_ARGUMENT: trips
    case invalidLoad = "INVALID_LOAD"
    /// INVALID_ARGUMENT as the notes give it (v1beta4; the v1 list was cut off there).
    case tripTooShort = "TRIP_TOO_SHORT"
    case outOfServiceArea = "OUT_OF_SERVICE_AREA"
    case outOfServiceHours = "OUT_OF_SERVICE_HOURS"
    case invalidLocation = "INVALID_LOCATION"
    case missingTime = "MISSING_TIME"
    case timeTooFarFromNow = "TIME_TOO_FAR_FROM_NOW"
    case invalidOfferToken = "INVALID_OFFER_TOKEN"
    /// Malformed request fields with no more specific reason (unknown enum values, invalid timestamps,
    /// over-long texts, numbers out of range): the field violations say which.
    case invalidFields = "INVALID_FIELDS"
    // INVALID_ARGUMENT: customers (the documented per-field reasons; several fields at once: INVALID_CUSTOMER)
    case invalidEmailAddress = "INVALID_EMAIL_ADDRESS"
    case invalidPhoneNumber = "INVALID_PHONE_NUMBER"
    case invalidGivenName = "INVALID_GIVEN_NAME"
    case invalidFamilyName = "INVALID_FAMILY_NAME"
    case invalidName = "INVALID_NAME"
    case invalidLanguageCode = "INVALID_LANGUAGE_CODE"
    case invalidExternalCustomerID = "INVALID_EXTERNAL_CUSTOMER_ID"
    case invalidCustomer = "INVALID_CUSTOMER"
    // INVALID_ARGUMENT: paging and flags
    case invalidPageSize = "INVALID_PAGE_SIZE"
    case invalidPageToken = "INVALID_PAGE_TOKEN"
    case invalidFlag = "INVALID_FLAG"
    case readOnlyFlag = "READ_ONLY_FLAG"
    // INVALID_ARGUMENT: the customer extension (ours)
    case invalidTag = "INVALID_TAG"
    case invalidAccount = "INVALID_ACCOUNT"
    case invalidDepartment = "INVALID_DEPARTMENT"
    case invalidSavedAddress = "INVALID_SAVED_ADDRESS"
    // NOT_FOUND
    case customerNotFound = "CUSTOMER_NOT_FOUND"
    case tripNotFound = "TRIP_NOT_FOUND"
    case serviceAreaNotFound = "SERVICE_AREA_NOT_FOUND"
    // NOT_FOUND: the customer extension (ours)
    case noCurrentTrip = "NO_CURRENT_TRIP"
    case accountNotFound = "ACCOUNT_NOT_FOUND"
    case savedAddressNotFound = "SAVED_ADDRESS_NOT_FOUND"
    // PERMISSION_DENIED: the customer extension (ours)
    case accountNotAllowed = "ACCOUNT_NOT_ALLOWED"
    // FAILED_PRECONDITION
    case fleetSaturated = "FLEET_SATURATED"
    case noStopsNearOrigin = "NO_STOPS_NEAR_ORIGIN"
    case noStopsNearDestination = "NO_STOPS_NEAR_DESTINATION"
    case noStopsNearOriginAndDestination = "NO_STOPS_NEAR_ORIGIN_AND_DESTINATION"
    case ongoingTrip = "ONGOING_TRIP"
    case offerExpired = "OFFER_EXPIRED"
    case offerAlreadyOrdered = "OFFER_ALREADY_ORDERED"
    case tripNotCancellable = "TRIP_NOT_CANCELLABLE"
    /// `CompleteBoardingAuthentication` on a trip whose vehicle is not waiting for it.
    case tripNotReadyForBoardingAuthentication = "TRIP_NOT_READY_FOR_BOARDING_AUTHENTICATION"
    // Reasons of the run that are not call errors (a rider's decline, a terminated ride): named the same
    // way so that every reason of the log has its API spelling.
    case noAcceptableOffer = "NO_ACCEPTABLE_OFFER"
    case vehicleBreakdown = "VEHICLE_BREAKDOWN"
    case prebookingCapacityReached = "PREBOOKING_CAPACITY_REACHED"
    case prebookingUnassignable = "PREBOOKING_UNASSIGNABLE"
    // FAILED_PRECONDITION: the customer extension's limits per customer (ours)
    case tagLimitReached = "TAG_LIMIT_REACHED"
    case savedAddressLimitReached = "SAVED_ADDRESS_LIMIT_REACHED"
    case accountLimitReached = "ACCOUNT_LIMIT_REACHED"

    /// The canonical code this reason comes with.
    public var code: StatusCode {
        switch self {
        case .customerIDMissing, .customerUnauthenticated, .customerUnauthorized, .serviceClassesNotAllowed,
            .accountNotAllowed:
            .permissionDenied
        case .invalidLoad, .outOfServiceArea, .outOfServiceHours, .invalidLocation, .missingTime,
            .timeTooFarFromNow, .invalidOfferToken, .invalidFields, .invalidEmailAddress, .invalidPhoneNumber,
            .invalidGivenName, .invalidFamilyName, .invalidName, .invalidLanguageCode, .invalidExternalCustomerID,
            .invalidCustomer, .invalidPageSize, .invalidPageToken, .invalidFlag, .readOnlyFlag, .tripTooShort,
            .invalidTag, .invalidAccount, .invalidDepartment, .invalidSavedAddress:
            .invalidArgument
        case .customerNotFound, .tripNotFound, .serviceAreaNotFound, .noCurrentTrip, .accountNotFound,
            .savedAddressNotFound:
            .notFound
        case .fleetSaturated, .noStopsNearOrigin, .noStopsNearDestination, .noStopsNearOriginAndDestination,
            .ongoingTrip, .offerExpired, .offerAlreadyOrdered, .tripNotCancellable,
            .tripNotReadyForBoardingAuthentication,
            .noAcceptableOffer, .vehicleBreakdown, .prebookingCapacityReached, .prebookingUnassignable,
            .tagLimitReached, .savedAddressLimitReached, .accountLimitReached:
            .failedPrecondition
        }
    }
}
