import Simulation
import Testing

@testable import RoadNetwork

/// The searches against the textbook Dijkstra, on a hand-made graph and on random ones.
struct ShortestPathTests {
    /// a → b → c is faster than the direct a → c; d is reachable only via c; every node returns to a.
    static let handMade: TinyNetwork = {
        var net = TinyNetwork()
        for (i, id) in ["a", "b", "c", "d"].enumerated() {
            net.nodes.append(.init(id: id, point: GeoPoint(lat: 51.75 + Double(i) * 0.001, lon: 14.33)))
        }
        net.links = [
            .init(id: "1", from: "a", to: "b", length: 100, speed: 10),
            .init(id: "2", from: "b", to: "c", length: 100, speed: 10),
            .init(id: "3", from: "a", to: "c", length: 150, speed: 5),
            .init(id: "4", from: "c", to: "d", length: 50, speed: 10),
            .init(id: "5", from: "d", to: "a", length: 400, speed: 20),
            .init(id: "6", from: "c", to: "a", length: 500, speed: 10)
        ]
        return net
    }()

    @Test("on a hand-made graph, times, lengths and paths are the ones worked out by hand")
    func handMadeGraph() throws {
        let g = try Self.handMade.graph()
        var dijkstra = DijkstraSearch(graph: g)
        dijkstra.run(from: 0)
        #expect(dijkstra.time == [0, 10_000, 20_000, 25_000])
        #expect(dijkstra.mm == [0, 100_000, 200_000, 250_000])
        #expect(dijkstra.path(to: 3) == [0, 1, 2, 3])
        var bidirectional = BidirectionalSearch(graph: g)
        let route = bidirectional.route(from: 3, to: 2)
        let r = try #require(route)
        #expect(r.time == 20_000 + 20_000 && r.mm == 400_000 + 200_000)
        #expect(bidirectional.path(of: r) == [3, 0, 1, 2])
        for s in 0..<4 {
            let reference = textbookDijkstra(g, from: s)
            dijkstra.run(from: Int32(s))
            for t in 0..<4 { #expect(dijkstra.time[t] == reference[t]!.time && dijkstra.mm[t] == reference[t]!.mm) }
        }
    }

    @Test(
        "on random graphs, one-to-many Dijkstra equals the textbook Dijkstra in time, length and path",
        arguments: 0..<40)
    func oneToManyMatchesTextbook(seed: UInt64) throws {
        let g = try TinyNetwork.random(seed: seed, nodes: 30 + Int(seed % 20), links: 70).graph()
        var forward = DijkstraSearch(graph: g), backward = DijkstraSearch(graph: g, backward: true)
        for s in 0..<g.nodeCount {
            let reference = textbookDijkstra(g, from: s)
            forward.run(from: Int32(s))
            for t in 0..<g.nodeCount {
                let r = try #require(reference[t], "strongly connected: every node is reachable")
                #expect(forward.time[t] == r.time && forward.mm[t] == r.mm, "seed \(seed): \(s) → \(t)")
                let path = forward.path(to: Int32(t))
                #expect(path.first == Int32(s) && path.last == Int32(t))
                let c = try #require(cost(of: path, in: g))
                #expect(c.time == r.time && c.mm == r.mm)
                // Backward from t: the label of s is the s → t optimum too.
                backward.run(from: Int32(t))
                #expect(backward.time[s] == r.time && backward.mm[s] == r.mm)
            }
        }
    }

    @Test(
        "on random graphs, bidirectional Dijkstra equals the textbook Dijkstra in time, length and path",
        arguments: 0..<40)
    func bidirectionalMatchesTextbook(seed: UInt64) throws {
        let g = try TinyNetwork.random(seed: 1000 + seed, nodes: 25 + Int(seed % 30), links: 60).graph()
        var search = BidirectionalSearch(graph: g)
        for s in 0..<g.nodeCount {
            let reference = textbookDijkstra(g, from: s)
            for t in 0..<g.nodeCount {
                let expected = try #require(reference[t])
                let found = search.route(from: Int32(s), to: Int32(t))
                let r = try #require(found)
                #expect(r.time == expected.time && r.mm == expected.mm, "seed \(seed): \(s) → \(t)")
                let path = search.path(of: r)
                #expect(path.first == Int32(s) && path.last == Int32(t))
                let c = try #require(cost(of: path, in: g))
                #expect(c.time == r.time && c.mm == r.mm)
            }
        }
    }

    @Test("the model's cached point-to-point answers equal its matrix answers")
    func pointToPointEqualsMatrix() throws {
        let g = try TinyNetwork.random(seed: 7, nodes: 40, links: 90).graph()
        let points = (0..<12).map { g.points[$0 * 3 % g.nodeCount] }
        let model = NetworkTravelTime(graph: g, snap: bruteForceSnapper(g))
        let early = points.map(model.addPlace)
        try model.precomputeMatrix()
        let late = points.map(model.addPlace)
        for round in 0..<2 {  // the second round comes from the route cache
            for (i, a) in early.enumerated() {
                for (j, b) in early.enumerated() {
                    #expect(
                        model.travelTime(from: late[i], to: late[j], at: .zero)
                            == model.travelTime(from: a, to: b, at: .zero))
                    #expect(model.distance(from: late[i], to: b) == model.distance(from: a, to: b))
                }
            }
            if round == 1 { #expect(model.routeCacheStatistics.hits > 0) }
        }
    }
}
