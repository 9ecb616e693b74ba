/// A 64-bit FNV-1a hash of byte content: stable across runs, processes and machines of one byte order.
///
/// G. Fowler, L. C. Noll, K.-P. Vo, "FNV hash" (IETF draft-eastlake-fnv). Used to key the on-disk
/// matrix cache; unlike Swift's `Hasher`, it is not seeded per process.
///
/// Why raw bytes here: it hashes arrays of numbers as their stored bytes (the graph's arrays, and the
/// matrix cache file's body) in one pass, read-only, inside `withUnsafeBytes` calls.
struct ContentHash {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    /// Mixes in raw bytes.
    /// - Complexity: O(bytes).
    mutating func add(bytes: UnsafeRawBufferPointer) {
        var h = value
        for b in bytes {
            h ^= UInt64(b)
            h = h &* 0x0000_0100_0000_01b3
        }
        value = h
    }

    /// Mixes in an array of plain numbers (its count first, so that boundaries count).
    mutating func add<T: FixedWidthInteger>(_ array: [T]) {
        add(Int64(array.count))
        array.withUnsafeBytes { add(bytes: $0) }
    }

    mutating func add(_ array: [Float]) {
        add(Int64(array.count))
        array.withUnsafeBytes { add(bytes: $0) }
    }

    mutating func add<T: FixedWidthInteger>(_ x: T) {
        withUnsafeBytes(of: x.littleEndian) { add(bytes: $0) }
    }

    mutating func add(_ x: Double) { add(x.bitPattern) }

    mutating func add(_ s: String) {
        add(Int64(s.utf8.count))
        var s = s
        s.withUTF8 { add(bytes: UnsafeRawBufferPointer($0)) }
    }
}
