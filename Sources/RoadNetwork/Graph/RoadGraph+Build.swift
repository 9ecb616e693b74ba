import DataFiles
import Simulation

extension RoadGraph {
    /// Compacts `data` into CSR arrays, keeping only its largest strongly connected component
    /// (see `report` for what was dropped).
    /// - Throws: `DataFileError` if the network has no car links, the largest component has fewer than
    ///   two nodes, or the speed settings are not positive.
    /// - Complexity: O(n + m log m) for n nodes and m edges.
    public init(_ data: NetworkData, speeds: SpeedSettings = SpeedSettings()) throws(DataFileError) {
        try speeds.validate()
        guard !data.edges.isEmpty else {
            throw DataFileError(
                file: data.file, field: "modes",
                message:
                    "the network has no links that cars may use (\(data.linksRead) links read, \(data.nonCarLinks) without \"car\" in their modes)",
                fix: "give a road network whose links' modes include car (links without modes count as car)")
        }
        let n = data.nodeIDs.count
        // Edges sorted by tail, file order within a tail (a stable counting sort).
        let (offsets, order) = Self.csr(nodeCount: n, tails: data.edges.map(\.from))
        let scc = StronglyConnectedComponents(
            nodeCount: n, offsets: offsets, targets: order.map { data.edges[Int($0)].to })
        let largest = scc.largest!
        guard scc.sizes[Int(largest)] >= 2 else {
            throw DataFileError(
                file: data.file,
                message:
                    "the largest strongly connected component of the car network is empty: no two nodes can reach each other",
                fix: "check the links' directions and node ids: a road network needs links both ways")
        }
        var newIndex = [Int32](repeating: -1, count: n)
        var ids: [String] = [], points: [GeoPoint] = []
        for v in 0..<n where scc.component[v] == largest {
            newIndex[v] = Int32(ids.count)
            ids.append(data.nodeIDs[v]); points.append(data.points[v])
        }
        let kept = data.edges.filter { newIndex[Int($0.from)] >= 0 && newIndex[Int($0.to)] >= 0 }
        let (keptOffsets, keptOrder) = Self.csr(nodeCount: ids.count, tails: kept.map { newIndex[Int($0.from)] })
        var targets: [Int32] = [], mm: [Int32] = [], ms: [Int32] = [], edgeIDs: [String] = []
        targets.reserveCapacity(kept.count); mm.reserveCapacity(kept.count); ms.reserveCapacity(kept.count)
        var maxSpeed = 0.0
        for i in keptOrder {
            let e = kept[Int(i)]
            let speed = speeds.speed(freeSpeed: e.freeSpeed)
            maxSpeed = max(maxSpeed, speed)
            targets.append(newIndex[Int(e.to)])
            mm.append(Int32(clamping: max(1, Int64((e.length * 1000).rounded()))))
            ms.append(Int32(clamping: max(1, Int64((e.length / speed * 1000).rounded()))))
            edgeIDs.append(e.id)
        }
        let report = NetworkLoadReport(
            nodesRead: n, linksRead: data.linksRead, nonCarLinks: data.nonCarLinks,
            droppedNodes: n - ids.count, droppedEdges: data.edges.count - kept.count,
            components: scc.sizes.count, nodes: ids.count, edges: kept.count)
        self.init(
            nodeIDs: ids, points: points, offsets: keptOffsets, targets: targets, millimetres: mm, milliseconds: ms,
            edgeIDs: edgeIDs, speeds: speeds, report: report, maxSpeed: maxSpeed)
    }

    /// CSR row starts for edges with the given tails, and the edges' order sorted by tail (stable).
    /// - Complexity: O(n + m) (counting sort).
    static func csr(nodeCount n: Int, tails: [Int32]) -> (offsets: [Int32], order: [Int32]) {
        var offsets = [Int32](repeating: 0, count: n + 1)
        for t in tails { offsets[Int(t) + 1] += 1 }
        for v in 0..<n { offsets[v + 1] += offsets[v] }
        var next = offsets
        var order = [Int32](repeating: 0, count: tails.count)
        for (i, t) in tails.enumerated() {
            order[Int(next[Int(t)])] = Int32(i)
            next[Int(t)] += 1
        }
        return (offsets, order)
    }
}
