/// Every error the service answers with: a canonical code, an optional reason, a developer-facing
/// message and the fields at fault.
///
/// The same value maps one to one onto a gRPC status later (code, message, `ErrorInfo{reason, domain}`,
/// `BadRequest{field_violations}`), so Swift callers and gRPC clients see the same contract.
public struct ServiceError: Error, Hashable, Sendable, CustomStringConvertible {
    public var code: StatusCode
    /// The machine-readable reason; nil for plain errors (a malformed field, an unknown id).
    public var reason: ErrorReason?
    /// For developers: what went wrong and how to fix it. Never shown to riders as is.
    public var message: String
    /// One entry per bad request field, all of them at once.
    public var fieldViolations: [FieldViolation]

    /// The `ErrorInfo` domain the gRPC adapter reports reasons under.
    public static let domain = "ridepool"

    public init(code: StatusCode, reason: ErrorReason?, message: String, fieldViolations: [FieldViolation] = []) {
        self.code = code; self.reason = reason; self.message = message; self.fieldViolations = fieldViolations
    }

    /// An error with a reason; the code is the reason's.
    public init(_ reason: ErrorReason, _ message: String, fieldViolations: [FieldViolation] = []) {
        self.init(code: reason.code, reason: reason, message: message, fieldViolations: fieldViolations)
    }

    /// `INVALID_ARGUMENT` without a reason: the request's fields are malformed.
    public static func invalidArgument(_ message: String, _ violations: [FieldViolation]) -> ServiceError {
        ServiceError(code: .invalidArgument, reason: nil, message: message, fieldViolations: violations)
    }

    /// `NOT_FOUND` for the `what` (`customer`, `trip`) with this id.
    public static func notFound(_ what: String, id: String) -> ServiceError {
        ServiceError(code: .notFound, reason: nil,
                     message: "no \(what) with id \"\(id)\"; use the id that created it returned (deleted ones are gone)")
    }

    /// The field names at fault, in the order reported.
    public var violatingFields: [String] { fieldViolations.map(\.field) }

    /// `INVALID_ARGUMENT (REASON): message [field: what is wrong; …]`.
    public var description: String {
        var text = code.name
        if let reason { text += " (\(reason.rawValue))" }
        text += ": " + message
        if !fieldViolations.isEmpty {
            text += " [" + fieldViolations.map { "\($0.field): \($0.description)" }.joined(separator: "; ") + "]"
        }
        return text
    }
}
