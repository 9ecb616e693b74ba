import DataFiles
import Simulation
import TestSupport
import Testing

@testable import Geometry

@Suite struct ServiceAreaErrorTests {
    let context = GeometryContext()

    func failure(_ json: String) throws -> DataFileError {
        try #require(throws: DataFileError.self) {
            try ServiceArea(geoJSON: json, file: "service_area.geojson", context: context)
        }
    }

    @Test func malformedGeoJSONIsNotValidJSON() throws {
        let e = try failure(#"{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1]"#)
        #expect(e.file == "service_area.geojson")
        #expect(e.message.hasPrefix("not valid JSON:"))
        #expect(e.fix != nil)
        #expect(e.description.hasPrefix("service_area.geojson: not valid JSON:"))
        #expect(e.description.contains(". Fix: make the file valid GeoJSON"))
    }

    @Test(
        "text after a NUL byte is not hidden from the check: GEOS would stop reading at the NUL (fuzz: regression-empty-position-nul)"
    )
    func nulByteIsNotValidJSON() throws {
        let e = try failure(#"{"type":"Polygon","coordinates":[[[],[15.1,52.1],[14,52]]]}"# + "\0\0")
        #expect(e.message.hasPrefix("not valid JSON:"))
    }

    @Test func unknownGeometryTypeQuotesGEOS() throws {
        let e = try failure(#"{"type":"Polygonal","coordinates":[]}"#)
        #expect(e.message == "GEOS could not parse GeoJSON: ParseException: Unknown geometry type!")
    }

    @Test func pointGeometryIsNotAServiceArea() throws {
        let e = try failure(#"{"type":"Point","coordinates":[14.3,51.7]}"#)
        #expect(e.message == "the geometry is a Point, not a Polygon or MultiPolygon")
    }

    @Test func lineStringFeatureInACollectionIsNamed() throws {
        let line = #"{"type":"LineString","coordinates":[[14.3,51.7],[14.4,51.8]]}"#
        let e = try failure(Fixture.collection([Fixture.square(14.30, 51.74, 14.32, 51.76), line]))
        #expect(e.message == "feature 2 of 2 is a LineString, not a Polygon or MultiPolygon")
    }

    @Test(
        "an empty position is an error that names it, not a crash in GEOS's GeoJSON reader (fuzz: regression-empty-position)"
    )
    func emptyPositionIsNamedBeforeGEOSReadsIt() throws {
        let e = try failure(#"{"type":"Polygon","coordinates":[[[],[14.1,52],[14.1,52.1],[14,52]]]}"#)
        #expect(e.field == "coordinates[0][0]")
        #expect(e.message == "is not a position: it needs two numbers, [longitude, latitude]")
        let feature = try failure(
            Fixture.collection([Fixture.square(14.30, 51.74, 14.32, 51.76), #"{"type":"Point","coordinates":[[1,2]]}"#])
        )
        #expect(feature.field == "features[1].geometry.coordinates")
    }

    @Test func emptyFeatureCollectionIsRejected() throws {
        #expect(try failure(Fixture.collection([])).message == "the FeatureCollection has no features")
    }

    @Test func selfIntersectingPolygonReportsGEOSsReason() throws {
        let bowtie =
            #"{"type":"Polygon","coordinates":[[[14.30,51.74],[14.34,51.76],[14.34,51.74],[14.30,51.76],[14.30,51.74]]]}"#
        let e = try failure(bowtie)
        #expect(e.message == "the polygon is not a valid polygon: Self-intersection[14.32 51.75]")
        #expect(e.fix?.contains("Fix geometries") == true)
    }

    @Test func selfIntersectingFeatureIsNamed() throws {
        let bowtie =
            #"{"type":"Polygon","coordinates":[[[14.30,51.74],[14.34,51.76],[14.34,51.74],[14.30,51.76],[14.30,51.74]]]}"#
        let e = try failure(Fixture.collection([Fixture.square(14.40, 51.74, 14.42, 51.76), bowtie]))
        #expect(e.message.hasPrefix("feature 2 is not a valid polygon: Self-intersection"))
    }

    @Test(arguments: [
        (Fixture.square(14.30, 95.0, 14.34, 96.0), "latitude 95.0 is outside -90…90"),
        (Fixture.square(200.0, 51.74, 201.0, 51.76), "longitude 200.0 is outside -180…180")
    ])
    func coordinatesOutsideWGS84AreRejected(json: String, expected: String) throws {
        let e = try failure(json)
        #expect(e.message == "the polygon: \(expected)")
        #expect(e.fix?.contains("[longitude, latitude]") == true)
    }

    @Test func missingFileIsNamed() throws {
        let e = try #require(throws: DataFileError.self) {
            try ServiceArea(contentsOf: "/nonexistent/service_area.geojson", context: context)
        }
        #expect(e.file == "/nonexistent/service_area.geojson")
        #expect(e.description.hasPrefix("/nonexistent/service_area.geojson: file not found. Fix:"))
    }

    @Test func fileContentsAreReadAndErrorsNameTheFile() throws {
        let good = try Fixtures.temporary("area.geojson", Fixture.squareWithHole)
        #expect(try ServiceArea(contentsOf: good, context: context).contains(GeoPoint(lat: 51.75, lon: 14.305)))
        let bad = try Fixtures.temporary("service_area.geojson", "{ nope")
        let e = try #require(throws: DataFileError.self) { try ServiceArea(contentsOf: bad, context: context) }
        #expect(e.file == bad)
        #expect(e.message.hasPrefix("not valid JSON"))
    }

    @Test func contextKeepsWorkingAfterAnError() throws {
        _ = try? failure("{")
        let a = try ServiceArea(geoJSON: Fixture.squareWithHole, file: nil, context: context)
        #expect(a.contains(GeoPoint(lat: 51.75, lon: 14.305)))
        let e = try failure(#"{"type":"Point","coordinates":[14.3,51.7]}"#)
        #expect(!e.message.contains("ParseException"))  // no stale GEOS message
    }
}
