/// Point-to-point shortest paths by bidirectional Dijkstra: a forward search from the source and a
/// backward one from the target, stopped when their frontiers prove the best meeting is final.
///
/// I. Pohl, "Bi-directional search", Machine Intelligence 6, 1971; the stopping rule and the update of
/// the best path µ on edge scans as in A. V. Goldberg and C. Harrelson, "Computing the shortest path:
/// A* search meets graph theory", SODA 2005, §3: stop when top(forward) + top(backward) ≥ µ.
/// Keys are (time, length) pairs compared lexicographically, an ordered monoid for which the same proof
/// holds, so the result equals `DijkstraSearch`'s exactly.
struct BidirectionalSearch {
    /// A shortest path's time (ms), length (mm) and a node on it where the searches met.
    struct Route: Equatable {
        var time: Int64
        var mm: Int64
        var meeting: Int32
    }

    private(set) var forward: DijkstraSearch
    private(set) var backward: DijkstraSearch

    init(graph: RoadGraph) {
        forward = DijkstraSearch(graph: graph)
        backward = DijkstraSearch(graph: graph, backward: true)
    }

    /// The fastest (then shortest) route from `s` to `t`, or nil if `t` is unreachable.
    /// - Complexity: O((n' + m') log n') for the n' nodes and m' edges the two searches touch, typically
    ///   far fewer than one full search's.
    mutating func route(from s: Int32, to t: Int32) -> Route? {
        forward.start(from: s)
        backward.start(from: t)
        var best: Route? = s == t ? Route(time: 0, mm: 0, meeting: s) : nil
        let graph = forward.graph
        while let f = forward.frontier, let b = backward.frontier {
            if let best, !Self.less(f.time + b.time, f.mm + b.mm, than: best) { break }
            let useForward = f < b
            if useForward {
                guard let u = forward.step() else { break }
                scan(
                    u, offsets: graph.offsets, heads: graph.targets, edgeOf: nil, this: forward, other: backward,
                    best: &best)
            } else {
                guard let u = backward.step() else { break }
                scan(
                    u, offsets: graph.reverseOffsets, heads: graph.reverseSources, edgeOf: graph.reverseEdges,
                    this: backward, other: forward, best: &best)
            }
        }
        return best
    }

    /// The node path of `route` from its source to its target.
    func path(of route: Route) -> [Int32] {
        forward.path(to: route.meeting) + backward.path(to: route.meeting).dropFirst()
    }

    /// µ update: every edge (u, v) just scanned on `this` side, with v labelled on the `other`, closes a path.
    @inline(__always)
    private func scan(
        _ u: Int32, offsets: [Int32], heads: [Int32], edgeOf: [Int32]?, this: DijkstraSearch,
        other: DijkstraSearch, best: inout Route?
    ) {
        let graph = this.graph
        let tu = this.time[Int(u)], du = this.mm[Int(u)]
        if other.time[Int(u)] != DijkstraSearch.unreached {
            consider(tu + other.time[Int(u)], du + other.mm[Int(u)], meeting: u, best: &best)
        }
        for i in Int(offsets[Int(u)])..<Int(offsets[Int(u) + 1]) {
            let v = Int(heads[i])
            guard other.time[v] != DijkstraSearch.unreached else { continue }
            let edge = edgeOf.map { Int($0[i]) } ?? i
            // The meeting node is v: this side's label of v may be worse than the path through u, so
            // only when this side's label of v is this path's prefix can we rebuild it from v.
            let t = tu + Int64(graph.milliseconds[edge]) + other.time[v],
                d = du + Int64(graph.millimetres[edge]) + other.mm[v]
            if this.time[v] + other.time[v] == t && this.mm[v] + other.mm[v] == d {
                consider(t, d, meeting: Int32(v), best: &best)
            }
        }
    }

    @inline(__always) private func consider(_ t: Int64, _ d: Int64, meeting: Int32, best: inout Route?) {
        if let b = best, !Self.less(t, d, than: b) { return }
        best = Route(time: t, mm: d, meeting: meeting)
    }

    @inline(__always) private static func less(_ t: Int64, _ d: Int64, than r: Route) -> Bool {
        t != r.time ? t < r.time : d < r.mm
    }
}
