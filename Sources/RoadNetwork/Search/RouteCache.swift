/// A fixed-size, two-way set-associative cache of node-to-node results (time in ms, length in mm).
///
/// Each (source, target) pair hashes to a set of two slots (a multiplicative hash, D. E. Knuth, TAOCP
/// vol. 3 §6.4); a new result goes into the set's first slot and moves the previous one to the second,
/// dropping the older (least recently stored) pair. No allocation after `init`, and what it holds
/// depends only on the sequence of queries, so runs stay deterministic.
struct RouteCache {
    private var keys: [UInt64]
    private var times: [Int64]
    private var lengths: [Int64]
    private let mask: Int
    /// How many lookups found their pair, and how many did not.
    private(set) var hits = 0, misses = 0
    private static let empty = UInt64.max

    /// - Parameter capacity: the number of slots, rounded up to a power of two (at least 16).
    init(capacity: Int) {
        var size = 16
        while size < capacity { size <<= 1 }
        keys = [UInt64](repeating: Self.empty, count: size)
        times = [Int64](repeating: 0, count: size)
        lengths = times
        mask = size - 1
    }

    /// The first slot of the key's set (even; the second is the next one).
    @inline(__always) func slot(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask & ~1
    }

    @inline(__always) static func key(_ s: Int32, _ t: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: s)) << 32 | UInt64(UInt32(bitPattern: t))
    }

    /// The cached (time, mm) from `s` to `t`, if present.
    /// - Complexity: O(1).
    @inline(__always) mutating func lookup(_ s: Int32, _ t: Int32) -> (time: Int64, mm: Int64)? {
        let k = Self.key(s, t), set = slot(k)
        let i = keys[set] == k ? set : keys[set + 1] == k ? set + 1 : -1
        guard i >= 0 else { misses += 1; return nil }
        hits += 1
        return (times[i], lengths[i])
    }

    /// Stores the result for (`s`, `t`) in its set's first slot, moving that slot's pair to the second.
    /// - Complexity: O(1).
    mutating func store(_ s: Int32, _ t: Int32, time: Int64, mm: Int64) {
        let k = Self.key(s, t), i = slot(k)
        if keys[i] != k {
            keys[i + 1] = keys[i]; times[i + 1] = times[i]; lengths[i + 1] = lengths[i]
        }
        keys[i] = k; times[i] = time; lengths[i] = mm
    }
}
