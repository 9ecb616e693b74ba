import Service
import Simulation
import Testing

/// `GetServiceArea`, `ListServiceAreas` and `ListServiceHours`: look-up, paging and its errors.
@Suite("Service area catalogue")
struct ServiceAreaCatalogTests {
    /// Areas `a0`, `a1`, …; `a0` runs 05:00–22:00, the others around the clock.
    static func catalogue(areas: Int, period: Range<SimTime> = .hours(7)..<(.hours(23))) -> ServiceAreaCatalog {
        let square = AreaPolygon(exterior: [
            GeoPoint(lat: 53.63, lon: 10.05), GeoPoint(lat: 53.63, lon: 10.08), GeoPoint(lat: 53.65, lon: 10.08),
            GeoPoint(lat: 53.63, lon: 10.05)
        ])
        return ServiceAreaCatalog(
            areas: (0..<areas).map { i in
                OperatingArea(
                    id: "a\(i)", displayName: "Area \(i)", polygons: [square],
                    stops: [Stop(id: "s\(i)", point: GeoPoint(lat: 53.64, lon: 10.06))], doorToDoor: false,
                    hours: i == 0 ? ServiceHours(start: .hours(5), end: .hours(22)) : nil)
            }, period: period)
    }

    /// Every page of `ListServiceAreas` with `pageSize`: the ids per page.
    static func areaPages(_ catalogue: ServiceAreaCatalog, pageSize: Int32?) throws -> [[String]] {
        var pages: [[String]] = [], token = ""
        repeat {
            let page = try catalogue.listAreas(pageSize: pageSize, pageToken: token)
            pages.append(page.items.map(\.id))
            token = page.nextPageToken
        } while !token.isEmpty
        return pages
    }

    @Test("GetServiceArea finds an area by id; an unknown id is NOT_FOUND / SERVICE_AREA_NOT_FOUND naming the ids")
    func lookUp() throws {
        let catalogue = Self.catalogue(areas: 2)
        #expect(try catalogue.area("a1").displayName == "Area 1")
        let error = serviceError { try catalogue.area("nowhere") }
        #expect(error?.code == .notFound && error?.reason == .serviceAreaNotFound && error?.violatingFields == [])
        #expect(error?.message.contains("a0, a1") == true)
        #expect(serviceError { try catalogue.area("") }?.reason == .serviceAreaNotFound)
    }

    @Test(
        "ListServiceAreas pages like every list: unset is 50, the last page has no token, none is an empty page",
        arguments: [
            (Int32?.none, 7, [7]), (3, 7, [3, 3, 1]), (1, 2, [1, 1]), (7, 7, [7]), (1001, 3, [3]), (nil, 0, [0])
        ])
    func areaPaging(pageSize: Int32?, areas: Int, expected: [Int]) throws {
        let catalogue = Self.catalogue(areas: areas)
        let pages = try Self.areaPages(catalogue, pageSize: pageSize)
        #expect(pages.map(\.count) == expected)
        #expect(pages.flatMap { $0 } == (0..<areas).map { "a\($0)" })
    }

