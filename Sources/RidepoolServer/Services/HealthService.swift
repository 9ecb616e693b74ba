import GRPCCore
import RidepoolAPI
import Synchronization

/// The standard gRPC health service (`grpc.health.v1.Health`): every service of the sandbox is
/// SERVING while the server runs and NOT_SERVING once it shuts down; the empty name stands for
/// the server as a whole.
struct HealthService: Grpc_Health_V1_Health.SimpleServiceProtocol {
    typealias Status = Grpc_Health_V1_HealthCheckResponse.ServingStatus
    let services: [String]
    let state: HealthState

    func check(request: Grpc_Health_V1_HealthCheckRequest, context: ServerContext) async throws
        -> Grpc_Health_V1_HealthCheckResponse
    {
        guard request.service.isEmpty || services.contains(request.service) else {
            throw RPCError(code: .notFound, message: "unknown service \"\(request.service)\"")
        }
        return .with { $0.status = state.status }
    }

    func list(request: Grpc_Health_V1_HealthListRequest, context: ServerContext) async throws
        -> Grpc_Health_V1_HealthListResponse
    {
        let status = state.status
        return .with { response in
            for name in [""] + services { response.statuses[name] = .with { $0.status = status } }
        }
    }

    func watch(
        request: Grpc_Health_V1_HealthCheckRequest, response: RPCWriter<Grpc_Health_V1_HealthCheckResponse>,
        context: ServerContext
    ) async throws {
        guard request.service.isEmpty || services.contains(request.service) else {
            try await response.write(.with { $0.status = .serviceUnknown })
            return
        }
        try await response.write(.with { $0.status = state.status })
        // The only change a running sandbox makes: SERVING to NOT_SERVING when it shuts down.
        try await state.waitUntilNotServing()
        try await response.write(.with { $0.status = .notServing })
    }
}

/// Whether the sandbox is serving, shared by the health service and the server's lifecycle.
final class HealthState: Sendable {
    private let serving = Atomic<Bool>(true)

    var isServing: Bool { serving.load(ordering: .acquiring) }
    var status: Grpc_Health_V1_HealthCheckResponse.ServingStatus { isServing ? .serving : .notServing }

    /// Turns every service to NOT_SERVING (the sandbox is shutting down).
    func markNotServing() { serving.store(false, ordering: .releasing) }

    /// Returns once the sandbox no longer serves; throws `CancellationError` when the watcher goes away.
    func waitUntilNotServing() async throws {
        while isServing { try await Task.sleep(for: .milliseconds(200)) }
    }
}
