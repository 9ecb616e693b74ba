/// A minimum-cost flow solver: successive shortest paths with node potentials.
///
/// What it is for: the transportation problems of rebalancing (`TransportationProblem`), where zones
/// number in the tens to hundreds and flows are whole vehicles, so an exact integer solver in plain
/// Swift is enough (MATSim calls a small `graphs.flows` library for the same job; FleetPy needs Gurobi).
///
/// Method: arcs are stored with their residual twins. The first potentials are zero when every arc
/// with capacity costs at least zero, and otherwise come from Bellman–Ford from the source (negative
/// costs are allowed, cycles of negative cost are not: `solve` traps on one). Each round then runs
/// Dijkstra on the reduced costs `cost + π(u) − π(v)` (never negative) and pushes the bottleneck along
/// the cheapest path; the flow of every value along the way is of minimum cost, so stopping at
/// `maxFlow` gives a minimum-cost flow of that value.
///
/// Complexity: Dijkstra scans the nodes for the nearest one (O(V² + E) per round, the right shape for
/// the dense graphs of transportation problems); each round pushes at least one unit, so at most
/// `min(maxFlow, max flow)` rounds. Bellman–Ford, when needed, is O(V·E) once per `solve`.
///
/// Determinism: Dijkstra settles the nearest node, the lowest index among equals; a node's
/// predecessor changes only on a strictly shorter distance, and arcs are scanned in insertion order.
/// The same graph always gives the same flow on every arc.
public struct MinCostFlow: Sendable {
    /// Arc `i` of the caller is residual arc `2i`; its reverse twin is `2i + 1`.
    private var head: [Int] = []
    private var residual: [Int] = []
    private var cost: [Int64] = []
    /// Each node's residual arcs, in insertion order.
    private var outgoing: [[Int]]

    public init(nodes: Int) {
        precondition(nodes >= 0, "a graph has no negative number of nodes")
        outgoing = Array(repeating: [], count: nodes)
    }

    public var nodeCount: Int { outgoing.count }
    public var arcCount: Int { head.count / 2 }

    /// Adds an arc and returns its index (0, 1, 2, … in insertion order).
    @discardableResult
    public mutating func addArc(from: Int, to: Int, capacity: Int, cost arcCost: Int64) -> Int {
        precondition(
            outgoing.indices.contains(from) && outgoing.indices.contains(to), "arc \(from)→\(to): no such node")
        precondition(capacity >= 0, "arc \(from)→\(to): negative capacity \(capacity)")
        let index = head.count / 2
        outgoing[from].append(head.count)
        head.append(to); residual.append(capacity); cost.append(arcCost)
        outgoing[to].append(head.count)
        head.append(from); residual.append(0); cost.append(-arcCost)
        return index
    }

    /// The units flowing on arc `arc` (as returned by `addArc`).
    public func flow(onArc arc: Int) -> Int { residual[2 * arc + 1] }

    /// Sends up to `maxFlow` units from `source` to `sink` at minimum cost; returns the units sent (the
    /// maximum flow when it is below `maxFlow`) and their cost. A second call continues from the flow
    /// already sent.
    public mutating func solve(source: Int, sink: Int, maxFlow: Int = .max) -> (flow: Int, cost: Int64) {
        precondition(outgoing.indices.contains(source) && outgoing.indices.contains(sink), "no such source or sink")
        precondition(maxFlow >= 0, "negative maxFlow \(maxFlow)")
        guard source != sink else { return (0, 0) }
        var potential = initialPotentials(source: source)
        var sent = 0, total: Int64 = 0
        while sent < maxFlow, let path = shortestPath(source: source, sink: sink, potential: &potential) {
            var push = maxFlow - sent
            for a in path { push = min(push, residual[a]) }
            for a in path {
                residual[a] -= push
                residual[a ^ 1] += push
                total += Int64(push) * cost[a]
            }
            sent += push
        }
        return (sent, total)
    }

    /// Zero when no arc with residual capacity costs less than zero; otherwise Bellman–Ford distances
    /// from the source (nodes it cannot reach keep 0: no residual arc ever reaches them).
    private func initialPotentials(source: Int) -> [Int64] {
        var potential = [Int64](repeating: 0, count: nodeCount)
        guard head.indices.contains(where: { residual[$0] > 0 && cost[$0] < 0 }) else { return potential }
        let unreached = Int64.max
        var distance = [Int64](repeating: unreached, count: nodeCount)
        distance[source] = 0
        // Shortest paths have at most V − 1 arcs: a change in pass V means a cycle of negative cost.
        for pass in 1...nodeCount {
            var changed = false
            for a in head.indices where residual[a] > 0 {
                let u = head[a ^ 1], v = head[a]
                guard distance[u] != unreached, distance[u] + cost[a] < distance[v] else { continue }
                distance[v] = distance[u] + cost[a]
                changed = true
            }
            if !changed { break }
            precondition(pass < nodeCount, "a cycle of negative cost: the minimum-cost flow is unbounded")
        }
        for v in 0..<nodeCount where distance[v] != unreached { potential[v] = distance[v] }
        return potential
    }

    /// Dijkstra on reduced costs; the residual arcs of the cheapest path from source to sink, or nil when
    /// the sink is out of reach. Adds the distances to the potentials of the nodes reached.
    private func shortestPath(source: Int, sink: Int, potential: inout [Int64]) -> [Int]? {
        let unreached = Int64.max
        var distance = [Int64](repeating: unreached, count: nodeCount)
        var via = [Int](repeating: -1, count: nodeCount)
        var settled = [Bool](repeating: false, count: nodeCount)
        distance[source] = 0
        while true {
            var u = -1
            for v in 0..<nodeCount where !settled[v] && distance[v] != unreached {
                if u < 0 || distance[v] < distance[u] { u = v }
            }
            if u < 0 { break }
            settled[u] = true
            for a in outgoing[u] where residual[a] > 0 {
                let v = head[a]
                let reduced = cost[a] + potential[u] - potential[v]
                if !settled[v] && distance[u] + reduced < distance[v] {
                    distance[v] = distance[u] + reduced
                    via[v] = a
                }
            }
        }
        guard distance[sink] != unreached else { return nil }
        for v in 0..<nodeCount where distance[v] != unreached { potential[v] += distance[v] }
        var path: [Int] = []
        var v = sink
        while v != source {
            path.append(via[v])
            v = head[via[v] ^ 1]
        }
        return path.reversed()
    }
}
