import Service
import Testing

/// The error values: codes, reasons and how they read.
@Suite("Service errors")
struct ServiceErrorTests {
    @Test(
        "each reason carries the canonical code issue 4 and the documents give it",
        arguments: [
            (ErrorReason.customerIDMissing, StatusCode.permissionDenied), (.customerUnauthenticated, .permissionDenied),
            (.customerUnauthorized, .permissionDenied), (.serviceClassesNotAllowed, .permissionDenied),
            (.invalidLoad, .invalidArgument), (.outOfServiceArea, .invalidArgument),
            (.outOfServiceHours, .invalidArgument),
            (.invalidLocation, .invalidArgument), (.missingTime, .invalidArgument),
            (.timeTooFarFromNow, .invalidArgument),
            (.tripTooShort, .invalidArgument), (.invalidOfferToken, .invalidArgument),
            (.invalidFields, .invalidArgument),
            (.invalidEmailAddress, .invalidArgument), (.invalidPhoneNumber, .invalidArgument),
            (.invalidGivenName, .invalidArgument), (.invalidFamilyName, .invalidArgument),
            (.invalidName, .invalidArgument),
            (.invalidLanguageCode, .invalidArgument), (.invalidExternalCustomerID, .invalidArgument),
            (.invalidCustomer, .invalidArgument), (.invalidPageSize, .invalidArgument),
            (.invalidPageToken, .invalidArgument),
            (.invalidFlag, .invalidArgument), (.readOnlyFlag, .invalidArgument),
            (.customerNotFound, .notFound), (.tripNotFound, .notFound), (.serviceAreaNotFound, .notFound),
            (.fleetSaturated, .failedPrecondition), (.noStopsNearOrigin, .failedPrecondition),
            (.noStopsNearDestination, .failedPrecondition), (.noStopsNearOriginAndDestination, .failedPrecondition),
            (.ongoingTrip, .failedPrecondition), (.offerExpired, .failedPrecondition),
            (.offerAlreadyOrdered, .failedPrecondition), (.tripNotCancellable, .failedPrecondition),
            (.tripNotReadyForBoardingAuthentication, .failedPrecondition), (.noAcceptableOffer, .failedPrecondition),
            (.vehicleBreakdown, .failedPrecondition),
            (.prebookingCapacityReached, .failedPrecondition), (.prebookingUnassignable, .failedPrecondition),
            // The customer extension's (ours).
            (.invalidTag, .invalidArgument), (.invalidAccount, .invalidArgument),
            (.invalidDepartment, .invalidArgument), (.invalidSavedAddress, .invalidArgument),
            (.noCurrentTrip, .notFound), (.accountNotFound, .notFound), (.savedAddressNotFound, .notFound),
            (.accountNotAllowed, .permissionDenied), (.tagLimitReached, .failedPrecondition),
            (.savedAddressLimitReached, .failedPrecondition), (.accountLimitReached, .failedPrecondition)
        ])
    func reasonCode(reason: ErrorReason, code: StatusCode) {
        #expect(reason.code == code)
        let error = ServiceError(reason, "m")
        #expect(error.code == code && error.reason == reason)
    }

    @Test("the table above covers every reason, and raw values are the UPPER_SNAKE spelling of the case name")
    func reasonSpelling() {
        #expect(ErrorReason.allCases.count == 52)
        for reason in ErrorReason.allCases {
            let name = String(describing: reason).replacing("ID", with: "Id")
            #expect(reason.rawValue == name.replacing(/([a-z])([A-Z])/) { "\($0.1)_\($0.2)" }.uppercased())
        }
    }

    @Test(
        "status codes have gRPC's numbers and names",
        arguments: [
            (StatusCode.ok, 0, "OK"), (.cancelled, 1, "CANCELLED"), (.invalidArgument, 3, "INVALID_ARGUMENT"),
            (.notFound, 5, "NOT_FOUND"), (.permissionDenied, 7, "PERMISSION_DENIED"),
            (.failedPrecondition, 9, "FAILED_PRECONDITION"), (.internalError, 13, "INTERNAL"),
            (.unauthenticated, 16, "UNAUTHENTICATED")
        ])
    func statusCodes(code: StatusCode, number: Int, name: String) {
        #expect(code.rawValue == number && code.name == name)
    }

    @Test("every status code's name is distinct and UPPER_SNAKE")
    func statusNames() {
        #expect(StatusCode.allCases.count == 17)
        #expect(Set(StatusCode.allCases.map(\.name)).count == 17)
        #expect(StatusCode.allCases.allSatisfy { $0.name.allSatisfy { $0.isUppercase || $0 == "_" } })
    }

    @Test(
        "the helpers build INVALID_ARGUMENT (INVALID_FIELDS unless told) and NOT_FOUND with reasons; the description names code, reason and fields"
    )
    func helpers() {
        let bad = ServiceError.invalidArgument("bad", [FieldViolation(field: "page_size", description: "too small")])
        #expect(bad.code == .invalidArgument && bad.reason == .invalidFields && bad.violatingFields == ["page_size"])
        #expect(bad.description == "INVALID_ARGUMENT (INVALID_FIELDS): bad [page_size: too small]")
        let size = ServiceError.invalidArgument("bad", [], reason: .invalidPageSize)
        #expect(size.code == .invalidArgument && size.reason == .invalidPageSize)
        let missing = ServiceError.notFound(.customerNotFound, "customer", id: "abc")
        #expect(missing.code == .notFound && missing.reason == .customerNotFound && missing.message.contains("abc"))
        #expect(
            ErrorReason.allCases.allSatisfy { r in
                r.rawValue.count <= 63 && r.rawValue.first!.isUppercase
                    && r.rawValue.allSatisfy { $0.isUppercase || $0.isNumber || $0 == "_" }
            })
        #expect(ServiceError(.offerExpired, "late").description == "FAILED_PRECONDITION (OFFER_EXPIRED): late")
        #expect(ServiceError.domain == "ridepool")
    }
}
