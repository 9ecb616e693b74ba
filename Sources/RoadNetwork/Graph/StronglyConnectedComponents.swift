/// Strongly connected components of a directed graph in CSR form, by Tarjan's algorithm without recursion.
///
/// R. E. Tarjan, "Depth-first search and linear graph algorithms", SIAM J. Computing 1(2), 1972.
/// The depth-first search keeps its own stack of (node, next edge) frames, so graphs with hundreds of
/// thousands of nodes cannot overflow the thread's stack.
struct StronglyConnectedComponents {
    /// The component of every node; components are numbered in the order Tarjan completes them.
    let component: [Int32]
    /// The number of nodes in each component.
    let sizes: [Int]

    /// - Parameters: `offsets` (n + 1 entries) and `targets` of the graph's CSR adjacency.
    /// - Complexity: O(n + m) time and memory.
    init(nodeCount n: Int, offsets: [Int32], targets: [Int32]) {
        let unvisited: Int32 = -1
        var index = [Int32](repeating: unvisited, count: n)
        var low = [Int32](repeating: 0, count: n)
        var onStack = [Bool](repeating: false, count: n)
        var component = [Int32](repeating: -1, count: n)
        var sizes: [Int] = []
        var tarjanStack: [Int32] = []
        var frames: [(node: Int32, edge: Int32)] = []
        var counter: Int32 = 0
        for root in 0..<Int32(n) where index[Int(root)] == unvisited {
            index[Int(root)] = counter; low[Int(root)] = counter; counter += 1
            tarjanStack.append(root); onStack[Int(root)] = true
            frames.append((root, offsets[Int(root)]))
            while let (v, e) = frames.last {
                let vi = Int(v)
                if e < offsets[vi + 1] {
                    frames[frames.count - 1].edge = e + 1
                    let w = targets[Int(e)], wi = Int(w)
                    if index[wi] == unvisited {
                        index[wi] = counter; low[wi] = counter; counter += 1
                        tarjanStack.append(w); onStack[wi] = true
                        frames.append((w, offsets[wi]))
                    } else if onStack[wi] {
                        low[vi] = min(low[vi], index[wi])
                    }
                    continue
                }
                // All of v's edges are done: close its component if v is a root, then return to the parent.
                frames.removeLast()
                if low[vi] == index[vi] {
                    let id = Int32(sizes.count)
                    var size = 0
                    while let w = tarjanStack.popLast() {
                        onStack[Int(w)] = false; component[Int(w)] = id; size += 1
                        if w == v { break }
                    }
                    sizes.append(size)
                }
                if let parent = frames.last { low[Int(parent.node)] = min(low[Int(parent.node)], low[vi]) }
            }
        }
        self.component = component
        self.sizes = sizes
    }

    /// The largest component (the first completed among equally large ones), or nil for an empty graph.
    var largest: Int32? {
        guard var best = sizes.indices.first else { return nil }
        for c in sizes.indices where sizes[c] > sizes[best] { best = c }
        return Int32(best)
    }
}
