import GRPCCore
import RidepoolAPI

/// `moia.trip.servicearea.v1.ServiceAreaService` over a `SandboxBackend` (integrator-scoped: the
/// `customer-id` header is not read).
struct ServiceAreaService: ServiceAreaAPI.Service.ServiceProtocol, BackendResponder {
    let backend: any SandboxBackend
    let maxRequestBytes: Int

    func getServiceArea(request: ServerRequest<ServiceAreaAPI.GetServiceAreaRequest>, context: ServerContext)
        async throws -> ServerResponse<ServiceAreaAPI.GetServiceAreaResponse>
    {
        await respond(unscoped: request) { try await backend.getServiceArea($0) }
    }

    func listServiceAreas(request: ServerRequest<ServiceAreaAPI.ListServiceAreasRequest>, context: ServerContext)
        async throws -> ServerResponse<ServiceAreaAPI.ListServiceAreasResponse>
    {
        await respond(unscoped: request) { try await backend.listServiceAreas($0) }
    }

    func listServiceHours(request: ServerRequest<ServiceAreaAPI.ListServiceHoursRequest>, context: ServerContext)
        async throws -> ServerResponse<ServiceAreaAPI.ListServiceHoursResponse>
    {
        await respond(unscoped: request) { try await backend.listServiceHours($0) }
    }
}
