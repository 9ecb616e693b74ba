import DataFiles
import Dispatch
import Simulation

extension NetworkTravelTime {
    /// Computes (or loads) the time and distance matrix between every place registered so far.
    ///
    /// One Dijkstra per distinct source node, stopped once it has settled every place's node, split over `threads` workers (each with its own buffers,
    /// writing its own rows, so the result never depends on the split). With a `cacheDirectory`, the
    /// matrix is first looked up there under a content key of the graph's arrays, the speed settings,
    /// the places' nodes and the file format version, and written there (atomically) when computed.
    /// - Throws: `DataFileError` if the cache cannot be written (a missing or corrupt file is just rebuilt).
    /// - Complexity: O(k (n + m) log n) for k distinct place nodes; 8 × places² bytes.
    public func precomputeMatrix(cacheDirectory: String? = nil, threads: Int = 2) throws(DataFileError) {
        try precompute(columns: nodes, byNode: false, cacheDirectory: cacheDirectory, threads: threads)
    }

    /// Computes (or loads) the matrix between every pair of network nodes, so that any place, also
    /// one registered later (a door-to-door origin), is answered in O(1) through the node it snapped to.
    /// - Complexity: O(n (n + m) log n) for n nodes and m edges; 8 n² bytes.
    public func precomputeNodeMatrix(cacheDirectory: String? = nil, threads: Int = 2) throws(DataFileError) {
        try precompute(
            columns: (0..<Int32(graph.nodeCount)).map { $0 }, byNode: true,
            cacheDirectory: cacheDirectory, threads: threads)
    }

    private func precompute(columns: [Int32], byNode: Bool, cacheDirectory: String?, threads: Int) throws(DataFileError)
    {
        times = .empty; metres = .empty; matrixSize = 0; matrixOrigin = .none; matrixCachePath = nil
        matrixByNode = false; areaBounds = nil
        timesTransposed = .empty; focused[0] = -1; focused[1] = -1
        let n = columns.count
        let t = FixedBuffer<Int32>(count: n * n)
        let m = FixedBuffer<Float>(count: n * n)
        let key = matrixKey(columns: columns, byNode: byNode)
        let path = cacheDirectory.map { MatrixCacheFile.path(directory: $0, key: key) }
        if let path, MatrixCacheFile.read(path: path, key: key, n: n, times: t, metres: m) {
            matrixOrigin = .loadedFromCache
        } else {
            compute(
                columns: columns, times: t.sharedForDisjointWrites, metres: m.sharedForDisjointWrites, threads: threads)
            matrixOrigin = .computed
            if let path {
                do throws(DataFileError) {
                    try MatrixCacheFile.write(path: path, key: key, n: n, times: t, metres: m)
                } catch {
                    matrixOrigin = .none
                    throw error
                }
            }
        }
        areaBounds = AreaBounds(points: columns.map { graph.points[Int($0)] }, times: t, factor: congestion.minFactor)
        if byNode {
            let transposed = FixedBuffer<Int32>(count: n * n)
            for i in 0..<n { for j in 0..<n { transposed[j * n + i] = t[i * n + j] } }
            timesTransposed = transposed
        }
        times = t; metres = m; matrixSize = n; matrixCachePath = path; matrixByNode = byNode
    }

    /// The content key of the matrix: FNV-1a over the format version, the graph, the speeds and the columns' nodes.
    func matrixKey(columns: [Int32], byNode: Bool) -> UInt64 {
        var h = ContentHash()
        h.add(MatrixCacheFile.version)
        h.add(graph.offsets); h.add(graph.targets); h.add(graph.millimetres); h.add(graph.milliseconds)
        h.add(graph.speeds.factor); h.add(graph.speeds.maxSpeed)
        h.add(Int64(graph.nodeCount))
        for id in graph.nodeIDs { h.add(id) }
        h.add(Int64(byNode ? 1 : 0))
        h.add(columns)
        return h.value
    }

    /// Fills the n × n matrix between `columns` (nodes): rows sharing a node come from one search.
    private func compute(
        columns: [Int32], times: FixedBuffer<Int32>.DisjointWrites, metres: FixedBuffer<Float>.DisjointWrites,
        threads: Int
    ) {
        let n = columns.count
        var firstPlace: [Int32: Int] = [:]
        var sources: [Int32] = []
        var rowsOf: [[Int]] = []
        for (p, v) in columns.enumerated() {
            if let k = firstPlace[v] { rowsOf[k].append(p); continue }
            firstPlace[v] = sources.count
            sources.append(v); rowsOf.append([p])
        }
        let out = (times: times, metres: metres)
        let graph = graph, sourceNodes = sources, rows = rowsOf
        let workers = max(1, min(threads, sources.count))
        var isTarget = [Bool](repeating: false, count: graph.nodeCount)
        for v in sources { isTarget[Int(v)] = true }
        let targets = isTarget
        DispatchQueue.concurrentPerform(iterations: workers) { w in
            var dijkstra = DijkstraSearch(graph: graph)
            for k in stride(from: w, to: sourceNodes.count, by: workers) {
                // Stop once every place's node is settled: their labels are final then.
                dijkstra.start(from: sourceNodes[k])
                var remaining = sourceNodes.count
                while let u = dijkstra.step() {
                    if targets[Int(u)] { remaining -= 1; if remaining == 0 { break } }
                }
                let first = rows[k][0] * n
                for (j, v) in columns.enumerated() {
                    let ms = dijkstra.time[Int(v)]
                    precondition(
                        ms != DijkstraSearch.unreached && ms <= Int64(Int32.max),
                        "travel time \(ms) ms from node \(graph.nodeIDs[Int(sourceNodes[k])]) to \(graph.nodeIDs[Int(v)])"
                    )
                    out.times[first + j] = Int32(ms)
                    out.metres[first + j] = Float(Self.metres(dijkstra.mm[Int(v)]))
                }
                for p in rows[k].dropFirst() {
                    out.times.copy(from: first, to: p * n, count: n)
                    out.metres.copy(from: first, to: p * n, count: n)
                }
            }
        }
    }
}
