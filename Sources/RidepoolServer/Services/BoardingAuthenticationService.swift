import GRPCCore
import RidepoolAPI

/// `moia.trip.boardingauthentication.v1.BoardingAuthenticationService` over a `SandboxBackend`: the rider
/// (the `customer-id` header) authenticates at the autonomous vehicle waiting at the pickup.
struct BoardingAuthenticationService: BoardingAuthenticationAPI.Service.ServiceProtocol, BackendResponder {
    let backend: any SandboxBackend
    let maxRequestBytes: Int

    func completeBoardingAuthentication(
        request: ServerRequest<BoardingAuthenticationAPI.CompleteBoardingAuthenticationRequest>, context: ServerContext
    ) async throws -> ServerResponse<BoardingAuthenticationAPI.CompleteBoardingAuthenticationResponse> {
        await respond(request) { try await backend.completeBoardingAuthentication($0, customerID: $1) }
    }
}
