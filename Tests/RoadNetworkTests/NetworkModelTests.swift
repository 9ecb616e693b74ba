import DataFiles
import Foundation
import Simulation
import Testing

@testable import Geometry
@testable import RoadNetwork

/// Pruning, congestion, movement, snapping and the speed bound of the network model.
struct NetworkModelTests {
    @Test("SCC pruning drops an unreachable dead end and says how many nodes and edges it dropped")
    func pruning() throws {
        var net = ShortestPathTests.handMade
        net.nodes.append(.init(id: "dead", point: GeoPoint(lat: 51.76, lon: 14.34)))
        net.nodes.append(.init(id: "end", point: GeoPoint(lat: 51.761, lon: 14.34)))
        net.links.append(.init(id: "7", from: "c", to: "dead", length: 80, speed: 10))
        net.links.append(.init(id: "8", from: "dead", to: "end", length: 80, speed: 10))
        net.links.append(.init(id: "9", from: "a", to: "b", length: 80, speed: 10, modes: "tram"))
        let g = try net.graph()
        #expect(g.nodeIDs == ["a", "b", "c", "d"])
        #expect(g.report.droppedNodes == 2 && g.report.droppedEdges == 2 && g.report.nonCarLinks == 1)
        #expect(g.report.nodesRead == 6 && g.report.linksRead == 9 && g.report.components == 3)
        #expect(g.edgeCount == 6)
        #expect(g.report.description.contains("2 nodes and 2 edges dropped"))
    }

    @Test("congestion factors scale travel times by departure hour")
    func congestion() throws {
        let g = try ShortestPathTests.handMade.graph()
        var factors = [Double](repeating: 1, count: 24)
        factors[7] = 1.5; factors[23] = 2; factors[3] = 0.5
        let model = NetworkTravelTime(
            graph: g, congestion: try CongestionProfile(factors: factors), snap: bruteForceSnapper(g))
        let a = model.addPlace(g.points[0]), c = model.addPlace(g.points[2])
        try model.precomputeMatrix()
        let late = model.addPlace(g.points[2])
        #expect(model.travelTime(from: a, to: c, at: .hours(6.99)) == .seconds(20))
        #expect(model.travelTime(from: a, to: c, at: .hours(7)) == .seconds(30))
        #expect(model.travelTime(from: a, to: late, at: .hours(7.5)) == .seconds(30))
        #expect(model.travelTime(from: a, to: c, at: .hours(3)) == .seconds(10))
        #expect(model.travelTime(from: a, to: c, at: .hours(31)) == .seconds(30), "the next day's 07:00")
        #expect(model.travelTime(from: a, to: c, at: SimTime(ms: -1)) == .seconds(40), "23:59:59.999 of the day before")
        #expect(model.distance(from: a, to: c) == 200)
        #expect(throws: DataFileError.self) { try CongestionProfile(factors: [1, 2]) }
        #expect(throws: DataFileError.self) { try CongestionProfile(factors: [Double](repeating: 0, count: 24)) }
    }

