import RidepoolAPI
import Service
import SwiftProtobuf

/// The paging fields the list requests share (`ListCustomers`, `ListCustomerFlags`, `ListServiceAreas`,
/// `ListServiceHours` and the customer extension's lists).
protocol PagedRequest: SwiftProtobuf.Message {
    var pageSize: Int32 { get }
    var hasPageSize: Bool { get }
    var pageToken: String { get }
}

extension PagedRequest {
    /// The page size asked for; `nil` when absent (the service applies its default).
    var requestedPageSize: Int32? { hasPageSize ? pageSize : nil }
}

/// The paging field the list responses share.
protocol PagedResponse: SwiftProtobuf.Message {
    var nextPageToken: String { get set }
}

extension PagedResponse {
    /// The response for `page`: its items, converted by `convert`, at `items`, and its next page token
    /// (the field stays absent on the last page).
    init<Item, Element>(
        _ page: Page<Item>, into items: WritableKeyPath<Self, [Element]>, _ convert: (Item) -> Element
    ) {
        self.init()
        self[keyPath: items] = page.items.map(convert)
        if !page.isLast { nextPageToken = page.nextPageToken }
    }

    /// The response for `page`, its items taken as they are.
    init<Element>(_ page: Page<Element>, into items: WritableKeyPath<Self, [Element]>) {
        self.init(page, into: items) { $0 }
    }
}

extension CustomerAPI.ListCustomersRequest: PagedRequest {}
extension CustomerAPI.ListCustomerFlagsRequest: PagedRequest {}
extension CustomerAPI.ListCustomersResponse: PagedResponse {}
extension CustomerAPI.ListCustomerFlagsResponse: PagedResponse {}
extension ServiceAreaAPI.ListServiceAreasRequest: PagedRequest {}
extension ServiceAreaAPI.ListServiceHoursRequest: PagedRequest {}
extension ServiceAreaAPI.ListServiceAreasResponse: PagedResponse {}
extension ServiceAreaAPI.ListServiceHoursResponse: PagedResponse {}
extension ExtensionAPI.SearchCustomersByPhoneRequest: PagedRequest {}
extension ExtensionAPI.ListCustomerTagsRequest: PagedRequest {}
extension ExtensionAPI.ListCorporateAccountsRequest: PagedRequest {}
extension ExtensionAPI.ListSavedAddressesRequest: PagedRequest {}
extension ExtensionAPI.SearchCustomersByPhoneResponse: PagedResponse {}
extension ExtensionAPI.ListCustomerTagsResponse: PagedResponse {}
extension ExtensionAPI.ListCorporateAccountsResponse: PagedResponse {}
extension ExtensionAPI.ListSavedAddressesResponse: PagedResponse {}
