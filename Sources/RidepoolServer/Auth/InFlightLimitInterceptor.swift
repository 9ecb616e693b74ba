import GRPCCore
import Synchronization

/// Bounds the number of calls being handled at once across all connections: a call beyond the
/// bound is answered `RESOURCE_EXHAUSTED` at once (the client may retry), so a flood of clients
/// costs them their calls, not the server its memory.
final class InFlightLimitInterceptor: ServerInterceptor {
    let limit: Int
    private let inFlight = Atomic<Int>(0)

    init(limit: Int) { self.limit = limit }

    func intercept<Input: Sendable, Output: Sendable>(
        request: StreamingServerRequest<Input>, context: ServerContext,
        next: @Sendable (StreamingServerRequest<Input>, ServerContext) async throws -> StreamingServerResponse<Output>
    ) async throws -> StreamingServerResponse<Output> {
        // Health and reflection calls (Watch streams live long) do not count; the API's calls do.
        guard !BearerTokenInterceptor.openServices.contains(context.descriptor.service.fullyQualifiedService) else {
            return try await next(request, context)
        }
        let now = inFlight.add(1, ordering: .relaxed).newValue
        defer { inFlight.subtract(1, ordering: .relaxed) }
        guard now <= limit else {
            return StreamingServerResponse(
                error: AdapterError(
                    .resourceExhausted, reason: AdapterReason.tooManyCallsInFlight,
                    "the sandbox is handling \(limit) calls already; retry shortly"
                ).toRPCError())
        }
        return try await next(request, context)
    }
}
