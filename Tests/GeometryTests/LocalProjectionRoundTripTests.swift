import Simulation
import Testing

@testable import Geometry

@Suite struct LocalProjectionRoundTripTests {
    @Test func projectingThenUnprojectingReturnsThePoint() {
        let projection = LocalProjection(origin: GeoPoint(lat: 51.76, lon: 14.33))
        var g = SeededGenerator(seed: 11)
        for _ in 0..<1000 {
            let p = GeoPoint(lat: g.uniform(51.5...52.0), lon: g.uniform(14.0...14.7))
            let back = projection.unproject(projection.project(p))
            #expect(abs(back.lat - p.lat) < 1e-10 && abs(back.lon - p.lon) < 1e-10)
            // Azimuthal equidistant: distances from the origin are great-circle distances.
            let q = projection.project(p)
            #expect(abs((q.x * q.x + q.y * q.y).squareRoot() - projection.origin.distance(to: p)) < 1e-6)
        }
    }

    @Test func serviceAreaRingsRoundTripThroughItsProjection() throws {
        let area = try ServiceArea(geoJSON: Fixture.twoPolygons, file: nil, context: GeometryContext())
        for point in area.rings.joined() {
            let back = area.projection.unproject(area.projection.project(point))
            #expect(abs(back.lat - point.lat) < 1e-10 && abs(back.lon - point.lon) < 1e-10)
            #expect(area.contains(point))  // every vertex is on the boundary, so inside
        }
    }
}
