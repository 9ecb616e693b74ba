/// `ListServiceAreas` and `ListServiceHours`: paged as every list of the API (see `PageRequest`).
extension ServiceAreaCatalog {
    /// `ListServiceAreas`: the areas in catalogue order, paged; an empty page when there are none.
    /// - Complexity: O(page size).
    public func listAreas(pageSize: Int32?, pageToken: String) throws(ServiceError) -> Page<OperatingArea> {
        let request = try PageRequest(
            pageSize: pageSize, pageToken: pageToken, kind: .serviceAreas,
            fingerprint: Fingerprint.of(["serviceAreas", String(identity, radix: 16)]), maxPosition: areas.count)
        return Self.page(of: areas, request, kind: .serviceAreas)
    }

    /// `ListServiceHours`: area `id`'s service hours in time order, paged; the token is bound to the
    /// area and the page size. `INVALID_ARGUMENT` for bad paging first, then `NOT_FOUND` /
    /// `SERVICE_AREA_NOT_FOUND` (as `ListCustomerFlags` does for its customer).
    /// - Complexity: O(days of the run).
    public func listServiceHours(of id: String, pageSize: Int32?, pageToken: String) throws(ServiceError) -> Page<
        ServiceWindow
    > {
        let windows = areas.first { $0.id == id }.map { ServiceWindow.daily($0.hours, overlapping: period) } ?? []
        let request = try PageRequest(
            pageSize: pageSize, pageToken: pageToken, kind: .serviceHours,
            fingerprint: Fingerprint.of(["serviceHours", String(identity, radix: 16), id]),
            maxPosition: windows.count)
        _ = try area(id)
        return Self.page(of: windows, request, kind: .serviceHours)
    }

    /// The page of a fixed list that `request` asks for; the next token holds the index after it.
    private static func page<Item: Sendable>(of items: [Item], _ request: PageRequest, kind: PageToken.Kind) -> Page<
        Item
    > {
        let end = min(items.count, request.after + request.size)
        let next = end < items.count ? request.nextToken(kind, position: end) : ""
        return Page(items: Array(items[request.after..<end]), nextPageToken: next)
    }
}
