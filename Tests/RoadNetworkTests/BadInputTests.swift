import DataFiles
import Foundation
import Simulation
import TestSupport
import Testing

@testable import RoadNetwork

/// Each kind of bad network input fails with its own message, file, line and field.
struct BadInputTests {
    static let nodes = "node_id,lat,lon\na,51.75,14.33\nb,51.751,14.33\nc,51.752,14.33\n"
    static let edges = "edge_id,from_node,to_node,length_m,freespeed_mps,modes\n1,a,b,100,10,car\n2,b,a,100,10,car\n"

    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var nodes = BadInputTests.nodes
        var edges = BadInputTests.edges
        var file: String, line: Int?, field: String?, message: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "duplicate node id", nodes: nodes + "b,51.76,14.33\n", file: "nodes.csv", line: 5, field: "node_id",
            message: "duplicate node id \"b\" (first at line 3)"),
        Case(
            name: "empty node id", nodes: nodes + ",51.76,14.33\n", file: "nodes.csv", line: 5, field: "node_id",
            message: "the node id is empty"),
        Case(
            name: "edge to an unknown node", edges: edges + "3,a,zz,100,10,car\n", file: "edges.csv", line: 4,
            field: "to_node",
            message: "unknown node \"zz\""),
        Case(
            name: "negative length", edges: edges + "3,a,c,-3,10,car\n", file: "edges.csv", line: 4, field: "length_m",
            message: "-3.0 must be > 0"),
        Case(
            name: "zero length", edges: edges + "3,a,c,0,10,car\n", file: "edges.csv", line: 4, field: "length_m",
            message: "0.0 must be > 0"),
        Case(
            name: "zero speed", edges: edges + "3,a,c,10,0,car\n", file: "edges.csv", line: 4, field: "freespeed_mps",
            message: "0.0 must be > 0"),
        Case(
            name: "a length the road graph cannot hold (fuzz: regression-huge-length)",
            edges: edges + "3,a,c,1e300,10,car\n",
            file: "edges.csv", line: 4, field: "length_m",
            message: "1e+300 m is longer than any road link (at most 1000000)"),
        Case(
            name: "a speed that makes a link take over a day", edges: edges + "3,a,c,100,1e-9,car\n",
            file: "edges.csv", line: 4, field: "freespeed_mps",
            message: "1e-09 m/s over 100.0 m takes longer than a day"),
        Case(
            name: "non-numeric length", edges: edges + "3,a,c,ten,10,car\n", file: "edges.csv", line: 4,
            field: "length_m",
            message: "\"ten\" is not a number"),
        Case(
            name: "non-numeric latitude", nodes: nodes + "d,north,14.33\n", file: "nodes.csv", line: 5, field: "lat",
            message: "\"north\" is not a number"),
        Case(
            name: "missing column", edges: "edge_id,from_node,to_node,freespeed_mps\n1,a,b,10\n", file: "edges.csv",
            line: 1, field: nil,
            message: "missing column 'length_m'; the header has: edge_id, from_node, to_node, freespeed_mps"),
        Case(
            name: "short row", edges: edges + "3,a,c\n", file: "edges.csv", line: 4, field: "length_m",
            message: "missing: the line has 3 fields, but 'length_m' is column 4"),
        Case(
            name: "no car links",
            edges:
                "edge_id,from_node,to_node,length_m,freespeed_mps,modes\n1,a,b,100,10,tram\n2,b,a,100,10,\"bus,pt\"\n",
            file: "edges.csv", line: nil, field: "modes",
            message: "the network has no links that cars may use (2 links read, 2 without \"car\" in their modes)"),
        Case(
            name: "empty largest component",
            edges: "edge_id,from_node,to_node,length_m,freespeed_mps\n1,a,b,100,10\n2,b,c,100,10\n",
            file: "edges.csv", line: nil, field: nil,
            message:
                "the largest strongly connected component of the car network is empty: no two nodes can reach each other"
        )
    ]

    @Test("bad CSV input fails with its message, file, line and field", arguments: cases)
    func badCSV(_ c: Case) throws {
        let error = try #require(throws: DataFileError.self) {
            try RoadGraph(
                NetworkData.readCSV(
                    nodesText: c.nodes, nodesFile: "nodes.csv", edgesText: c.edges, edgesFile: "edges.csv"))
        }
        #expect(error.file == c.file && error.line == c.line && error.field == c.field && error.message == c.message)
        #expect(error.fix != nil)
    }

    @Test("an error reads as 'file line N: field 'f': message. Fix: …'")
    func description() {
        let e = DataFileError(
            file: "network_edges.csv", line: 12, field: "length_m", message: "-3 must be > 0",
            fix: "give a positive length")
        #expect(
            e.description == "network_edges.csv line 12: field 'length_m': -3 must be > 0. Fix: give a positive length")
    }

    @Test("a MATSim XML syntax error names the parser's line")
    func xmlSyntax() throws {
        let xml = "<?xml version=\"1.0\"?>\n<network>\n<nodes>\n<node id=\"a\" x=\"1\" y=\"2\">\n</nodes>\n</network>\n"
        let path = try Fixtures.temporary("network.xml", xml)
        let error = try #require(throws: DataFileError.self) {
            try NetworkData.readMATSim(path: path, crs: "EPSG:32633")
        }
        #expect(error.message.hasPrefix("XML syntax error"))
        #expect(error.line == 5)
        #expect(error.file == path)
    }

    @Test("an unknown or conflicting CRS is an error naming coordinateReferenceSystem")
    func unknownCRS() throws {
        let net = ShortestPathTests.handMade
        let named = try Fixtures.temporary("network.xml", net.matsimXML(crs: .wgs84))
        let unnamed = try Fixtures.temporary("network.xml", net.matsimXML(crs: .wgs84, nameCRS: false))
        let unknown = try #require(throws: DataFileError.self) {
            try NetworkData.readMATSim(path: unnamed, crs: "EPSG:31468")
        }
        #expect(
            unknown.message == "unknown CRS \"EPSG:31468\" (given by the scenario)"
                && unknown.field == "coordinateReferenceSystem")
        let conflict = try #require(throws: DataFileError.self) {
            try NetworkData.readMATSim(path: named, crs: "EPSG:32633")
        }
        #expect(conflict.message == "the file says EPSG:4326 but the scenario says EPSG:32633")
        let missing = try #require(throws: DataFileError.self) { try NetworkData.readMATSim(path: unnamed) }
        #expect(missing.message == "the file names no coordinate reference system and none was given")
    }

    @Test("a MATSim link with a bad length names its line and attribute")
    func matsimBadLink() throws {
        var net = ShortestPathTests.handMade
        net.links[2].length = -5
        let path = try Fixtures.temporary("network.xml", net.matsimXML(crs: .wgs84))
        let error = try #require(throws: DataFileError.self) { try NetworkData.readMATSim(path: path) }
        // Line 1 declaration, 2 DOCTYPE, 3 <network>, 4 attributes, 5 <nodes>, 6–9 nodes, 10 </nodes>, 11 <links>, 12–13 links 1–2.
        #expect(error.line == 14 && error.field == "length" && error.message == "-5.0 must be > 0")
    }

    @Test("a GeoJSON feature with a bad speed names the feature's property")
    func geoJSONBadSpeed() throws {
        var net = ShortestPathTests.handMade
        net.links[1].speed = 0
        let error = try #require(throws: DataFileError.self) {
            try NetworkData.readGeoJSON(data: Data(net.geoJSON.utf8), file: "network.geojson")
        }
        #expect(error.field == "features[1].properties.freespeed_mps" && error.message == "0.0 must be > 0")
    }

    @Test("a truncated gzip file is an error, not a crash")
    func truncatedGzip() throws {
        let path = try gzip(try Fixtures.temporary("network.xml", ShortestPathTests.handMade.matsimXML(crs: .wgs84)))
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        try bytes.prefix(bytes.count / 2).write(to: URL(fileURLWithPath: path))
        let error = try #require(throws: DataFileError.self) { try NetworkData.readMATSim(path: path) }
        #expect(error.message.hasPrefix("cannot inflate the gzip data"))
    }

    @Test("a stop farther than the snapping limit is an error naming it and the distance")
    func stopTooFar() throws {
        let g = try ShortestPathTests.handMade.graph()
        let model = NetworkTravelTime(graph: g, snap: bruteForceSnapper(g))
        let far = GeoPoint(lat: 51.76, lon: 14.33)  // ~ 850 m north of d
        let error = try #require(throws: DataFileError.self) {
            try model.addPlace(far, maxSnapDistance: 500, what: "stop \"S9\"", file: "stops.csv", line: 7)
        }
        #expect(error.file == "stops.csv" && error.line == 7)
        #expect(error.message.hasPrefix("stop \"S9\" at (51.76, 14.33) is 778 m from the nearest road node \"d\""))
        #expect(model.placeCount == 0)
    }

    @Test(
        "MATSim XML whose element name is not UTF-8 is an error, not a trap in FoundationXML (fuzz: regression-non-utf8-name)"
    )
    func matsimBytesThatAreNotUTF8() throws {
        let error = try #require(throws: DataFileError.self) {
            try NetworkData.readMATSim(data: Data([0x3C, 0xFF, 0x00, 0x3E, 0x0A]), file: "network.xml")
        }
        #expect(error.line == 1)
        #expect(error.message == "the file holds bytes that are not UTF-8")
        let nul = try #require(throws: DataFileError.self) {
            try NetworkData.readMATSim(data: Data("<network>\n<nodes\0/>".utf8), file: "network.xml")
        }
        #expect(nul.line == 2)
        #expect(nul.message == "the file holds a NUL character")
    }

    @Test(
        "MATSim XML with a processing instruction is an error, not a crash in FoundationXML (fuzz: regression-processing-instruction)"
    )
    func matsimProcessingInstruction() throws {
        let error = try #require(throws: DataFileError.self) {
            try NetworkData.readMATSim(
                data: Data("<network>\n<?xml?></network>\n".utf8), file: "network.xml", crs: "EPSG:32633")
        }
        #expect(error.line == 2)
        #expect(error.message.hasPrefix("a processing instruction"))
        let declared = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<network><nodes/><links/></network>\n"
        #expect(
            try NetworkData.readMATSim(data: Data(declared.utf8), file: "network.xml", crs: "EPSG:32633").nodeIDs
                .isEmpty)
    }

    @Test(
        "a speed factor or cap so small that travel times would overflow is an error naming the field, not a trap",
        arguments: [
            (1e-12, Double.infinity, "speedFactor"), (1e300, Double.infinity, "speedFactor"),
            (Double.nan, Double.infinity, "speedFactor"), (1, 1e-9, "maxSpeed")
        ])
    func extremeSpeedSettingsAreRefused(factor: Double, maxSpeed: Double, field: String) throws {
        let net = TinyNetwork.random(seed: 3, nodes: 10, links: 20)
        let error = #expect(throws: DataFileError.self) {
            try net.graph(speeds: SpeedSettings(factor: factor, maxSpeed: maxSpeed))
        }
        #expect(error?.field == field)
        #expect(try net.graph(speeds: SpeedSettings(factor: 0.01, maxSpeed: 0.1)).edgeCount > 0)
    }
}
