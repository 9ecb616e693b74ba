import Foundation
import Geometry
import Simulation
import TestSupport
import Testing

@testable import RoadNetwork

/// The Cottbus MATSim DRT network that ships in `data/cottbus/` (a missing file fails the test).
@Suite struct CottbusNetworkTests {
    let dir = Fixtures.cottbus

    @Test("the Cottbus CSV network loads whole, and its GeoJSON twin gives the same graph and times")
    func loads() throws {
        let csv = try RoadGraph(
            NetworkData.readCSV(nodes: "\(dir)/network_nodes.csv", edges: "\(dir)/network_edges.csv"))
        #expect(csv.nodeCount == 4415 && csv.edgeCount == 10599)
        #expect(csv.report.droppedNodes == 0 && csv.report.droppedEdges == 0 && csv.report.components == 1)
        #expect(abs(csv.maxSpeed - 120 / 3.6) < 0.01)
        let geo = try RoadGraph(NetworkData.readGeoJSON(path: "\(dir)/network.geojson.gz"))
        #expect(geo.nodeCount == 4415 && geo.edgeCount == 10599)
        var a = DijkstraSearch(graph: csv), b = DijkstraSearch(graph: geo)
        let geoIndex = Dictionary(uniqueKeysWithValues: geo.nodeIDs.enumerated().map { ($1, $0) })
        for s in stride(from: 0, to: csv.nodeCount, by: 997) {
            a.run(from: Int32(s)); b.run(from: Int32(geoIndex[csv.nodeIDs[s]]!))
            for t in stride(from: 0, to: csv.nodeCount, by: 7) {
                let u = geoIndex[csv.nodeIDs[t]]!
                #expect(a.time[t] == b.time[u] && a.mm[t] == b.mm[u])
            }
        }
    }

    @Test(
        "the 371 stops snap within 500 m through the GEOS node index, and their matrix agrees with point-to-point queries"
    )
    func stopsAndMatrix() throws {
        let g = try RoadGraph(NetworkData.readCSV(nodes: "\(dir)/network_nodes.csv", edges: "\(dir)/network_edges.csv"))
        let stops = try StopFile.read(path: "\(dir)/virtual_stops.csv")
        let index = try NodeIndex(
            points: g.points, projection: LocalProjection(origin: GeoPoint(lat: 51.76, lon: 14.33)),
            context: GeometryContext())
        let model = NetworkTravelTime(graph: g, snap: index.nearest(to:))
        let places = try stops.map { try model.addPlace($0.point, maxSnapDistance: 500, what: "stop \"\($0.id)\"") }
        try model.precomputeMatrix(cacheDirectory: try Fixtures.scratch())
        #expect(model.matrixOrigin == .computed && places.count == 371)
        let late = stops.prefix(40).map { model.addPlace($0.point) }
        for (i, p) in late.enumerated() {
            for j in stride(from: 0, to: 371, by: 11) {
                #expect(
                    model.travelTime(from: p, to: places[j], at: .zero)
                        == model.travelTime(from: places[i], to: places[j], at: .zero))
            }
        }
        let times = places.flatMap { a in places.map { b in model.travelTime(from: a, to: b, at: .zero).seconds } }
            .sorted()
        print(
            "Cottbus stops: snap max \(Int(places.map(model.snapDistance).max()!)) m; stop-to-stop free-flow p50 \(Int(times[times.count / 2])) s, max \(Int(times.last!)) s"
        )
    }
}
