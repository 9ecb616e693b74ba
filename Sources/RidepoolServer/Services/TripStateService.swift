import GRPCCore
import RidepoolAPI

/// `moia.trip.state.v1.TripStateService` over a `SandboxBackend`; customer-scoped calls pass
/// the `customer-id` header on (the service layer answers its absence with `CUSTOMER_ID_MISSING`).
struct TripStateService: TripAPI.Service.ServiceProtocol, BackendResponder {
    let backend: any SandboxBackend
    let maxRequestBytes: Int

    func requestTripOffers(request: ServerRequest<TripAPI.RequestTripOffersRequest>, context: ServerContext)
        async throws -> ServerResponse<TripAPI.RequestTripOffersResponse>
    {
        await respond(request) { try await backend.requestTripOffers($0, customerID: $1) }
    }

    func orderTrip(request: ServerRequest<TripAPI.OrderTripRequest>, context: ServerContext) async throws
        -> ServerResponse<TripAPI.OrderTripResponse>
    {
        await respond(request) { try await backend.orderTrip($0, customerID: $1) }
    }

    func getTrip(request: ServerRequest<TripAPI.GetTripRequest>, context: ServerContext) async throws
        -> ServerResponse<TripAPI.GetTripResponse>
    {
        await respond(request) { try await backend.getTrip($0, customerID: $1) }
    }

    func cancelTripAsCustomer(request: ServerRequest<TripAPI.CancelTripAsCustomerRequest>, context: ServerContext)
        async throws -> ServerResponse<TripAPI.CancelTripAsCustomerResponse>
    {
        await respond(request) { try await backend.cancelTripAsCustomer($0, customerID: $1) }
    }

    func cancelTripAsIntegrator(request: ServerRequest<TripAPI.CancelTripAsIntegratorRequest>, context: ServerContext)
        async throws -> ServerResponse<TripAPI.CancelTripAsIntegratorResponse>
    {
        await respond(unscoped: request) { try await backend.cancelTripAsIntegrator($0) }
    }
}
