import RidepoolAPI
import Service

/// The paging fields the list requests share (`ListCustomers`, `ListCustomerFlags`, `ListServiceAreas`,
/// `ListServiceHours`).
protocol PagedRequest {
    var pageSize: Int32 { get }
    var hasPageSize: Bool { get }
}

extension PagedRequest {
    /// The page size asked for; `nil` when absent (the service applies its default).
    var requestedPageSize: Int32? { hasPageSize ? pageSize : nil }
}

/// The paging field the list responses share.
protocol PagedResponse {
    var nextPageToken: String { get set }
}

extension PagedResponse {
    /// Takes `page`'s next page token; the field stays absent on the last page.
    mutating func setNextPageToken<Item>(of page: Page<Item>) {
        if !page.isLast { nextPageToken = page.nextPageToken }
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
