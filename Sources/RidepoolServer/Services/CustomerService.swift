import GRPCCore
import RidepoolAPI

/// `moia.ridepooling.customer.v1beta1.CustomerService` over a `SandboxBackend`.
struct CustomerService: CustomerAPI.Service.ServiceProtocol {
    let backend: any SandboxBackend
    /// Larger request messages are `RESOURCE_EXHAUSTED` / `REQUEST_TOO_LARGE` (see `respond`).
    let maxRequestBytes: Int

    func getCustomer(request: ServerRequest<CustomerAPI.GetCustomerRequest>, context: ServerContext) async throws
        -> ServerResponse<CustomerAPI.GetCustomerResponse> {
        await respond(request, backend: backend, maxRequestBytes: maxRequestBytes) { message, _ in try await backend.getCustomer(message) }
    }

    func listCustomers(request: ServerRequest<CustomerAPI.ListCustomersRequest>, context: ServerContext) async throws
        -> ServerResponse<CustomerAPI.ListCustomersResponse> {
        await respond(request, backend: backend, maxRequestBytes: maxRequestBytes) { message, _ in try await backend.listCustomers(message) }
    }

    func createCustomer(request: ServerRequest<CustomerAPI.CreateCustomerRequest>, context: ServerContext) async throws
        -> ServerResponse<CustomerAPI.CreateCustomerResponse> {
        await respond(request, backend: backend, maxRequestBytes: maxRequestBytes) { message, _ in try await backend.createCustomer(message) }
    }

    func updateCustomer(request: ServerRequest<CustomerAPI.UpdateCustomerRequest>, context: ServerContext) async throws
        -> ServerResponse<CustomerAPI.UpdateCustomerResponse> {
        await respond(request, backend: backend, maxRequestBytes: maxRequestBytes) { message, _ in try await backend.updateCustomer(message) }
    }

    func deleteCustomer(request: ServerRequest<CustomerAPI.DeleteCustomerRequest>, context: ServerContext) async throws
        -> ServerResponse<CustomerAPI.DeleteCustomerResponse> {
        await respond(request, backend: backend, maxRequestBytes: maxRequestBytes) { message, _ in try await backend.deleteCustomer(message) }
    }

    func listCustomerFlags(request: ServerRequest<CustomerAPI.ListCustomerFlagsRequest>, context: ServerContext)
        async throws -> ServerResponse<CustomerAPI.ListCustomerFlagsResponse> {
        await respond(request, backend: backend, maxRequestBytes: maxRequestBytes) { message, _ in try await backend.listCustomerFlags(message) }
    }

    func addCustomerFlag(request: ServerRequest<CustomerAPI.AddCustomerFlagRequest>, context: ServerContext)
        async throws -> ServerResponse<CustomerAPI.AddCustomerFlagResponse> {
        await respond(request, backend: backend, maxRequestBytes: maxRequestBytes) { message, _ in try await backend.addCustomerFlag(message) }
    }

    func removeCustomerFlag(request: ServerRequest<CustomerAPI.RemoveCustomerFlagRequest>, context: ServerContext)
        async throws -> ServerResponse<CustomerAPI.RemoveCustomerFlagResponse> {
        await respond(request, backend: backend, maxRequestBytes: maxRequestBytes) { message, _ in try await backend.removeCustomerFlag(message) }
    }
}
