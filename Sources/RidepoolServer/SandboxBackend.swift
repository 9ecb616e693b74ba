import RidepoolAPI

/// What the gRPC services ask of the simulation behind them, in the API's own messages.
///
/// `LiveSandbox` implements it over the service layer and a live simulation; tests may put a
/// fake behind the same server. Every method throws a `SandboxError` for what the API answers
/// with an error (anything else becomes `INTERNAL`).
public protocol SandboxBackend: Sendable {
    // Customers.
    func getCustomer(_ request: CustomerAPI.GetCustomerRequest) async throws -> CustomerAPI.GetCustomerResponse
    func listCustomers(_ request: CustomerAPI.ListCustomersRequest) async throws -> CustomerAPI.ListCustomersResponse
    func createCustomer(_ request: CustomerAPI.CreateCustomerRequest) async throws -> CustomerAPI.CreateCustomerResponse
    func updateCustomer(_ request: CustomerAPI.UpdateCustomerRequest) async throws -> CustomerAPI.UpdateCustomerResponse
    func deleteCustomer(_ request: CustomerAPI.DeleteCustomerRequest) async throws -> CustomerAPI.DeleteCustomerResponse
    func listCustomerFlags(_ request: CustomerAPI.ListCustomerFlagsRequest) async throws
        -> CustomerAPI.ListCustomerFlagsResponse
    func addCustomerFlag(_ request: CustomerAPI.AddCustomerFlagRequest) async throws
        -> CustomerAPI.AddCustomerFlagResponse
    func removeCustomerFlag(_ request: CustomerAPI.RemoveCustomerFlagRequest) async throws
        -> CustomerAPI.RemoveCustomerFlagResponse

    // Trips. `customerID` is the `customer-id` header's value, nil when the call had none.
    func requestTripOffers(_ request: TripAPI.RequestTripOffersRequest, customerID: String?) async throws
        -> TripAPI.RequestTripOffersResponse
    func orderTrip(_ request: TripAPI.OrderTripRequest, customerID: String?) async throws -> TripAPI.OrderTripResponse
    func getTrip(_ request: TripAPI.GetTripRequest, customerID: String?) async throws -> TripAPI.GetTripResponse
    func cancelTripAsCustomer(_ request: TripAPI.CancelTripAsCustomerRequest, customerID: String?) async throws
        -> TripAPI.CancelTripAsCustomerResponse
    func cancelTripAsIntegrator(_ request: TripAPI.CancelTripAsIntegratorRequest) async throws
        -> TripAPI.CancelTripAsIntegratorResponse

    // Service areas.
    func getServiceArea(_ request: ServiceAreaAPI.GetServiceAreaRequest) async throws
        -> ServiceAreaAPI.GetServiceAreaResponse
    func listServiceAreas(_ request: ServiceAreaAPI.ListServiceAreasRequest) async throws
        -> ServiceAreaAPI.ListServiceAreasResponse
    func listServiceHours(_ request: ServiceAreaAPI.ListServiceHoursRequest) async throws
        -> ServiceAreaAPI.ListServiceHoursResponse

    /// The simulated clock's now as the API's timestamps show it (RFC 3339, UTC), sent back with
    /// every response in the `ridepool-sim-time` header.
    func simulatedNow() async -> String

    // Boarding authentication (autonomous vehicles). `customerID` as for trips.
    func completeBoardingAuthentication(
        _ request: BoardingAuthenticationAPI.CompleteBoardingAuthenticationRequest, customerID: String?
    ) async throws -> BoardingAuthenticationAPI.CompleteBoardingAuthenticationResponse
}