    @Test("interpolated positions lie on the path's edges, at the start before departure and at the end after arrival")
    func positions() throws {
        let g = try TinyNetwork.random(seed: 11, nodes: 30, links: 70).graph()
        let model = NetworkTravelTime(graph: g, snap: bruteForceSnapper(g))
        let a = model.addPlace(g.points[0]), b = model.addPlace(g.points[g.nodeCount - 1])
        let path = model.path(from: a, to: b)
        #expect(path.first == model.node(of: a) && path.last == model.node(of: b))
        let departure = SimTime.hours(8), total = model.travelTime(from: a, to: b, at: departure)
        #expect(model.position(from: a, to: b, departedAt: departure, at: .hours(7)) == model.point(of: a))
        #expect(
            model.position(from: a, to: b, departedAt: departure, at: departure + total + .seconds(1))
                == model.point(of: b))
        for k in 0...20 {
            let p = model.position(from: a, to: b, departedAt: departure, at: departure + total * (Double(k) / 20))
            let onSomeEdge = zip(path, path.dropFirst()).contains { u, v in
                let s = g.points[Int(u)], e = g.points[Int(v)]
                return p.distance(to: s) + p.distance(to: e) - s.distance(to: e) < 0.01
            }
            #expect(onSomeEdge, "\(p) at step \(k)")
        }
    }

    @Test(
        "NodeIndex (GEOS STRtree) finds the same nearest node and distance as a scan and as the great-circle brute force"
    )
    func nodeIndex() throws {
        let g = try TinyNetwork.random(seed: 21, nodes: 60, links: 150).graph()
        let projection = LocalProjection(origin: GeoPoint(lat: 51.755, lon: 14.32))
        let index = try NodeIndex(points: g.points, projection: projection, context: GeometryContext())
        let brute = bruteForceSnapper(g)
        var rng = SplitMix64(seed: 4)
        for _ in 0..<300 {
            let p = GeoPoint(lat: 51.73 + rng.unit() * 0.05, lon: 14.28 + rng.unit() * 0.08)
            let tree = try #require(index.nearest(to: p)), scan = try #require(index.nearestByScan(to: p))
            let reference = try #require(brute(p))
            #expect(abs(tree.metres - scan.metres) < 1e-9)
            #expect(abs(tree.metres - reference.metres) < 0.05, "plane vs great-circle within 5 cm at this range")
            if tree.node != scan.node { #expect(tree.metres == scan.metres, "a tie") }
        }
        #expect(index.nearest(to: GeoPoint(lat: 99, lon: 0)) == nil)
        let model = NetworkTravelTime(graph: g, snap: index.nearest(to:))
        let place = model.addPlace(GeoPoint(lat: 51.75, lon: 14.31))
        #expect(model.snapDistance(of: place) == index.nearest(to: GeoPoint(lat: 51.75, lon: 14.31))!.metres)
        #expect(model.snapDistance(of: model.addPlace(GeoPoint(lat: .nan, lon: 0))) == .infinity)
    }

    @Test("straight-line distance ÷ maxStraightLineSpeed never exceeds the travel time, congestion below 1 included")
    func speedBound() throws {
        let g = try TinyNetwork.random(seed: 31, nodes: 50, links: 120).graph()
        var factors = [Double](repeating: 1.2, count: 24)
        factors[2] = 0.8
        let model = NetworkTravelTime(
            graph: g, congestion: try CongestionProfile(factors: factors), snap: bruteForceSnapper(g))
        let places = g.points.map(model.addPlace)
        try model.precomputeMatrix()
        for a in places {
            for b in places {
                for hour in [2.5, 9.0] {
                    let straight = model.point(of: a).distance(to: model.point(of: b))
                    #expect(
                        straight / model.maxStraightLineSpeed <= model.travelTime(from: a, to: b, at: .hours(hour))
                            .seconds + 0.001)
                }
            }
        }
        #expect(
            model.description == TravelModelInfo(kind: "network", speed: model.maxStraightLineSpeed, detourFactor: 1))
    }

    @Test(
        "the area bound never exceeds the travel time, in place and node matrices, at every hour",
        arguments: [false, true])
    func areaBoundIsALowerBound(byNode: Bool) throws {
        let g = try TinyNetwork.random(seed: 57, nodes: 80, links: 220).graph()
        var factors = [Double](repeating: 1.3, count: 24)
        factors[3] = 0.7
        let model = NetworkTravelTime(
            graph: g, congestion: try CongestionProfile(factors: factors), snap: bruteForceSnapper(g))
        let places = g.points.enumerated().filter { $0.offset % 2 == 0 }.map { model.addPlace($0.element) }
        if byNode { try model.precomputeNodeMatrix() } else { try model.precomputeMatrix() }
        var positive = 0
        for a in places {
            for b in places {
                let bound = model.lowerBound(from: a, to: b)
                for hour in 0..<24 {
                    #expect(
                        bound <= model.travelTime(from: a, to: b, at: .hours(Double(hour) + 0.5)),
                        "\(a) → \(b) at \(hour) h")
                }
                if bound > .zero { positive += 1 }
            }
        }
        // A bound that is always zero would pass trivially: most pairs of places far apart must be bounded.
        #expect(positive > places.count * places.count / 4, "\(positive) positive bounds")
    }
}
