import Simulation
import Testing

@testable import Operations

@Suite("Transportation problem against exhaustive enumeration")
struct TransportationProblemTests {
    /// A random instance: supplies and demands of `units` each (total supply at most `maxSupply`), costs
    /// up to `maxCost` (often tied; in one instance of five, some negative), each arc forbidden with a
    /// probability of up to one half.
    struct Instance {
        var supply: [Int], demand: [Int], cost: [[Int64?]]

        init(
            seed: UInt64, origins: ClosedRange<Int>, destinations: ClosedRange<Int>, units: ClosedRange<Int>,
            maxSupply: Int = .max, maxCost: Int
        ) {
            var g = SeededGenerator(seed: seed)
            var supply = (0..<g.int(origins)).map { _ in g.int(units) }
            while supply.reduce(0, +) > maxSupply, let i = supply.firstIndex(where: { $0 > 0 }) { supply[i] -= 1 }
            let demand = (0..<g.int(destinations)).map { _ in g.int(units) }
            let forbidden = g.uniform(0...0.5)
            let lowest = g.chance(0.2) ? -maxCost / 2 : 0
            cost = supply.map { _ in
                demand.map { _ in g.chance(forbidden) ? nil : Int64(g.int(lowest...maxCost)) }
            }
            self.supply = supply
            self.demand = demand
        }

        func solve() -> [(from: Int, to: Int, units: Int)] {
            TransportationProblem.solve(supply: supply, demand: demand) { cost[$0][$1] }
        }
    }

    @Test("ships as many units as exhaustive enumeration at the same least cost, over 3,000 seeded instances up to 4×4")
    func equalsExhaustiveEnumeration() {
        var unique = 0, blocked = 0
        for seed in UInt64(1)...3000 {
            let inst = Instance(seed: seed, origins: 1...4, destinations: 1...4, units: 0...3, maxSupply: 6, maxCost: 9)
            let result = inst.solve()
            let reference = ExhaustiveTransportation(supply: inst.supply, demand: inst.demand, cost: inst.cost)
            let feasible = isFeasible(result, inst)
            #expect(feasible, "seed \(seed): \(result)")
            let units = result.reduce(0) { $0 + $1.units }
            let cost = result.reduce(Int64(0)) { $0 + Int64($1.units) * inst.cost[$1.from][$1.to]! }
            #expect(units == reference.units && cost == reference.cost, "seed \(seed): \(units) units at \(cost)")
            if reference.optimalMatrices == 1 {
                unique += 1
                #expect(matrix(result, inst) == reference.optimum, "seed \(seed): the one optimal flow")
            }
            if reference.units < min(inst.supply.reduce(0, +), inst.demand.reduce(0, +)) { blocked += 1 }
        }
        // Both a unique optimum and forbidden arcs that hold back units must be common, or this proves little.
        #expect(unique > 1500 && blocked > 250, "\(unique) unique optima, \(blocked) held back by forbidden arcs")
    }

    @Test("on 40 seeded 30×30 instances: within supplies, demands and allowed arcs; most units; least cost")
    func largeInstancesAreOptimal() {
        for seed in UInt64(101)...140 {
            let inst = Instance(seed: seed, origins: 30...30, destinations: 30...30, units: 0...8, maxCost: 1000)
            let result = inst.solve()
            let feasible = isFeasible(result, inst)
            #expect(feasible, "seed \(seed)")
            let flows = matrix(result, inst)
            // The network source 0 → origins → destinations → sink, with the solution's flows; the
            // origin-to-destination arcs unbounded, so the certificate does not lean on the solver's model.
            let o = inst.supply.count, d = inst.demand.count, sink = o + d + 1
            var arcs: [FlowArc] = []
            for i in 0..<o {
                let shipped = (0..<d).reduce(0) { $0 + flows[i * d + $1] }
                arcs.append(FlowArc(from: 0, to: 1 + i, capacity: inst.supply[i], cost: 0, flow: shipped))
            }
            for j in 0..<d {
                let received = (0..<o).reduce(0) { $0 + flows[$1 * d + j] }
                arcs.append(FlowArc(from: 1 + o + j, to: sink, capacity: inst.demand[j], cost: 0, flow: received))
            }
            for i in 0..<o {
                for j in 0..<d {
                    guard let c = inst.cost[i][j] else { continue }
                    arcs.append(FlowArc(from: 1 + i, to: 1 + o + j, capacity: 1 << 40, cost: c, flow: flows[i * d + j]))
                }
            }
            let augmentable = ResidualCertificate.hasAugmentingPath(nodes: sink + 1, arcs: arcs, source: 0, sink: sink)
            let improvable = ResidualCertificate.hasNegativeCycle(nodes: sink + 1, arcs: arcs)
            #expect(!augmentable, "seed \(seed): more units could be shipped")
            #expect(!improvable, "seed \(seed): a cheaper flow ships as many")
        }
    }

    @Test("with every arc allowed, ships min(total supply, total demand) and asks the cost of used zones only")
    func allArcsAllowedShipsTheSmallerTotal() {
        let supply = [3, 0, 2], demand = [1, 4, 0, 1]
        var asked: [(Int, Int)] = []
        let result = TransportationProblem.solve(supply: supply, demand: demand) { i, j in
            asked.append((i, j))
            return Int64(abs(i - j) * 10 + i + j)
        }
        #expect(result.reduce(0) { $0 + $1.units } == 5)
        #expect(asked.allSatisfy { supply[$0.0] > 0 && demand[$0.1] > 0 })
        // The one cheapest (48): origin 0 → 0 (1 unit at 0), 0 → 1 (2 at 11), 2 → 1 (2 at 13); sending
        // origin 2's second unit to destination 3 instead would cost 15.
        #expect(result.map { [$0.from, $0.to, $0.units] } == [[0, 0, 1], [0, 1, 2], [2, 1, 2]])
    }

    /// Sorted by (from, to), each shipment positive and on an allowed arc, supplies and demands respected.
    private func isFeasible(_ result: [(from: Int, to: Int, units: Int)], _ inst: Instance) -> Bool {
        var shipped = [Int](repeating: 0, count: inst.supply.count)
        var received = [Int](repeating: 0, count: inst.demand.count)
        for (k, s) in result.enumerated() {
            if k > 0 && (result[k - 1].from, result[k - 1].to) >= (s.from, s.to) { return false }
            guard s.units > 0, inst.cost[s.from][s.to] != nil else { return false }
            shipped[s.from] += s.units
            received[s.to] += s.units
        }
        return zip(shipped, inst.supply).allSatisfy { $0 <= $1 } && zip(received, inst.demand).allSatisfy { $0 <= $1 }
    }

    private func matrix(_ result: [(from: Int, to: Int, units: Int)], _ inst: Instance) -> [Int] {
        var m = [Int](repeating: 0, count: inst.supply.count * inst.demand.count)
        for s in result { m[s.from * inst.demand.count + s.to] += s.units }
        return m
    }
}
