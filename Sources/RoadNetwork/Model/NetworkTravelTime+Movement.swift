import Simulation

extension NetworkTravelTime {
    /// The nodes of the fastest path from `a`'s node to `b`'s node (one node if they share it).
    /// - Complexity: a bidirectional Dijkstra (paths are not cached).
    public func path(from a: PlaceID, to b: PlaceID) -> [Int32] {
        let s = node(of: a), t = node(of: b)
        if s == t { return [s] }
        guard let r = search.route(from: s, to: t) else {
            preconditionFailure(
                "node \(graph.nodeIDs[Int(t)]) unreachable from \(graph.nodeIDs[Int(s)]) in a strongly connected graph")
        }
        return search.path(of: r)
    }

    /// Where a vehicle that left `a` for `b` at `departure` is at `time`: on the path, interpolated
    /// linearly within the edge it is on by time (the trip's congestion factor stretches every edge alike).
    /// Before departure it is at `a`'s node, after arrival at `b`'s.
    /// - Complexity: the path search plus O(path length).
    public func position(from a: PlaceID, to b: PlaceID, departedAt departure: SimTime, at time: SimTime) -> GeoPoint {
        let nodes = path(from: a, to: b)
        let points = graph.points
        guard nodes.count > 1, time > departure else { return points[Int(nodes[0])] }
        // Elapsed free-flow milliseconds: the whole trip is scaled by the departure hour's factor.
        let elapsed = Double((time - departure).ms) / congestion.factor(at: departure)
        var done = 0.0
        for k in 0..<(nodes.count - 1) {
            let u = nodes[k], v = nodes[k + 1]
            let e = graph.edge(from: u, to: v)!
            let ms = Double(graph.milliseconds[Int(e)])
            if elapsed < done + ms {
                let f = (elapsed - done) / ms
                let p = points[Int(u)], q = points[Int(v)]
                return GeoPoint(lat: p.lat + (q.lat - p.lat) * f, lon: p.lon + (q.lon - p.lon) * f)
            }
            done += ms
        }
        return points[Int(nodes[nodes.count - 1])]
    }
}
