import Simulation

/// A directed road graph in compressed sparse row (CSR) form: flat arrays, no objects on the hot path.
///
/// Node `v`'s outgoing edges are `offsets[v] ..< offsets[v + 1]` into `targets`, `millimetres` and
/// `milliseconds`; the reverse adjacency (`reverseOffsets`, `reverseSources`, `reverseEdges`) lists
/// each node's incoming edges for backward searches. Lengths are integer millimetres and times
/// integer milliseconds, so path sums are exact and every search finds the same (time, length) optimum.
/// Build one from `NetworkData` with `init(_:speeds:)`, which keeps car links in the largest strongly
/// connected component: every node reaches every other.
public struct RoadGraph: Sendable {
    /// Node ids from the file, by node index.
    public let nodeIDs: [String]
    /// Node positions (WGS84), by node index.
    public let points: [GeoPoint]
    /// CSR row starts: `nodeCount + 1` entries.
    public let offsets: [Int32]
    /// Each edge's head node.
    public let targets: [Int32]
    /// Each edge's length in millimetres (≥ 1).
    public let millimetres: [Int32]
    /// Each edge's free-flow travel time in milliseconds (≥ 1), after the speed settings.
    public let milliseconds: [Int32]
    /// Each edge's id from the file.
    public let edgeIDs: [String]
    /// Reverse CSR row starts: node `v`'s incoming edges are `reverseOffsets[v] ..< reverseOffsets[v + 1]`.
    public let reverseOffsets: [Int32]
    /// Each incoming edge's tail node, in reverse CSR order.
    public let reverseSources: [Int32]
    /// Each incoming edge's index into the forward edge arrays, in reverse CSR order.
    public let reverseEdges: [Int32]
    /// The speed settings the times were computed with.
    public let speeds: SpeedSettings
    /// What loading kept and dropped.
    public let report: NetworkLoadReport
    /// The highest driving speed of any edge (m/s), after the speed settings.
    public let maxSpeed: Double
    /// The highest straight-line speed over any edge: great-circle distance between its nodes ÷ its time (m/s).
    /// Long MATSim links are longer than their chord, but a bad link can be shorter: this bounds both.
    public let maxChordSpeed: Double

    /// The number of nodes.
    public var nodeCount: Int { points.count }
    /// The number of directed edges.
    public var edgeCount: Int { targets.count }

    init(
        nodeIDs: [String], points: [GeoPoint], offsets: [Int32], targets: [Int32], millimetres: [Int32],
        milliseconds: [Int32], edgeIDs: [String], speeds: SpeedSettings, report: NetworkLoadReport, maxSpeed: Double
    ) {
        self.nodeIDs = nodeIDs; self.points = points; self.offsets = offsets; self.targets = targets
        self.millimetres = millimetres; self.milliseconds = milliseconds; self.edgeIDs = edgeIDs
        self.speeds = speeds; self.report = report; self.maxSpeed = maxSpeed
        // Reverse CSR by counting sort on the head node (stable: edges keep their forward order).
        let n = points.count
        var counts = [Int32](repeating: 0, count: n + 1)
        for t in targets { counts[Int(t) + 1] += 1 }
        for v in 0..<n { counts[v + 1] += counts[v] }
        var next = counts
        var sources = [Int32](repeating: 0, count: targets.count), edges = sources
        var chord = 0.0
        for v in 0..<n {
            for e in Int(offsets[v])..<Int(offsets[v + 1]) {
                let t = Int(targets[e]), slot = Int(next[t])
                next[t] += 1
                sources[slot] = Int32(v); edges[slot] = Int32(e)
                chord = max(chord, points[v].distance(to: points[t]) / (Double(milliseconds[e]) / 1000))
            }
        }
        reverseOffsets = counts; reverseSources = sources; reverseEdges = edges
        maxChordSpeed = chord
    }

    /// The edge from `u` to `v` with the least (time, length), if there is one.
    /// - Complexity: O(out-degree of u).
    public func edge(from u: Int32, to v: Int32) -> Int32? {
        var best: Int32?
        for e in offsets[Int(u)]..<offsets[Int(u) + 1] where targets[Int(e)] == v {
            if let b = best, (milliseconds[Int(b)], millimetres[Int(b)]) <= (milliseconds[Int(e)], millimetres[Int(e)])
            {
                continue
            }
            best = e
        }
        return best
    }
}
