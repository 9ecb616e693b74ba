import GRPCCore
import SwiftProtobuf

/// A gRPC service whose every call answers through `respond` over one backend and one size bound.
protocol BackendResponder {
    var backend: any SandboxBackend { get }
    /// Larger request messages are `RESOURCE_EXHAUSTED` / `REQUEST_TOO_LARGE` (see `respond`).
    var maxRequestBytes: Int { get }
}

extension BackendResponder {
    /// Answers one unary call: checks the request's size against the sandbox's bound, runs `body`
    /// (with the `customer-id` header, if any), adds the `ridepool-sim-time` header, and turns whatever
    /// it threw into the status the client sees (`rpcError(for:)`).
    ///
    /// The size bound: the transport takes messages up to `SandboxConfiguration.transportMaxRequestBytes`
    /// (beyond that it resets the stream, the only answer it has); up to there, a message larger than
    /// `maxRequestBytes` is answered here with `RESOURCE_EXHAUSTED` / `REQUEST_TOO_LARGE` and a message.
    func respond<Request: SwiftProtobuf.Message, Response: Sendable>(
        _ request: ServerRequest<Request>, _ body: (Request, _ customerID: String?) async throws -> Response
    ) async -> ServerResponse<Response> {
        let customerID = request.metadata[stringValues: "customer-id"].first(where: { _ in true })
        do {
            let size = (try? request.message.serializedBytes() as [UInt8])?.count ?? 0
            guard size <= maxRequestBytes else {
                throw AdapterError(
                    .resourceExhausted, reason: AdapterReason.requestTooLarge,
                    "the request message is \(size) bytes; the sandbox takes at most \(maxRequestBytes)")
            }
            let message = try await body(request.message, customerID)
            var metadata = Metadata()
            metadata.addString(await backend.simulatedNow(), forKey: "ridepool-sim-time")
            return ServerResponse(message: message, metadata: metadata)
        } catch {
            return ServerResponse(error: rpcError(for: error))
        }
    }

    /// `respond` for a call that is not scoped to a customer (the header is not read).
    func respond<Request: SwiftProtobuf.Message, Response: Sendable>(
        unscoped request: ServerRequest<Request>, _ body: (Request) async throws -> Response
    ) async -> ServerResponse<Response> {
        await respond(request) { message, _ in try await body(message) }
    }
}
