import GRPCCore

/// An error of the adapter itself (a missing header, a malformed request the service layer never sees).
public struct AdapterError: SandboxError, Sendable {
    public var statusCodeValue: Int
    public var reasonText: String?
    public var messageText: String
    public var violations: [(field: String, description: String)]

    public init(_ code: RPCError.Code, reason: String? = nil, _ message: String,
                violations: [(field: String, description: String)] = []) {
        statusCodeValue = code.rawValue; reasonText = reason; messageText = message; self.violations = violations
    }
}
