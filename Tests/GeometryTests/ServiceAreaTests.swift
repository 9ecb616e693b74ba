import Simulation
import Testing

@testable import Geometry

@Suite struct ServiceAreaTests {
    let context = GeometryContext()

    func area(_ json: String, projection: LocalProjection? = nil) throws -> ServiceArea {
        try ServiceArea(geoJSON: json, file: "area.geojson", context: context, projection: projection)
    }

    @Test func pointInsideTheExteriorRingIsInside() throws {
        #expect(try area(Fixture.squareWithHole).contains(GeoPoint(lat: 51.75, lon: 14.305)))
    }

    @Test func pointOutsideThePolygonIsOutside() throws {
        let a = try area(Fixture.squareWithHole)
        #expect(!a.contains(GeoPoint(lat: 51.75, lon: 14.36)))
        #expect(!a.contains(GeoPoint(lat: 51.70, lon: 14.32)))
    }

    @Test(arguments: [(51.74, 14.30), (51.76, 14.34), (51.745, 14.31), (51.755, 14.32)])
    func pointExactlyOnAVertexCountsAsInside(lat: Double, lon: Double) throws {
        #expect(try area(Fixture.squareWithHole).contains(GeoPoint(lat: lat, lon: lon)))
    }

    @Test func pointExactlyOnAnEdgeCountsAsInsideAndJustOutsideDoesNot() throws {
        // Centred on the western edge's meridian, that edge is exactly x = 0 on the plane.
        let a = try area(Fixture.squareWithHole, projection: LocalProjection(origin: GeoPoint(lat: 51.75, lon: 14.30)))
        #expect(a.contains(GeoPoint(lat: 51.75, lon: 14.30)))
        #expect(!a.contains(GeoPoint(lat: 51.75, lon: 14.30 - 1e-7)))  // about 7 mm west
        #expect(a.contains(GeoPoint(lat: 51.75, lon: 14.30 + 1e-7)))
    }

    @Test func pointInsideAHoleIsOutside() throws {
        #expect(!(try area(Fixture.squareWithHole).contains(GeoPoint(lat: 51.75, lon: 14.315))))
    }

    @Test func pointInTheSecondPolygonOfAMultiPolygonIsInside() throws {
        let a = try area(Fixture.twoPolygons)
        #expect(a.contains(GeoPoint(lat: 51.75, lon: 14.41)))
        #expect(!a.contains(GeoPoint(lat: 51.75, lon: 14.37)))  // between the two
        #expect(!a.contains(GeoPoint(lat: 51.75, lon: 14.315)))  // the first one's hole
    }

    @Test func invalidQueryPointIsOutside() throws {
        let a = try area(Fixture.squareWithHole)
        #expect(!a.contains(GeoPoint(lat: .nan, lon: 14.305)))
        #expect(!a.contains(GeoPoint(lat: 91, lon: 14.305)))
    }

    @Test func featureCollectionPolygonsAreUnioned() throws {
        // Two overlapping squares: lon 14.30…14.32 and 14.31…14.33, same latitudes.
        let a = try area(
            Fixture.collection([Fixture.square(14.30, 51.74, 14.32, 51.76), Fixture.square(14.31, 51.74, 14.33, 51.76)])
        )
        let whole = try area(Fixture.square(14.30, 51.74, 14.33, 51.76), projection: a.projection)
        #expect(a.contains(GeoPoint(lat: 51.75, lon: 14.301)))
        #expect(a.contains(GeoPoint(lat: 51.75, lon: 14.329)))
        #expect(a.rings.count == 1)
        #expect(abs(a.areaSquareMetres - whole.areaSquareMetres) < 1e-6 * whole.areaSquareMetres)
    }

    @Test func singleFeatureIsRead() throws {
        #expect(try area(Fixture.feature(Fixture.twoPolygons)).contains(GeoPoint(lat: 51.75, lon: 14.41)))
    }

    @Test func areaMatchesTheShoelaceFormulaOnTheLocalPlane() throws {
        let a = try area(Fixture.twoPolygons)
        let expected =
            shoelaceArea(a.rings[0], a.projection) - shoelaceArea(a.rings[1], a.projection)
            + shoelaceArea(a.rings[2], a.projection)
        #expect(abs(a.areaSquareMetres - expected) < 1e-6 * expected)
        // At 51.75° N: 2.75 km × 2.22 km − 0.69 km × 1.11 km + 1.38 km × 2.22 km ≈ 8.4 km².
        #expect(a.areaSquareMetres > 8.2e6 && a.areaSquareMetres < 8.6e6)
    }

    @Test func boundsRingsAndDefaultProjectionComeFromTheWGS84Geometry() throws {
        let a = try area(Fixture.twoPolygons)
        #expect(a.bounds.min == GeoPoint(lat: 51.74, lon: 14.30))
        #expect(a.bounds.max == GeoPoint(lat: 51.76, lon: 14.42))
        #expect(abs(a.projection.origin.lat - 51.75) < 1e-12 && abs(a.projection.origin.lon - 14.36) < 1e-12)
        #expect(a.rings.map(\.count) == [5, 5, 5])
        #expect(a.rings[0].first == GeoPoint(lat: 51.74, lon: 14.30))
        #expect(a.rings[1].contains(GeoPoint(lat: 51.745, lon: 14.31)))  // the hole follows its exterior
        #expect(a.polygons.map(\.count) == [2, 1])  // the first polygon has its hole, the second none
        #expect(a.polygons.flatMap { $0 } == a.rings)
    }

    @Test func givenProjectionIsKept() throws {
        let p = LocalProjection(origin: GeoPoint(lat: 51.0, lon: 14.0))
        #expect(try area(Fixture.squareWithHole, projection: p).projection == p)
    }

    @Test func randomPointsAreInsideUniformAndRepeatable() throws {
        let a = try area(Fixture.twoPolygons)
        var g1 = SeededGenerator(seed: 7), g2 = SeededGenerator(seed: 7)
        let points = (0..<4000).map { _ in a.randomPoint(using: &g1) }
        #expect(points == (0..<4000).map { _ in a.randomPoint(using: &g2) })
        #expect(points.allSatisfy(a.contains))
        let second = try area(Fixture.square(14.40, 51.74, 14.42, 51.76), projection: a.projection)
        let share = Double(points.filter { $0.lon >= 14.40 }.count) / Double(points.count)
        let expected = second.areaSquareMetres / a.areaSquareMetres  // about 0.31
        #expect(abs(share - expected) < 0.03, "share \(share), expected \(expected)")
    }
}
