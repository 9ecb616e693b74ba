/// A binary min-heap of (time, length, node) labels in one flat array, for Dijkstra's algorithm.
///
/// It has no decrease-key: a search pushes a node again when it improves, and skips labels that are
/// stale when popped ("lazy deletion"; M. Chen et al., "Priority Queues and Dijkstra's Algorithm",
/// UTCS TR-07-54, 2007, find this faster than decrease-key heaps on road graphs). `removeAll` keeps
/// the storage, so one heap serves every query.
///
/// Why unsafe memory in this file: `push` and `pop` run for every label of every Dijkstra search
/// (matrix precomputation, door-to-door queries); their sift loops work on the array's storage in
/// place (`withUnsafeMutableBufferPointer`: one uniqueness check per operation, no bounds checks).
struct SearchHeap {
    /// A tentative label: the key is (time, length), compared lexicographically.
    struct Entry {
        var time: Int64
        var mm: Int64
        var node: Int32
        @inline(__always) static func < (a: Entry, b: Entry) -> Bool {
            a.time != b.time ? a.time < b.time : a.mm < b.mm
        }
    }

    private(set) var items: [Entry] = []

    var isEmpty: Bool { items.isEmpty }
    /// The least label, if any.
    var top: Entry? { items.first }

    mutating func removeAll() { items.removeAll(keepingCapacity: true) }

    /// - Complexity: O(log k) for k labels.
    @inline(__always) mutating func push(_ e: Entry) {
        items.append(e)
        items.withUnsafeMutableBufferPointer { a in
            var i = a.count - 1
            while i > 0 {
                let parent = (i - 1) >> 1
                guard e < a[parent] else { break }
                a[i] = a[parent]; i = parent
            }
            a[i] = e
        }
    }

    /// Removes and returns the least label.
    /// - Complexity: O(log k) for k labels.
    @inline(__always) mutating func pop() -> Entry? {
        guard let last = items.popLast() else { return nil }
        guard !items.isEmpty else { return last }
        return items.withUnsafeMutableBufferPointer { a in
            let result = a[0]
            let n = a.count
            var i = 0
            while true {
                var child = 2 * i + 1
                guard child < n else { break }
                if child + 1 < n && a[child + 1] < a[child] { child += 1 }
                guard a[child] < last else { break }
                a[i] = a[child]; i = child
            }
            a[i] = last
            return result
        }
    }
}
