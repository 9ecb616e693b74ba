import GRPCCore
import RidepoolAPI
import Service
import SwiftProtobuf

/// `ridepool.customer.v1.CustomerExtensionService` (ours, not the integration API's) over a
/// `CustomerExtensionBackend`: each call converts its message, calls the service layer and converts
/// the answer, with the documented services' errors, size bound and headers (`BackendResponder`).
struct CustomerExtensionService: ExtensionAPI.Service.ServiceProtocol, BackendResponder {
    let backend: any SandboxBackend
    let extensionBackend: any CustomerExtensionBackend
    let maxRequestBytes: Int

    /// Answers one call: `body` runs on the service (`respond` turns what it throws into the status).
    private func answer<Request: SwiftProtobuf.Message, Response: Sendable>(
        _ request: ServerRequest<Request>, _ body: @Sendable (Request, TripService, SimulatedClock) throws -> Response
    ) async -> ServerResponse<Response> {
        await respond(unscoped: request) { message in
            try await extensionBackend.withService { service, clock in try body(message, service, clock) }
        }
    }

    /// Answers a list call: `list` gets the page the request asks for (its page size and token), and the
    /// response holds the page's items, converted by `convert`, at `items`.
    private func answerPage<Request: PagedRequest, Response: PagedResponse, Item, Element>(
        _ request: ServerRequest<Request>, into items: WritableKeyPath<Response, [Element]> & Sendable,
        _ convert: @Sendable (Item) -> Element,
        _ list: @Sendable (Request, TripService, _ pageSize: Int32?, _ pageToken: String) throws -> Page<Item>
    ) async -> ServerResponse<Response> {
        await answer(request) { r, service, _ in
            Response(try list(r, service, r.requestedPageSize, r.pageToken), into: items, convert)
        }
    }

    /// `answerPage` for a list whose items the response holds as they are.
    private func answerPage<Request: PagedRequest, Response: PagedResponse, Element>(
        _ request: ServerRequest<Request>, into items: WritableKeyPath<Response, [Element]> & Sendable,
        _ list: @Sendable (Request, TripService, _ pageSize: Int32?, _ pageToken: String) throws -> Page<Element>
    ) async -> ServerResponse<Response> {
        await answerPage(request, into: items, { $0 }, list)
    }

    func searchCustomersByPhone(
        request: ServerRequest<ExtensionAPI.SearchCustomersByPhoneRequest>, context: ServerContext
    ) async throws -> ServerResponse<ExtensionAPI.SearchCustomersByPhoneResponse> {
        await answerPage(request, into: \.customers, CustomerAPI.Customer.init) { r, service, size, token in
            try service.searchCustomers(phoneNumber: r.phoneNumber, pageSize: size, pageToken: token)
        }
    }

    func getCurrentTrip(request: ServerRequest<ExtensionAPI.GetCurrentTripRequest>, context: ServerContext)
        async throws -> ServerResponse<ExtensionAPI.GetCurrentTripResponse>
    {
        await answer(request) { r, service, clock in
            let trip = try service.currentTrip(of: r.customerID)
            return .with { $0.trip = .init(trip, service: service, clock: clock) }
        }
    }

    func getCustomerProfile(request: ServerRequest<ExtensionAPI.GetCustomerProfileRequest>, context: ServerContext)
        async throws -> ServerResponse<ExtensionAPI.GetCustomerProfileResponse>
    {
        await answer(request) { r, service, _ in
            let profile = try service.customerProfile(of: r.customerID)
            return .with { $0.profile = .init(profile, customerID: r.customerID) }
        }
    }

    func setPriorityTier(request: ServerRequest<ExtensionAPI.SetPriorityTierRequest>, context: ServerContext)
        async throws -> ServerResponse<ExtensionAPI.SetPriorityTierResponse>
    {
        await answer(request) { r, service, _ in
            let profile = try service.setPriorityTier(try r.tier(), of: r.customerID)
            return .with { $0.profile = .init(profile, customerID: r.customerID) }
        }
    }

    func setDefaultRequirements(
        request: ServerRequest<ExtensionAPI.SetDefaultRequirementsRequest>, context: ServerContext
    ) async throws -> ServerResponse<ExtensionAPI.SetDefaultRequirementsResponse> {
        await answer(request) { r, service, _ in
            let profile = try service.setDefaultRequirements(try r.requirements(), of: r.customerID)
            return .with { $0.profile = .init(profile, customerID: r.customerID) }
        }
    }

