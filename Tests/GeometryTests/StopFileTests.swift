import DataFiles
import Simulation
import TestSupport
import Testing

@testable import Geometry

@Suite struct StopFileTests {
    func failure(_ name: String, _ contents: String) throws -> DataFileError {
        let path = try Fixtures.temporary(name, contents)
        return try #require(throws: DataFileError.self) { try StopFile.read(path: path) }
    }

    @Test func csvColumnsInAnyOrderWithExtraColumns() throws {
        let path = try Fixtures.temporary(
            "stops.csv", "lon,name,stop_id,lat\r\n14.35,\"Main St, north\",a,51.70\r\n14.36,x,b,51.71\r\n\r\n")
        #expect(
            try StopFile.read(path: path) == [
                Stop(id: "a", point: GeoPoint(lat: 51.70, lon: 14.35)),
                Stop(id: "b", point: GeoPoint(lat: 51.71, lon: 14.36))
            ])
    }

    @Test func csvQuotedFieldsAreUnquoted() throws {
        let path = try Fixtures.temporary("stops.csv", "stop_id,lat,lon,name\n" + #""say ""hi"", b",51.7,14.3,"x, y""#)
        #expect(try StopFile.read(path: path) == [Stop(id: #"say "hi", b"#, point: GeoPoint(lat: 51.7, lon: 14.3))])
    }

    @Test func geoJSONIdsComeFromStopIdThenIdThenTheFeatureId() throws {
        let json = #"""
            {"type":"FeatureCollection","features":[
             {"type":"Feature","geometry":{"type":"Point","coordinates":[14.35,51.70]},"properties":{"stop_id":"a","id":"no"}},
             {"type":"Feature","geometry":{"type":"Point","coordinates":[14.36,51.71]},"properties":{"id":"b"}},
             {"type":"Feature","id":7,"geometry":{"type":"Point","coordinates":[0,0]},"properties":{}}]}
            """#
        let path = try Fixtures.temporary("stops.geojson", json)
        #expect(
            try StopFile.read(path: path) == [
                Stop(id: "a", point: GeoPoint(lat: 51.70, lon: 14.35)),
                Stop(id: "b", point: GeoPoint(lat: 51.71, lon: 14.36)),
                Stop(id: "7", point: GeoPoint(lat: 0, lon: 0))
            ])
    }

    @Test func csvFieldThatIsNotANumberNamesFileLineAndField() throws {
        let rows = (1...5).map { "s\($0),51.7,14.3" }.joined(separator: "\n")
        let e = try failure("virtual_stops.csv", "stop_id,lat,lon\n\(rows)\ns6,abc,14.3\n")
        #expect(e.line == 7 && e.field == "lat")
        #expect(
            e.description.hasSuffix(
                #"virtual_stops.csv line 7: field 'lat': "abc" is not a number. Fix: write WGS84 decimal degrees with a dot, e.g. 51.7563"#
            ))
    }

    @Test func csvLatitudeOutsideWGS84IsRejected() throws {
        let e = try failure("virtual_stops.csv", "stop_id,lat,lon\na,51.7,14.3\nb,95.5,14.3\n")
        #expect(e.line == 3 && e.field == "lat")
        #expect(e.message == "95.5 is outside -90…90")
        #expect(e.fix?.contains("not swapped") == true)
    }

    @Test func csvMissingColumnsAreListed() throws {
        let e = try failure("virtual_stops.csv", "stop_id,latitude,lon\na,51.7,14.3\n")
        #expect(e.line == 1)
        #expect(e.message == "missing column 'lat'; the header has: stop_id, latitude, lon")
    }

    @Test func csvDuplicateStopIdNamesBothLines() throws {
        let e = try failure("virtual_stops.csv", "stop_id,lat,lon\na,51.7,14.3\nb,51.7,14.3\na,51.8,14.3\n")
        #expect(e.line == 4 && e.field == "stop_id")
        #expect(e.message == #"duplicate stop id "a" (lines 2 and 4)"#)
    }

    @Test func csvShortLineAndEmptyIdAreRejected() throws {
        let short = try failure("virtual_stops.csv", "stop_id,lat,lon\na,51.7\n")
        #expect(short.line == 2 && short.field == "lon")
        let empty = try failure("virtual_stops.csv", "stop_id,lat,lon\n ,51.7,14.3\n")
        #expect(empty.line == 2 && empty.field == "stop_id" && empty.message == "is empty")
    }

    @Test(arguments: ["stop_id,lat,lon\n", "stop_id,lat,lon\n\n\n", #"{"type":"FeatureCollection","features":[]}"#])
    func emptyStopListIsRejected(contents: String) throws {
        let name = contents.hasPrefix("{") ? "stops.geojson" : "stops.csv"
        let e = try failure(name, contents)
        #expect(e.message == "the file has no stops")
        #expect(e.file?.hasSuffix(name) == true)
    }

    @Test func emptyCSVFileIsRejected() throws {
        #expect(try failure("stops.csv", "").message == "the file is empty")
    }

    @Test func missingFileIsNamed() throws {
        let e = try #require(throws: DataFileError.self) { try StopFile.read(path: "/nonexistent/virtual_stops.csv") }
        #expect(e.file == "/nonexistent/virtual_stops.csv" && e.message == "file not found")
    }

    @Test func unknownExtensionIsRejected() throws {
        #expect(try failure("stops.txt", "x").message == "unknown stop file format '.txt'")
    }

    @Test func geoJSONFeatureThatIsNotAPointIsNamed() throws {
        let json =
            #"{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[14.3,51.7]},"properties":{"stop_id":"a"}},{"type":"Feature","geometry":{"type":"LineString","coordinates":[[14.3,51.7],[14.4,51.7]]},"properties":{"stop_id":"b"}}]}"#
        let e = try failure("virtual_stops.geojson", json)
        #expect(e.field == "features[1].geometry" && e.message == "is LineString, not a Point")
    }

    @Test func geoJSONDuplicateAndOutOfRangeAndBrokenJSONAreRejected() throws {
        func point(_ id: String, _ lon: Double, _ lat: Double) -> String {
            #"{"type":"Feature","geometry":{"type":"Point","coordinates":[\#(lon),\#(lat)]},"properties":{"stop_id":"\#(id)"}}"#
        }
        let dup = try failure(
            "s.geojson",
            #"{"type":"FeatureCollection","features":[\#(point("a", 14.3, 51.7)),\#(point("a", 14.4, 51.7))]}"#)
        #expect(dup.message == #"duplicate stop id "a" (features[0] and features[1])"#)
        let range = try failure("s.geojson", #"{"type":"FeatureCollection","features":[\#(point("a", 51.7, 194.3))]}"#)
        #expect(
            range.field == "features[0].geometry.coordinates[1] (latitude)"
                && range.message == "194.3 is outside -90…90")
        let broken = try failure("s.geojson", #"{"type":"FeatureCollection","#)
        #expect(broken.message.hasPrefix("not valid JSON"))
        let notCollection = try failure("s.json", #"{"type":"Point","coordinates":[14.3,51.7]}"#)
        #expect(notCollection.message == "not a GeoJSON FeatureCollection")
    }
}
