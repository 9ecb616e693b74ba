import Foundation
import Simulation
import TestSupport
import Testing

@testable import Geometry

/// Checks against the Cottbus MATSim DRT data that ships in `data/cottbus/` (a missing file fails the test).
@Suite struct CottbusDataTests {
    let dir = Fixtures.cottbus

    @Test func serviceAreaAndBothStopFilesLoadAndEveryStopIsInside() throws {
        let context = GeometryContext()
        let area = try ServiceArea(contentsOf: "\(dir)/service_area.geojson", context: context)
        let csv = try StopFile.read(path: "\(dir)/virtual_stops.csv")
        let geojson = try StopFile.read(path: "\(dir)/virtual_stops.geojson")
        #expect(csv.count == 371)
        #expect(csv == geojson)
        #expect(csv.allSatisfy { area.contains($0.point) })
        let index = try StopIndex(stops: csv, projection: area.projection, context: context)
        let near = index.stops(near: csv[0].point, within: 500)
        #expect(near.first?.distance == 0)
        print(
            "Cottbus: area \(area.areaSquareMetres / 1e6) km², \(area.rings.count) ring(s), bounds \(area.bounds), "
                + "\(csv.count) stops, \(near.count) within 500 m of \(csv[0].id)")
    }
}
