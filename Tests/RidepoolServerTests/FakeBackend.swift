import GRPCCore
import RidepoolServer

/// A backend that answers the customer calls from fixed data and fails every trip call with a
/// given API error: enough to test the adapter (auth, errors, limits) without a simulation.
struct FakeBackend: SandboxBackend {
    var tripError = AdapterError(
        .failedPrecondition, reason: "OFFER_EXPIRED", "the offer expired at 08:00:00",
        violations: [(field: "offer_token", description: "expired")])

    func getCustomer(_ r: CustomerAPI.GetCustomerRequest) async throws -> CustomerAPI.GetCustomerResponse {
        guard r.id == "c1" else {
            throw AdapterError(.notFound, reason: "CUSTOMER_NOT_FOUND", "no customer with id \"\(r.id)\"")
        }
        return .with {
            $0.customer = .with {
                $0.id = "c1"; $0.givenName = "Test"
            }
        }
    }
    func listCustomers(_ r: CustomerAPI.ListCustomersRequest) async throws -> CustomerAPI.ListCustomersResponse {
        .init()
    }
    func createCustomer(_ r: CustomerAPI.CreateCustomerRequest) async throws -> CustomerAPI.CreateCustomerResponse {
        .with {
            $0.customer = .with {
                $0.id = "c1"; $0.emailAddress = r.emailAddress
            }
        }
    }
    func updateCustomer(_ r: CustomerAPI.UpdateCustomerRequest) async throws -> CustomerAPI.UpdateCustomerResponse {
        .with { $0.customer = r.customer }
    }
    func deleteCustomer(_ r: CustomerAPI.DeleteCustomerRequest) async throws -> CustomerAPI.DeleteCustomerResponse {
        .init()
    }
    func listCustomerFlags(_ r: CustomerAPI.ListCustomerFlagsRequest) async throws
        -> CustomerAPI.ListCustomerFlagsResponse
    { .init() }
    func addCustomerFlag(_ r: CustomerAPI.AddCustomerFlagRequest) async throws -> CustomerAPI.AddCustomerFlagResponse {
        .init()
    }
    func removeCustomerFlag(_ r: CustomerAPI.RemoveCustomerFlagRequest) async throws
        -> CustomerAPI.RemoveCustomerFlagResponse
    { .init() }
    func requestTripOffers(_ r: TripAPI.RequestTripOffersRequest, customerID: String?) async throws
        -> TripAPI.RequestTripOffersResponse
    { throw tripError }
    func orderTrip(_ r: TripAPI.OrderTripRequest, customerID: String?) async throws -> TripAPI.OrderTripResponse {
        throw tripError
    }
    func getTrip(_ r: TripAPI.GetTripRequest, customerID: String?) async throws -> TripAPI.GetTripResponse {
        throw tripError
    }
    func cancelTripAsCustomer(_ r: TripAPI.CancelTripAsCustomerRequest, customerID: String?) async throws
        -> TripAPI.CancelTripAsCustomerResponse
    { throw tripError }
    func cancelTripAsIntegrator(_ r: TripAPI.CancelTripAsIntegratorRequest) async throws
        -> TripAPI.CancelTripAsIntegratorResponse
    { throw tripError }
    func getServiceArea(_ r: ServiceAreaAPI.GetServiceAreaRequest) async throws
        -> ServiceAreaAPI.GetServiceAreaResponse
    { throw AdapterError(.notFound, reason: "SERVICE_AREA_NOT_FOUND", "no service area with id \"\(r.id)\"") }
    func listServiceAreas(_ r: ServiceAreaAPI.ListServiceAreasRequest) async throws
        -> ServiceAreaAPI.ListServiceAreasResponse
    { .init() }
    func listServiceHours(_ r: ServiceAreaAPI.ListServiceHoursRequest) async throws
        -> ServiceAreaAPI.ListServiceHoursResponse
    { throw AdapterError(.notFound, reason: "SERVICE_AREA_NOT_FOUND", "no service area") }
    func completeBoardingAuthentication(
        _ r: BoardingAuthenticationAPI.CompleteBoardingAuthenticationRequest, customerID: String?
    ) async throws -> BoardingAuthenticationAPI.CompleteBoardingAuthenticationResponse { throw tripError }
    func simulatedNow() async -> String { "2026-01-01T08:00:00Z" }
}
