import GRPCCore

/// Answers one unary call: runs `body`, adds the `ridepool-sim-time` header, and turns whatever
/// it threw into the status the client sees (`rpcError(for:)`).
func respond<Request: Sendable, Response: Sendable>(
    _ request: ServerRequest<Request>, backend: any SandboxBackend,
    _ body: (Request, _ customerID: String?) async throws -> Response
) async -> ServerResponse<Response> {
    let customerID = request.metadata[stringValues: "customer-id"].first(where: { _ in true })
    do {
        let message = try await body(request.message, customerID)
        var metadata = Metadata()
        metadata.addString(await backend.simulatedNow(), forKey: "ridepool-sim-time")
        return ServerResponse(message: message, metadata: metadata)
    } catch {
        return ServerResponse(error: rpcError(for: error))
    }
}
