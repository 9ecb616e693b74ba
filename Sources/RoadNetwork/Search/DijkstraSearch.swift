/// One-to-many shortest paths on a `RoadGraph` by Dijkstra's algorithm, reusing its buffers across queries.
///
/// E. W. Dijkstra, "A note on two problems in connexion with graphs", Numerische Mathematik 1, 1959.
/// Paths are ordered by (time, length): the fastest path, and among equally fast ones the shortest,
/// so that every search in this module agrees on the distance too. Labels live in flat arrays over all
/// nodes; a query resets only the nodes the previous one touched. Searching backward (on the reverse
/// adjacency) gives the paths from every node to the source instead.
struct DijkstraSearch {
    static let unreached = Int64.max

    let graph: RoadGraph
    let backward: Bool
    /// Time (ms) and length (mm) of the best path found to each node; `unreached` where none.
    private(set) var time: [Int64]
    private(set) var mm: [Int64]
    /// The node before each reached node on its path (after it, when backward); -1 at the source.
    private(set) var parent: [Int32]
    private var settled: [Bool]
    private var touched: [Int32] = []
    private var heap = SearchHeap()
    private(set) var source: Int32 = -1

    init(graph: RoadGraph, backward: Bool = false) {
        self.graph = graph
        self.backward = backward
        time = [Int64](repeating: Self.unreached, count: graph.nodeCount)
        mm = time
        parent = [Int32](repeating: -1, count: graph.nodeCount)
        settled = [Bool](repeating: false, count: graph.nodeCount)
    }

    /// Settles every node reachable from `source` (reaching it, when backward).
    /// - Complexity: O((n + m) log n) for n nodes and m edges; O(touched) to reset.
    mutating func run(from source: Int32) {
        start(from: source)
        while step() != nil {}
    }

    /// Clears the previous query and labels `source` with (0, 0), ready for `step()`.
    mutating func start(from source: Int32) {
        reset()
        self.source = source
        label(source, time: 0, mm: 0, parent: -1)
    }

    /// The least tentative label not yet settled (or a stale one below it), if any: a lower bound on
    /// every label `step()` settles from now on.
    var frontier: SearchHeap.Entry? { heap.top }

    /// Whether `node` is settled (its label is final).
    func isSettled(_ node: Int32) -> Bool { settled[Int(node)] }

    /// Settles the next node and relaxes its edges; returns it, or nil when the search is exhausted.
    /// - Complexity: O(out-degree × log n) amortised.
    mutating func step() -> Int32? {
        let offsets = backward ? graph.reverseOffsets : graph.offsets
        let heads = backward ? graph.reverseSources : graph.targets
        let ms = graph.milliseconds, lengths = graph.millimetres
        while let e = heap.pop() {
            let u = Int(e.node)
            if settled[u] || e.time != time[u] || e.mm != mm[u] { continue }
            settled[u] = true
            for i in Int(offsets[u])..<Int(offsets[u + 1]) {
                let v = Int(heads[i]), edge = backward ? Int(graph.reverseEdges[i]) : i
                let t = e.time + Int64(ms[edge]), d = e.mm + Int64(lengths[edge])
                if t < time[v] || (t == time[v] && d < mm[v]) { label(Int32(v), time: t, mm: d, parent: Int32(u)) }
            }
            return e.node
        }
        return nil
    }

    /// The node path from the source to `node` (from `node` to the source, when backward); empty if unreached.
    func path(to node: Int32) -> [Int32] {
        guard time[Int(node)] != Self.unreached else { return [] }
        var nodes: [Int32] = [node]
        var v = node
        while parent[Int(v)] >= 0 { v = parent[Int(v)]; nodes.append(v) }
        return backward ? nodes : nodes.reversed()
    }

    @inline(__always) private mutating func label(_ v: Int32, time t: Int64, mm d: Int64, parent p: Int32) {
        let i = Int(v)
        if time[i] == Self.unreached { touched.append(v) }
        time[i] = t; mm[i] = d; parent[i] = p
        heap.push(.init(time: t, mm: d, node: v))
    }

    private mutating func reset() {
        for v in touched {
            let i = Int(v)
            time[i] = Self.unreached; mm[i] = Self.unreached; parent[i] = -1; settled[i] = false
        }
        touched.removeAll(keepingCapacity: true)
        heap.removeAll()
    }
}
