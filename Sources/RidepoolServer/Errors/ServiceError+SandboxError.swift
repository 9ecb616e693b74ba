import Service

/// The service layer's errors reach gRPC clients with exactly their code, reason and field violations.
extension ServiceError: SandboxError {
    public var statusCodeValue: Int { code.rawValue }
    public var reasonText: String { reason.rawValue }
    public var messageText: String { message }
    public var violations: [(field: String, description: String)] { fieldViolations.map { ($0.field, $0.description) } }
}
