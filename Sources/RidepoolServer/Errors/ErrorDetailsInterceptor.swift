import GRPCCore
import GRPCProtobuf

/// Makes sure every non-OK status carries `google.rpc.ErrorInfo` (AIP-193): a status that grpc-swift
/// produced itself (bytes that are no valid message, an unknown method) or that a handler threw without
/// details gets `ErrorInfo{reason, domain}` with a reason by its code (`AdapterReason.forLibraryStatus`).
/// Statuses that already carry a `google.rpc.Status` pass unchanged. The outermost interceptor.
struct ErrorDetailsInterceptor: ServerInterceptor {
    func intercept<Input: Sendable, Output: Sendable>(
        request: StreamingServerRequest<Input>, context: ServerContext,
        next: @Sendable (StreamingServerRequest<Input>, ServerContext) async throws -> StreamingServerResponse<Output>
    ) async throws -> StreamingServerResponse<Output> {
        do {
            var response = try await next(request, context)
            if case .failure(let error) = response.accepted {
                response.accepted = .failure(Self.withDetails(error))
            }
            return response
        } catch {
            return StreamingServerResponse(error: Self.withDetails(error as? RPCError ?? rpcError(for: error)))
        }
    }

    /// `error` if it carries a `google.rpc.Status`; otherwise the same code and message with one
    /// holding `ErrorInfo` (the original metadata kept).
    static func withDetails(_ error: RPCError) -> RPCError {
        if let status = try? error.unpackGoogleRPCStatus(), !status.details.isEmpty { return error }
        let status = GoogleRPCStatus(
            code: error.code, message: error.message,
            details: [
                .errorInfo(reason: AdapterReason.forLibraryStatus(error.code), domain: sandboxErrorDomain)
            ])
        var enriched = error
        enriched.metadata.add(contentsOf: status.rpcErrorMetadata)
        return enriched
    }
}