    func addCustomerTag(request: ServerRequest<ExtensionAPI.AddCustomerTagRequest>, context: ServerContext)
        async throws -> ServerResponse<ExtensionAPI.AddCustomerTagResponse>
    {
        await answer(request) { r, service, _ in
            try service.addCustomerTag(r.tag, to: r.customerID)
            return .init()
        }
    }

    func removeCustomerTag(request: ServerRequest<ExtensionAPI.RemoveCustomerTagRequest>, context: ServerContext)
        async throws -> ServerResponse<ExtensionAPI.RemoveCustomerTagResponse>
    {
        await answer(request) { r, service, _ in
            try service.removeCustomerTag(r.tag, from: r.customerID)
            return .init()
        }
    }

    func listCustomerTags(request: ServerRequest<ExtensionAPI.ListCustomerTagsRequest>, context: ServerContext)
        async throws -> ServerResponse<ExtensionAPI.ListCustomerTagsResponse>
    {
        await answerPage(request, into: \.tags) { r, service, size, token in
            try service.listCustomerTags(of: r.customerID, pageSize: size, pageToken: token)
        }
    }

    func createCorporateAccount(
        request: ServerRequest<ExtensionAPI.CreateCorporateAccountRequest>, context: ServerContext
    ) async throws -> ServerResponse<ExtensionAPI.CreateCorporateAccountResponse> {
        await answer(request) { r, service, _ in
            let account = try service.createAccount(name: r.name, departments: r.departments)
            return .with { $0.account = .init(account) }
        }
    }

    func listCorporateAccounts(
        request: ServerRequest<ExtensionAPI.ListCorporateAccountsRequest>, context: ServerContext
    ) async throws -> ServerResponse<ExtensionAPI.ListCorporateAccountsResponse> {
        await answerPage(request, into: \.accounts, ExtensionAPI.CorporateAccount.init) { _, service, size, token in
            try service.listAccounts(pageSize: size, pageToken: token)
        }
    }

    func attachCustomerToAccount(
        request: ServerRequest<ExtensionAPI.AttachCustomerToAccountRequest>, context: ServerContext
    ) async throws -> ServerResponse<ExtensionAPI.AttachCustomerToAccountResponse> {
        await answer(request) { r, service, _ in
            let profile = try service.attachCustomer(
                r.customerID, toAccount: r.accountID, department: r.departmentID, makeDefault: r.makeDefault)
            return .with { $0.profile = .init(profile, customerID: r.customerID) }
        }
    }

    func detachCustomerFromAccount(
        request: ServerRequest<ExtensionAPI.DetachCustomerFromAccountRequest>, context: ServerContext
    ) async throws -> ServerResponse<ExtensionAPI.DetachCustomerFromAccountResponse> {
        await answer(request) { r, service, _ in
            let profile = try service.detachCustomer(r.customerID, fromAccount: r.accountID)
            return .with { $0.profile = .init(profile, customerID: r.customerID) }
        }
    }

    func addSavedAddress(request: ServerRequest<ExtensionAPI.AddSavedAddressRequest>, context: ServerContext)
        async throws -> ServerResponse<ExtensionAPI.AddSavedAddressResponse>
    {
        await answer(request) { r, service, _ in
            let address = try service.addSavedAddress(named: r.name, r.address.service, to: r.customerID)
            return .with { $0.savedAddress = .init(address) }
        }
    }

    func listSavedAddresses(request: ServerRequest<ExtensionAPI.ListSavedAddressesRequest>, context: ServerContext)
        async throws -> ServerResponse<ExtensionAPI.ListSavedAddressesResponse>
    {
        await answerPage(request, into: \.savedAddresses, ExtensionAPI.SavedAddress.init) { r, service, size, token in
            try service.listSavedAddresses(of: r.customerID, pageSize: size, pageToken: token)
        }
    }

    func removeSavedAddress(request: ServerRequest<ExtensionAPI.RemoveSavedAddressRequest>, context: ServerContext)
        async throws -> ServerResponse<ExtensionAPI.RemoveSavedAddressResponse>
    {
        await answer(request) { r, service, _ in
            try service.removeSavedAddress(r.savedAddressID, from: r.customerID)
            return .init()
        }
    }
}
