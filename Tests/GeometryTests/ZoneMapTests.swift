import DataFiles
import Foundation
import Geometry
import Simulation
import TestSupport
import Testing

@Suite("Rebalancing zones from GeoJSON")
struct ZoneMapTests {
    static let projection = LocalProjection(origin: GeoPoint(lat: 52.52, lon: 13.40))

    @Test("one zone per feature, in file order, with names; points outside every zone have none")
    func zonesInFileOrder() throws {
        let zones = try ZoneMap(
            contentsOf: Fixtures.scenario("examples/data/tiny_zones.geojson"), context: GeometryContext(),
            projection: Self.projection)
        #expect(zones.count == 2)
        #expect(zones.names == ["west", "east"])
        #expect(zones.zone(of: GeoPoint(lat: 52.52, lon: 13.38)) == 0)
        #expect(zones.zone(of: GeoPoint(lat: 52.52, lon: 13.42)) == 1)
        #expect(zones.zone(of: GeoPoint(lat: 52.60, lon: 13.40)) == nil)
        // On the shared edge: the first zone in the file.
        #expect(zones.zone(of: GeoPoint(lat: 52.52, lon: 13.40)) == 0)
        #expect(zones.zone(of: zones.centre(of: 1)) == 1)
    }

    @Test("a feature that is not a polygon is refused, naming the file and the feature")
    func notPolygon() {
        let path = Fixtures.scenario("examples/data/bad_zones.geojson")
        #expect {
            _ = try ZoneMap(contentsOf: path, context: GeometryContext(), projection: Self.projection)
        } throws: { error in
            guard let e = error as? DataFileError else { return false }
            return e.file == path && e.message.contains("feature 2 of 2")
        }
    }

    @Test("a feature whose geometry is not a JSON object is refused, not a trap (found by FuzzZonesGeoJSON)")
    func geometryNotAnObject() throws {
        let path = try Fixtures.scratch() + "/zones.geojson"
        try #"{"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": "Feature"}]}"#
            .write(toFile: path, atomically: true, encoding: .utf8)
        #expect {
            _ = try ZoneMap(contentsOf: path, context: GeometryContext(), projection: Self.projection)
        } throws: { error in
            (error as? DataFileError)?.message.contains("feature 1 of 1 is not a Polygon") == true
        }
    }
}
