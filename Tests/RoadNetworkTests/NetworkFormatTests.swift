import DataFiles
import Foundation
import Simulation
import TestSupport
import Testing

@testable import RoadNetwork

/// The three input formats give the same network, and the projections are accurate.
struct NetworkFormatTests {
    static let net = TinyNetwork.random(seed: 42, nodes: 30, links: 70)

    /// Every node-to-node free-flow time and length, by node id.
    static func allPairs(_ g: RoadGraph) -> [String: (Int64, Int64)] {
        var search = DijkstraSearch(graph: g)
        var result: [String: (Int64, Int64)] = [:]
        for s in 0..<g.nodeCount {
            search.run(from: Int32(s))
            for t in 0..<g.nodeCount { result["\(g.nodeIDs[s])>\(g.nodeIDs[t])"] = (search.time[t], search.mm[t]) }
        }
        return result
    }

    static func same(_ a: [String: (Int64, Int64)], _ b: [String: (Int64, Int64)]) -> Bool {
        a.count == b.count && a.allSatisfy { k, v in b[k].map { $0 == v } ?? false }
    }

    @Test(
        "MATSim XML in UTM 33N, plain and gzip, gives the CSV network's travel times and node positions",
        arguments: [false, true])
    func matsimEqualsCSV(compressed: Bool) throws {
        let csv = try Self.net.graph()
        let utm = try #require(CoordinateSystem("EPSG:32633"))
        var path = try Fixtures.temporary("network.xml", Self.net.matsimXML(crs: utm))
        if compressed { path = try gzip(path) }
        let xml = try RoadGraph(NetworkData.readMATSim(path: path))
        #expect(xml.nodeIDs == csv.nodeIDs)
        #expect(Self.same(Self.allPairs(xml), Self.allPairs(csv)))
        for (p, q) in zip(xml.points, csv.points) { #expect(p.distance(to: q) < 0.001) }
    }

    @Test("a MATSim file without a CRS attribute takes the caller's CRS, and needs one")
    func matsimCallerCRS() throws {
        let utm = try #require(CoordinateSystem("EPSG:25833"))
        let path = try Fixtures.temporary("network.xml", Self.net.matsimXML(crs: utm, nameCRS: false))
        let xml = try RoadGraph(NetworkData.readMATSim(path: path, crs: "EPSG:25833"))
        #expect(Self.same(Self.allPairs(xml), Self.allPairs(try Self.net.graph())))
        #expect(throws: DataFileError.self) { try NetworkData.readMATSim(path: path) }
    }

    @Test("GeoJSON LineString edges give the CSV network's travel times and node positions")
    func geoJSONEqualsCSV() throws {
        let path = try Fixtures.temporary("network.geojson", Self.net.geoJSON)
        let geo = try RoadGraph(NetworkData.readGeoJSON(path: path))
        let csv = try Self.net.graph()
        #expect(Set(geo.nodeIDs) == Set(csv.nodeIDs))
        #expect(Self.same(Self.allPairs(geo), Self.allPairs(csv)))
    }

    @Test(
        "UTM forward then inverse returns the point within a millimetre",
        arguments: ["EPSG:32633", "EPSG:32733", "EPSG:25832"])
    func utmRoundTrip(crs: String) throws {
        guard case .utm(_, let tm) = try #require(CoordinateSystem(crs)) else { Issue.record("not UTM"); return }
        var rng = SplitMix64(seed: 3)
        for _ in 0..<500 {
            let lat = (crs == "EPSG:32733" ? -1.0 : 1.0) * (rng.unit() * 80)
            let p = GeoPoint(lat: lat, lon: tm.centralMeridian - 3 + rng.unit() * 6)
            let (x, y) = tm.forward(p)
            let back = tm.inverse(x: x, y: y)
            #expect(back.distance(to: p) < 0.001, "\(p) → (\(x), \(y)) → \(back)")
        }
    }

    @Test("UTM agrees with Snyder's independent series and with the WGS84 meridian arc")
    func utmMatchesReferences() throws {
        let tm = TransverseMercator.utm(zone: 33, north: true)
        // On the central meridian the northing is k0 × the meridian arc; 45°: 4 984 944.378 m on WGS84.
        #expect(abs(tm.forward(GeoPoint(lat: 45, lon: 15)).y - 0.9996 * 4_984_944.378) < 0.01)
        #expect(abs(tm.forward(GeoPoint(lat: 0, lon: 15)).x - 500_000) < 1e-6)
        var rng = SplitMix64(seed: 9)
        for _ in 0..<200 {
            let p = GeoPoint(lat: 45 + rng.unit() * 10, lon: 12 + rng.unit() * 6)
            let (x, y) = tm.forward(p)
            let (sx, sy) = snyderUTM(p, centralMeridian: 15)
            #expect(abs(x - sx) < 0.01 && abs(y - sy) < 0.01, "\(p): Krüger (\(x), \(y)), Snyder (\(sx), \(sy))")
        }
    }

    @Test("CRS names in their usual spellings are understood; others are not")
    func crsNames() {
        #expect(CoordinateSystem("EPSG:4326") == .wgs84)
        #expect(CoordinateSystem("urn:ogc:def:crs:EPSG::32633")?.description == "EPSG:32633")
        #expect(CoordinateSystem("http://www.opengis.net/def/crs/EPSG/0/25833")?.description == "EPSG:25833")
        #expect(CoordinateSystem("epsg:32733")?.description == "EPSG:32733")
        #expect(CoordinateSystem("EPSG:31468") == nil)
        #expect(CoordinateSystem("atlantis") == nil)
    }
}

/// Snyder's Transverse Mercator series (USGS Professional Paper 1395, 1987, eqs. 8-9 to 8-10, 3-21),
/// on WGS84 with UTM's k0 and false easting: an independent check of the Krüger series.
func snyderUTM(_ p: GeoPoint, centralMeridian: Double) -> (x: Double, y: Double) {
    let a = 6_378_137.0, f = 1 / 298.257_223_563, k0 = 0.9996
    let e2 = f * (2 - f), ep2 = e2 / (1 - e2)
    let phi = p.lat * .pi / 180, lam = (p.lon - centralMeridian) * .pi / 180
    let N = a / (1 - e2 * sin(phi) * sin(phi)).squareRoot()
    let T = tan(phi) * tan(phi), C = ep2 * cos(phi) * cos(phi), A = cos(phi) * lam
    let e4 = e2 * e2, e6 = e4 * e2
    let M =
        a
        * ((1 - e2 / 4 - 3 * e4 / 64 - 5 * e6 / 256) * phi - (3 * e2 / 8 + 3 * e4 / 32 + 45 * e6 / 1024) * sin(2 * phi)
            + (15 * e4 / 256 + 45 * e6 / 1024) * sin(4 * phi) - (35 * e6 / 3072) * sin(6 * phi))
    let x = k0 * N * (A + (1 - T + C) * pow(A, 3) / 6 + (5 - 18 * T + T * T + 72 * C - 58 * ep2) * pow(A, 5) / 120)
    let y =
        k0
        * (M + N * tan(phi)
            * (A * A / 2 + (5 - T + 9 * C + 4 * C * C) * pow(A, 4) / 24
                + (61 - 58 * T + T * T + 600 * C - 330 * ep2) * pow(A, 6) / 720))
    return (500_000 + x, y)
}
