import GRPCCore
import RidepoolAPI

/// `moia.trip.state.v1.TripStateService` over a `SandboxBackend`; customer-scoped calls pass
/// the `customer-id` header on (the service layer answers its absence with `CUSTOMER_ID_MISSING`).
struct TripStateService: TripAPI.Service.ServiceProtocol {
    let backend: any SandboxBackend
    /// Larger request messages are `RESOURCE_EXHAUSTED` / `REQUEST_TOO_LARGE` (see `respond`).
    let maxRequestBytes: Int

    func requestTripOffers(request: ServerRequest<TripAPI.RequestTripOffersRequest>, context: ServerContext)
        async throws -> ServerResponse<TripAPI.RequestTripOffersResponse> {
        await respond(request, backend: backend, maxRequestBytes: maxRequestBytes) { try await backend.requestTripOffers($0, customerID: $1) }
    }

    func orderTrip(request: ServerRequest<TripAPI.OrderTripRequest>, context: ServerContext) async throws
        -> ServerResponse<TripAPI.OrderTripResponse> {
        await respond(request, backend: backend, maxRequestBytes: maxRequestBytes) { try await backend.orderTrip($0, customerID: $1) }
    }

    func getTrip(request: ServerRequest<TripAPI.GetTripRequest>, context: ServerContext) async throws
        -> ServerResponse<TripAPI.GetTripResponse> {
        await respond(request, backend: backend, maxRequestBytes: maxRequestBytes) { try await backend.getTrip($0, customerID: $1) }
    }

    func cancelTripAsCustomer(request: ServerRequest<TripAPI.CancelTripAsCustomerRequest>, context: ServerContext)
        async throws -> ServerResponse<TripAPI.CancelTripAsCustomerResponse> {
        await respond(request, backend: backend, maxRequestBytes: maxRequestBytes) { try await backend.cancelTripAsCustomer($0, customerID: $1) }
    }

    func cancelTripAsIntegrator(request: ServerRequest<TripAPI.CancelTripAsIntegratorRequest>, context: ServerContext)
        async throws -> ServerResponse<TripAPI.CancelTripAsIntegratorResponse> {
        await respond(request, backend: backend, maxRequestBytes: maxRequestBytes) { message, _ in try await backend.cancelTripAsIntegrator(message) }
    }
}
