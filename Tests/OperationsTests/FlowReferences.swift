import Simulation

/// Small draws for the seeded instances.
extension SeededGenerator {
    mutating func int(_ range: ClosedRange<Int>) -> Int { range.lowerBound + Int(next() % UInt64(range.count)) }
    mutating func chance(_ p: Double) -> Bool { unit() < p }
}

/// An arc with the flow a solver put on it, for the references below.
struct FlowArc {
    var from: Int, to: Int, capacity: Int, cost: Int64, flow: Int
}

/// The optimum of a tiny transportation problem by enumerating every integer flow matrix.
struct ExhaustiveTransportation {
    /// The most units any feasible matrix ships, and the least cost among the matrices that ship that many.
    var units = -1
    var cost = Int64.max
    /// How many matrices reach that optimum, and the first one found (row-major).
    var optimalMatrices = 0
    var optimum: [Int] = []

    init(supply: [Int], demand: [Int], cost: [[Int64?]]) {
        var matrix = [Int](repeating: 0, count: supply.count * demand.count)
        var rowLeft = supply, columnLeft = demand
        enumerate(cell: 0, &matrix, &rowLeft, &columnLeft, columns: demand.count, cost: cost)
    }

    private mutating func enumerate(
        cell: Int, _ matrix: inout [Int], _ rowLeft: inout [Int], _ columnLeft: inout [Int], columns: Int,
        cost: [[Int64?]]
    ) {
        guard cell < matrix.count else {
            record(matrix, columns: columns, cost: cost)
            return
        }
        let i = cell / columns, j = cell % columns
        let most = cost[i][j] == nil ? 0 : min(rowLeft[i], columnLeft[j])
        for x in 0...most {
            matrix[cell] = x
            rowLeft[i] -= x
            columnLeft[j] -= x
            enumerate(cell: cell + 1, &matrix, &rowLeft, &columnLeft, columns: columns, cost: cost)
            rowLeft[i] += x
            columnLeft[j] += x
        }
        matrix[cell] = 0
    }

    private mutating func record(_ matrix: [Int], columns: Int, cost: [[Int64?]]) {
        var shipped = 0, total: Int64 = 0
        for (cell, x) in matrix.enumerated() where x > 0 {
            shipped += x
            total += Int64(x) * cost[cell / columns][cell % columns]!
        }
        if shipped > units || (shipped == units && total < self.cost) {
            units = shipped
            self.cost = total
            optimalMatrices = 1
            optimum = matrix
        } else if shipped == units && total == self.cost {
            optimalMatrices += 1
        }
    }
}

/// The optimum of a tiny flow network by enumerating every integer flow on its arcs: the largest flow
/// value up to `maxFlow`, and the least cost of a flow of that value.
func exhaustiveMinCostFlow(
    nodes: Int, arcs: [(from: Int, to: Int, capacity: Int, cost: Int64)], source: Int, sink: Int, maxFlow: Int
) -> (flow: Int, cost: Int64) {
    var best = (flow: -1, cost: Int64.max)
    var flows = [Int](repeating: 0, count: arcs.count)
    func visit(_ k: Int) {
        guard k < arcs.count else {
            var net = [Int](repeating: 0, count: nodes)
            var cost: Int64 = 0
            for (a, x) in zip(arcs, flows) {
                net[a.from] += x
                net[a.to] -= x
                cost += Int64(x) * a.cost
            }
            for v in 0..<nodes where v != source && v != sink && net[v] != 0 { return }
            let value = net[source]
            guard value >= 0, value <= maxFlow else { return }
            if value > best.flow || (value == best.flow && cost < best.cost) { best = (value, cost) }
            return
        }
        for x in 0...arcs[k].capacity {
            flows[k] = x
            visit(k + 1)
        }
        flows[k] = 0
    }
    visit(0)
    return best
}

/// Independent optimality certificates for a flow: it has the most value when the residual graph has
/// no path from source to sink, and the least cost for its value when the residual graph has no cycle
/// of negative cost (Bellman–Ford from every node at once).
enum ResidualCertificate {
    static func residualArcs(_ arcs: [FlowArc]) -> [(from: Int, to: Int, cost: Int64)] {
        var residual: [(from: Int, to: Int, cost: Int64)] = []
        for a in arcs {
            if a.flow < a.capacity { residual.append((a.from, a.to, a.cost)) }
            if a.flow > 0 { residual.append((a.to, a.from, -a.cost)) }
        }
        return residual
    }

    static func hasAugmentingPath(nodes: Int, arcs: [FlowArc], source: Int, sink: Int) -> Bool {
        let residual = residualArcs(arcs)
        var reached = [Bool](repeating: false, count: nodes)
        reached[source] = true
        var frontier = [source]
        while let u = frontier.popLast() {
            for r in residual where r.from == u && !reached[r.to] {
                reached[r.to] = true
                frontier.append(r.to)
            }
        }
        return reached[sink]
    }

    static func hasNegativeCycle(nodes: Int, arcs: [FlowArc]) -> Bool {
        let residual = residualArcs(arcs)
        var distance = [Int64](repeating: 0, count: nodes)
        for _ in 0..<nodes {
            var changed = false
            for r in residual where distance[r.from] + r.cost < distance[r.to] {
                distance[r.to] = distance[r.from] + r.cost
                changed = true
            }
            if !changed { return false }
        }
        return true
    }
}
