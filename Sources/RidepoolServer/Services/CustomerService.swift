import GRPCCore
import RidepoolAPI

/// `moia.ridepooling.customer.v1beta1.CustomerService` over a `SandboxBackend`.
struct CustomerService: CustomerAPI.Service.ServiceProtocol, BackendResponder {
    let backend: any SandboxBackend
    let maxRequestBytes: Int

    func getCustomer(request: ServerRequest<CustomerAPI.GetCustomerRequest>, context: ServerContext) async throws
        -> ServerResponse<CustomerAPI.GetCustomerResponse>
    {
        await respond(unscoped: request) { try await backend.getCustomer($0) }
    }

    func listCustomers(request: ServerRequest<CustomerAPI.ListCustomersRequest>, context: ServerContext) async throws
        -> ServerResponse<CustomerAPI.ListCustomersResponse>
    {
        await respond(unscoped: request) { try await backend.listCustomers($0) }
    }

    func createCustomer(request: ServerRequest<CustomerAPI.CreateCustomerRequest>, context: ServerContext) async throws
        -> ServerResponse<CustomerAPI.CreateCustomerResponse>
    {
        await respond(unscoped: request) { try await backend.createCustomer($0) }
    }

    func updateCustomer(request: ServerRequest<CustomerAPI.UpdateCustomerRequest>, context: ServerContext) async throws
        -> ServerResponse<CustomerAPI.UpdateCustomerResponse>
    {
        await respond(unscoped: request) { try await backend.updateCustomer($0) }
    }

    func deleteCustomer(request: ServerRequest<CustomerAPI.DeleteCustomerRequest>, context: ServerContext) async throws
        -> ServerResponse<CustomerAPI.DeleteCustomerResponse>
    {
        await respond(unscoped: request) { try await backend.deleteCustomer($0) }
    }

    func listCustomerFlags(request: ServerRequest<CustomerAPI.ListCustomerFlagsRequest>, context: ServerContext)
        async throws -> ServerResponse<CustomerAPI.ListCustomerFlagsResponse>
    {
        await respond(unscoped: request) { try await backend.listCustomerFlags($0) }
    }

    func addCustomerFlag(request: ServerRequest<CustomerAPI.AddCustomerFlagRequest>, context: ServerContext)
        async throws -> ServerResponse<CustomerAPI.AddCustomerFlagResponse>
    {
        await respond(unscoped: request) { try await backend.addCustomerFlag($0) }
    }

    func removeCustomerFlag(request: ServerRequest<CustomerAPI.RemoveCustomerFlagRequest>, context: ServerContext)
        async throws -> ServerResponse<CustomerAPI.RemoveCustomerFlagResponse>
    {
        await respond(unscoped: request) { try await backend.removeCustomerFlag($0) }
    }
}