    @Test("ListServiceAreas: page_size below 1 is INVALID_PAGE_SIZE", arguments: [Int32(0), -1, .min])
    func areaPageSizeBelowOne(pageSize: Int32) {
        let error = serviceError { try Self.catalogue(areas: 2).listAreas(pageSize: pageSize, pageToken: "") }
        #expect(
            error?.code == .invalidArgument && error?.reason == .invalidPageSize
                && error?.violatingFields == ["page_size"])
    }

    @Test("ListServiceAreas: a token is bound to its page size, its list kind and its catalogue")
    func areaTokenBinding() throws {
        let catalogue = Self.catalogue(areas: 5, period: .hours(7)..<(.hours(72)))
        let token = try catalogue.listAreas(pageSize: 2, pageToken: "").nextPageToken
        #expect(try catalogue.listAreas(pageSize: 2, pageToken: token).items.map(\.id) == ["a2", "a3"])
        let hoursToken = try catalogue.listServiceHours(of: "a1", pageSize: 1, pageToken: "").nextPageToken
        let otherRun = Self.catalogue(areas: 5, period: .hours(6)..<(.hours(72)))
        #expect(!hoursToken.isEmpty)
        for (pageSize, token, list) in [
            (Int32?.none, token, catalogue), (3, token, catalogue), (2, "garbage", catalogue), (2, token, otherRun),
            (1, hoursToken, catalogue)
        ] {
            let error = serviceError { try list.listAreas(pageSize: pageSize, pageToken: token) }
            #expect(
                error?.code == .invalidArgument && error?.reason == .invalidPageToken
                    && error?.violatingFields == ["page_token"], "page_size \(pageSize as Any), token \(token)")
        }
        let both = serviceError { try catalogue.listAreas(pageSize: 0, pageToken: "garbage") }
        #expect(both?.reason == .invalidPageSize && both?.violatingFields == ["page_size", "page_token"])
    }

    /// (daily hours, run from, run to, expected windows), in hours of the scenario day.
    static let dailyCases: [(ServiceHours?, Double, Double, [Range<Double>])] = [
        (ServiceHours(start: .hours(5), end: .hours(22)), 7, 23, [5..<22]),
        (ServiceHours(start: .hours(5), end: .hours(22)), 7, 50, [5..<22, 29..<46]),
        (ServiceHours(start: .hours(22), end: .hours(26)), 7, 23, [22..<26]),
        (ServiceHours(start: .hours(22), end: .hours(26)), 1, 23, [-2..<2, 22..<26]),
        (nil, 7, 23, [0..<24]), (nil, 7, 25, [0..<24, 24..<48])
    ]

    @Test(
        "service hours are the daily hours on each day the run touches (past midnight included), or 00:00–24:00",
        arguments: dailyCases)
    func dailyWindows(hours: ServiceHours?, from: Double, to: Double, expected: [Range<Double>]) {
        let windows = ServiceWindow.daily(hours, overlapping: SimTime.hours(from)..<SimTime.hours(to))
        #expect(windows == expected.map { ServiceWindow(start: .hours($0.lowerBound), end: .hours($0.upperBound)) })
    }

    @Test("ListServiceHours lists an area's windows once over its pages, the token bound to the area")
    func hoursPaging() throws {
        let catalogue = Self.catalogue(areas: 2, period: .hours(7)..<(.hours(24 * 4)))
        var all: [ServiceWindow] = [], token = ""
        repeat {
            let page = try catalogue.listServiceHours(of: "a0", pageSize: 3, pageToken: token)
            #expect(page.items.count == 3 || page.isLast)
            all += page.items
            token = page.nextPageToken
        } while !token.isEmpty
        #expect(
            all == (0..<4).map { ServiceWindow(start: .hours(24 * Double($0) + 5), end: .hours(24 * Double($0) + 22)) })
        #expect(try catalogue.listServiceHours(of: "a0", pageSize: nil, pageToken: "").items == all)

        let first = try catalogue.listServiceHours(of: "a1", pageSize: 1, pageToken: "").nextPageToken
        let error = serviceError { try catalogue.listServiceHours(of: "a0", pageSize: 1, pageToken: first) }
        #expect(error?.reason == .invalidPageToken && error?.violatingFields == ["page_token"])
    }

    @Test("ListServiceHours: bad paging is INVALID_ARGUMENT before an unknown area is NOT_FOUND")
    func hoursErrors() {
        let catalogue = Self.catalogue(areas: 1)
        let unknown = serviceError { try catalogue.listServiceHours(of: "nowhere", pageSize: 5, pageToken: "") }
        #expect(unknown?.code == .notFound && unknown?.reason == .serviceAreaNotFound)
        let size = serviceError { try catalogue.listServiceHours(of: "nowhere", pageSize: 0, pageToken: "") }
        #expect(size?.reason == .invalidPageSize && size?.violatingFields == ["page_size"])
        let token = serviceError { try catalogue.listServiceHours(of: "a0", pageSize: 5, pageToken: "x") }
        #expect(token?.reason == .invalidPageToken && token?.violatingFields == ["page_token"])
    }
}
