import GRPCCore
import GRPCProtobuf

/// An error the API answers with: a canonical code, a machine-readable reason, a developer-facing
/// message and the request fields at fault.
///
/// The service layer's `ServiceError` conforms; the gRPC adapter turns every such value into the
/// same status (`toRPCError()`), so Swift callers and gRPC clients see one contract.
public protocol SandboxError: Error {
    /// The gRPC canonical code's number (`3` is `INVALID_ARGUMENT`).
    var statusCodeValue: Int { get }
    /// UPPER_SNAKE_CASE (`OFFER_EXPIRED`).
    var reasonText: String { get }
    var messageText: String { get }
    /// (field as the API's JSON spells it, what is wrong with it).
    var violations: [(field: String, description: String)] { get }
}

/// The `ErrorInfo.domain` every reason is reported under.
public let sandboxErrorDomain = "ridepool"

extension SandboxError {
    /// The status a gRPC client sees: the code and message, and in the `grpc-status-details-bin`
    /// trailer a `google.rpc.Status` carrying `ErrorInfo{reason, domain}` and, when fields are at
    /// fault, `BadRequest{field_violations}`.
    public func toRPCError() -> RPCError {
        let code = RPCError.Code(Status.Code(rawValue: statusCodeValue) ?? .unknown) ?? .unknown
        var details: [ErrorDetails] = [.errorInfo(reason: reasonText, domain: sandboxErrorDomain)]
        if !violations.isEmpty {
            details.append(
                .badRequest(
                    violations: violations.map {
                        ErrorDetails.BadRequest.FieldViolation(field: $0.field, description: $0.description)
                    }))
        }
        let status = GoogleRPCStatus(code: code, message: messageText, details: details)
        return RPCError(code: code, message: messageText, metadata: status.rpcErrorMetadata)
    }
}

/// Maps whatever a handler threw to the status the client sees: API errors keep their code,
/// reason and field violations; `RPCError`s pass (`ErrorDetailsInterceptor` gives them a reason if
/// they have none); anything else is `INTERNAL` without internals.
func rpcError(for error: any Error) -> RPCError {
    switch error {
    case let e as any SandboxError: e.toRPCError()
    case let e as RPCError: e
    default:
        AdapterError(
            .internalError, reason: "INTERNAL_ERROR",
            "internal error in the sandbox: \(type(of: error))"
        ).toRPCError()
    }
}
