/// The transportation problem: ship units from origins to destinations, as many as possible and, among
/// those, at minimum total cost, over allowed arcs only.
///
/// Built as MATSim's `TransportProblem` (`drt/optimizer/rebalancing/mincostflow`): source → each origin
/// (capacity its supply) → each destination (capacity `min(supply, demand)`, the arc's cost) → sink
/// (capacity its demand), solved by `MinCostFlow` for up to `min(total supply, total demand)` units.
/// Unlike MATSim, an arc may be forbidden (`cost` returns nil: beyond the longest repositioning
/// drive), so fewer units than that may be shipped.
public enum TransportationProblem {
    /// - Parameters:
    ///   - supply: units available at each origin (none negative).
    ///   - demand: units wanted at each destination (none negative).
    ///   - cost: the cost of one unit from origin `i` to destination `j`, or nil if that arc is not
    ///     allowed. Asked only for origins with supply and destinations with demand.
    /// - Returns: the shipments with at least one unit, sorted by (from, to).
    public static func solve(
        supply: [Int], demand: [Int], cost: (Int, Int) -> Int64?
    ) -> [(from: Int, to: Int, units: Int)] {
        precondition(supply.allSatisfy { $0 >= 0 } && demand.allSatisfy { $0 >= 0 }, "negative supply or demand")
        let source = 0, sink = supply.count + demand.count + 1
        func origin(_ i: Int) -> Int { 1 + i }
        func destination(_ j: Int) -> Int { 1 + supply.count + j }
        var graph = MinCostFlow(nodes: sink + 1)
        for (i, units) in supply.enumerated() where units > 0 {
            graph.addArc(from: source, to: origin(i), capacity: units, cost: 0)
        }
        for (j, units) in demand.enumerated() where units > 0 {
            graph.addArc(from: destination(j), to: sink, capacity: units, cost: 0)
        }
        var arcs: [(from: Int, to: Int, arc: Int)] = []
        for (i, offered) in supply.enumerated() where offered > 0 {
            for (j, wanted) in demand.enumerated() where wanted > 0 {
                guard let c = cost(i, j) else { continue }
                let arc = graph.addArc(from: origin(i), to: destination(j), capacity: min(offered, wanted), cost: c)
                arcs.append((i, j, arc))
            }
        }
        let most = min(supply.reduce(0, +), demand.reduce(0, +))
        _ = graph.solve(source: source, sink: sink, maxFlow: most)
        return arcs.compactMap { a in
            let units = graph.flow(onArc: a.arc)
            return units > 0 ? (a.from, a.to, units) : nil
        }
    }
}
