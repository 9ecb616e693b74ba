/// Every error the service answers with: a canonical code, its reason, a developer-facing message and
/// the fields at fault.
///
/// The same value maps one to one onto a gRPC status (code, message, `ErrorInfo{reason, domain}`,
/// `BadRequest{field_violations}`), so Swift callers and gRPC clients see the same contract. Every
/// error has a reason (AIP-193: `ErrorInfo` on every failure).
public struct ServiceError: Error, Hashable, Sendable, CustomStringConvertible {
    public var code: StatusCode
    /// The machine-readable reason (`ErrorInfo.reason`).
    public var reason: ErrorReason
    /// For developers: what went wrong and how to fix it. Never shown to riders as is.
    public var message: String
    /// One entry per bad request field, all of them at once.
    public var fieldViolations: [FieldViolation]

    /// The `ErrorInfo` domain the gRPC adapter reports reasons under.
    public static let domain = "ridepool"

    /// An error with a reason; the code is the reason's.
    public init(_ reason: ErrorReason, _ message: String, fieldViolations: [FieldViolation] = []) {
        code = reason.code; self.reason = reason; self.message = message; self.fieldViolations = fieldViolations
    }

    /// `INVALID_ARGUMENT` for malformed request fields: `INVALID_FIELDS` unless a more specific reason is given.
    public static func invalidArgument(
        _ message: String, _ violations: [FieldViolation],
        reason: ErrorReason = .invalidFields
    ) -> ServiceError {
        precondition(reason.code == .invalidArgument, "\(reason) is not an INVALID_ARGUMENT reason")
        return ServiceError(reason, message, fieldViolations: violations)
    }

    /// `NOT_FOUND` (`reason`: `CUSTOMER_NOT_FOUND`, `TRIP_NOT_FOUND`) for the `what` with this id.
    public static func notFound(_ reason: ErrorReason, _ what: String, id: String) -> ServiceError {
        precondition(reason.code == .notFound, "\(reason) is not a NOT_FOUND reason")
        return ServiceError(
            reason,
            "no \(what) with id \"\(id)\"; use the id that created it returned (deleted ones are gone)")
    }

    /// The field names at fault, in the order reported.
    public var violatingFields: [String] { fieldViolations.map(\.field) }

    /// `INVALID_ARGUMENT (REASON): message [field: what is wrong; …]`.
    public var description: String {
        var text = code.name + " (\(reason.rawValue)): " + message
        if !fieldViolations.isEmpty {
            text += " [" + fieldViolations.map { "\($0.field): \($0.description)" }.joined(separator: "; ") + "]"
        }
        return text
    }
}
