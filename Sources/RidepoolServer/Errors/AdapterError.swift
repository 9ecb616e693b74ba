import GRPCCore

/// An error of the adapter itself (a missing token, a request past the size bound): the service layer
/// never sees the call. Carries a reason like every other error (see `AdapterReason`).
public struct AdapterError: SandboxError, Sendable {
    public var statusCodeValue: Int
    public var reasonText: String
    public var messageText: String
    public var violations: [(field: String, description: String)]

    public init(
        _ code: RPCError.Code, reason: String, _ message: String,
        violations: [(field: String, description: String)] = []
    ) {
        statusCodeValue = code.rawValue; reasonText = reason; messageText = message; self.violations = violations
    }
}

/// The reasons the adapter answers with (the service layer's are `Service.ErrorReason`).
public enum AdapterReason {
    /// UNAUTHENTICATED: no `authorization` metadata, or not `Bearer <token>`.
    public static let accessTokenMissing = "ACCESS_TOKEN_MISSING"
    /// UNAUTHENTICATED: a bearer token that is not the sandbox's.
    public static let accessTokenInvalid = "ACCESS_TOKEN_INVALID"
    /// UNAUTHENTICATED: a token from `POST /auth/oauth/token` past its expiry.
    public static let accessTokenExpired = "ACCESS_TOKEN_EXPIRED"
    /// RESOURCE_EXHAUSTED: the request message is larger than the sandbox's bound (`--max-request-bytes`).
    public static let requestTooLarge = "REQUEST_TOO_LARGE"
    /// RESOURCE_EXHAUSTED: the sandbox is handling as many calls as it allows at once.
    public static let tooManyCallsInFlight = "TOO_MANY_CALLS_IN_FLIGHT"

    /// The reason of a status that grpc-swift produced itself (the bytes were no valid message, an
    /// unknown method, …), by its code; `ErrorDetailsInterceptor` attaches it.
    public static func forLibraryStatus(_ code: RPCError.Code) -> String {
        switch code {
        case .invalidArgument: "MALFORMED_REQUEST"
        case .unimplemented: "METHOD_NOT_IMPLEMENTED"
        case .internalError: "INTERNAL_ERROR"
        case .resourceExhausted: "RESOURCE_EXHAUSTED"
        case .unavailable: "UNAVAILABLE"
        case .deadlineExceeded: "DEADLINE_EXCEEDED"
        case .cancelled: "CANCELLED"
        case .notFound: "NOT_FOUND"
        case .unauthenticated: "UNAUTHENTICATED"
        case .permissionDenied: "PERMISSION_DENIED"
        default: "UNKNOWN"
        }
    }
}
