import Simulation
import Testing

@testable import Operations

@Suite("Min-cost flow against exhaustive enumeration and residual certificates")
struct MinCostFlowTests {
    /// A random network on `nodes` nodes, source 0 and sink `nodes − 1`. With `negativeCosts` the arcs
    /// run from lower to higher index (no cycle, so no cycle of negative cost); otherwise anywhere.
    struct Network {
        var nodes: Int
        var arcs: [(from: Int, to: Int, capacity: Int, cost: Int64)] = []
        var maxFlow: Int

        init(seed: UInt64, nodes: ClosedRange<Int>, arcs: ClosedRange<Int>, capacity: ClosedRange<Int>) {
            var g = SeededGenerator(seed: seed)
            self.nodes = g.int(nodes)
            let negativeCosts = g.chance(0.5)
            for _ in 0..<g.int(arcs) {
                var u = g.int(0...self.nodes - 1), v = g.int(0...self.nodes - 1)
                while u == v { v = g.int(0...self.nodes - 1) }
                if negativeCosts && u > v { swap(&u, &v) }
                self.arcs.append((u, v, g.int(capacity), Int64(g.int(negativeCosts ? -6...9 : 0...9))))
            }
            maxFlow = g.chance(0.5) ? .max : g.int(0...4)
        }

        /// The solver's answer and the flow it put on each arc.
        func solve() -> (flow: Int, cost: Int64, arcs: [FlowArc]) {
            var graph = MinCostFlow(nodes: nodes)
            let indices = arcs.map { graph.addArc(from: $0.from, to: $0.to, capacity: $0.capacity, cost: $0.cost) }
            let (flow, cost) = graph.solve(source: 0, sink: nodes - 1, maxFlow: maxFlow)
            let flows = zip(arcs, indices).map {
                FlowArc(from: $0.from, to: $0.to, capacity: $0.capacity, cost: $0.cost, flow: graph.flow(onArc: $1))
            }
            return (flow, cost, flows)
        }
    }

    @Test("the same flow value and least cost as enumerating every integer flow, over 2,000 seeded networks")
    func equalsExhaustiveEnumeration() {
        var withFlow = 0, limited = 0
        for seed in UInt64(1)...2000 {
            let net = Network(seed: seed, nodes: 3...5, arcs: 2...7, capacity: 0...3)
            let result = net.solve()
            let reference = exhaustiveMinCostFlow(
                nodes: net.nodes, arcs: net.arcs, source: 0, sink: net.nodes - 1, maxFlow: net.maxFlow)
            #expect(
                result.flow == reference.flow && result.cost == reference.cost,
                "seed \(seed): \(result.flow) at \(result.cost)")
            let valid = isFlow(result.arcs, nodes: net.nodes, value: result.flow, cost: result.cost)
            #expect(valid, "seed \(seed): not a flow of that value and cost")
            if reference.flow > 0 { withFlow += 1 }
            if reference.flow == net.maxFlow && net.maxFlow > 0 { limited += 1 }
        }
        #expect(withFlow > 500 && limited > 120, "\(withFlow) with flow, \(limited) stopped by maxFlow")
    }

    @Test("on 40 seeded networks of 60 nodes: a flow within capacities, the most value, the least cost")
    func largeNetworksAreOptimal() {
        for seed in UInt64(501)...540 {
            var net = Network(seed: seed, nodes: 60...60, arcs: 400...400, capacity: 0...12)
            net.maxFlow = seed % 3 == 0 ? 15 : .max
            let result = net.solve()
            let valid = isFlow(result.arcs, nodes: net.nodes, value: result.flow, cost: result.cost)
            #expect(valid, "seed \(seed): not a flow of that value and cost")
            #expect(result.flow <= net.maxFlow, "seed \(seed)")
            let augmentable = ResidualCertificate.hasAugmentingPath(
                nodes: net.nodes, arcs: result.arcs, source: 0, sink: net.nodes - 1)
            let improvable = ResidualCertificate.hasNegativeCycle(nodes: net.nodes, arcs: result.arcs)
            #expect(result.flow == net.maxFlow || !augmentable, "seed \(seed): short of the most flow")
            #expect(!improvable, "seed \(seed): a cheaper flow of the same value")
        }
    }

    @Test("a cheaper path of two arcs wins over a dear direct arc, and the bottleneck limits each path")
    func handBuiltNetwork() {
        var graph = MinCostFlow(nodes: 4)
        let direct = graph.addArc(from: 0, to: 3, capacity: 5, cost: 10)
        let first = graph.addArc(from: 0, to: 1, capacity: 2, cost: 1)
        let second = graph.addArc(from: 1, to: 3, capacity: 3, cost: -2)
        let unused = graph.addArc(from: 2, to: 3, capacity: 9, cost: 0)
        let (flow, cost) = graph.solve(source: 0, sink: 3, maxFlow: 4)
        #expect(flow == 4 && cost == 2 * -1 + 2 * 10)
        #expect(
            [direct, first, second, unused].map { graph.flow(onArc: $0) } == [2, 2, 2, 0])
        // A second call continues from there: one more unit, on the direct arc.
        #expect(graph.solve(source: 0, sink: 3, maxFlow: 1) == (1, 10))
        #expect(graph.flow(onArc: direct) == 3)
    }

    @Test("a tie between two paths goes through the lower node, though its arcs were added last")
    func tieGoesThroughLowerNode() {
        var graph = MinCostFlow(nodes: 4)
        let viaTwo = [
            graph.addArc(from: 0, to: 2, capacity: 1, cost: 2), graph.addArc(from: 2, to: 3, capacity: 1, cost: 2)
        ]
        let viaOne = [
            graph.addArc(from: 0, to: 1, capacity: 1, cost: 2), graph.addArc(from: 1, to: 3, capacity: 1, cost: 2)
        ]
        #expect(graph.solve(source: 0, sink: 3, maxFlow: 1) == (1, 4))
        #expect(viaOne.map { graph.flow(onArc: $0) } == [1, 1] && viaTwo.map { graph.flow(onArc: $0) } == [0, 0])
    }

    @Test("the same network gives the same flow on every arc, over 200 seeded networks built twice")
    func deterministic() {
        for seed in UInt64(900)...1099 {
            let net = Network(seed: seed, nodes: 8...12, arcs: 20...40, capacity: 0...4)
            let a = net.solve(), b = net.solve()
            #expect(a.flow == b.flow && a.cost == b.cost && a.arcs.map(\.flow) == b.arcs.map(\.flow), "seed \(seed)")
        }
    }

    /// Within capacities, conserved at every node but the source (net out `value`) and the sink, and
    /// costing `cost`.
    private func isFlow(_ arcs: [FlowArc], nodes: Int, value: Int, cost: Int64) -> Bool {
        var net = [Int](repeating: 0, count: nodes)
        for a in arcs {
            guard (0...a.capacity).contains(a.flow) else { return false }
            net[a.from] += a.flow
            net[a.to] -= a.flow
        }
        let interior = (1..<nodes - 1).allSatisfy { net[$0] == 0 }
        return interior && net[0] == value && arcs.reduce(Int64(0)) { $0 + Int64($1.flow) * $1.cost } == cost
    }
}
