import Foundation
import GRPCCore
import RidepoolAPI
import RidepoolServer
import SwiftProtobuf
import Testing

/// `ServiceAreaService` against a live sandbox: the scenario's area, stops and hours through gRPC.
@Suite struct ServiceAreaServiceTests {
    @Test("GetServiceArea shows the scenario's polygon, its 25 stops and UTC; the documents' trip lies inside")
    func getServiceArea() async throws {
        let (area, _) = try await withLiveSandbox { f in
            try await f.areas.getServiceArea(.with { $0.id = "sandbox" }, metadata: TestToken.metadata).serviceArea
        }
        #expect(area.id == "sandbox" && area.timeZone == "UTC" && !area.doorToDoor)
        #expect(area.displayName.hasPrefix("Hamburg-Bramfeld square"))
        #expect(area.stops.count == 25 && area.stops.allSatisfy { !$0.id.isEmpty })
        let ring = try #require(area.polygons.first?.exterior.points)
        #expect(area.polygons.count == 1 && ring.count >= 4 && ring.first == ring.last)
        let lats = ring.map(\.latitude), lons = ring.map(\.longitude)
        for (lat, lon) in [(53.6344823, 10.0555216), (53.6342303, 10.0741517)] {
            #expect(lats.min()! < lat && lat < lats.max()! && lons.min()! < lon && lon < lons.max()!)
        }
        var options = JSONEncodingOptions()
        options.preserveProtoFieldNames = true
        let json = try area.jsonString(options: options)
        #expect(json.contains(#""display_name":"#) && json.contains(#""time_zone":"UTC""#))
    }

    @Test("ListServiceAreas lists the one area on one page without a next_page_token, whatever the page size")
    func listServiceAreas() async throws {
        let (pages, _) = try await withLiveSandbox { f in
            var pages: [ServiceAreaAPI.ListServiceAreasResponse] = []
            for size in [Int32?.none, 1, 1000, 5000] {
                var request = ServiceAreaAPI.ListServiceAreasRequest()
                if let size { request.pageSize = size }
                pages.append(try await f.areas.listServiceAreas(request, metadata: TestToken.metadata))
            }
            return pages
        }
        #expect(pages.allSatisfy { $0.serviceAreas.map(\.id) == ["sandbox"] && !$0.hasNextPageToken })
    }

    @Test("ListServiceHours of the around-the-clock sandbox: today 00:00 to tomorrow 00:00 (UTC)")
    func listServiceHours() async throws {
        let ((hours, now), _) = try await withLiveSandbox { f in
            let page = try await f.areas.listServiceHours(
                .with { $0.serviceAreaID = "sandbox" }, metadata: TestToken.metadata)
            return (page, await f.sandbox.simulatedNow())
        }
        #expect(hours.serviceHours.count == 1 && !hours.hasNextPageToken)
        let window = try #require(hours.serviceHours.first)
        let midnight = try #require(ISO8601DateFormatter().date(from: String(now.prefix(10)) + "T00:00:00Z"))
        #expect(window.startTime.seconds == Int64(midnight.timeIntervalSince1970))
        #expect(window.endTime.seconds - window.startTime.seconds == 86_400)
    }
}
