/// A fixed-size block of plain numbers that owns its memory: the one owner of every travel model's
/// matrices and look-up tables (`StraightLineTravelTime`, `PlaneTravelTime`, `NetworkTravelTime`).
///
/// Why unsafe memory here: the travel-time look-up is the innermost call of the dispatch hot path
/// (several per insertion check). An `Array` read pays a bounds check and, through a class's `var`,
/// a uniqueness or exclusivity check; the matrices are written once and read millions of times, so
/// they live in one allocation read through a constant address. This file is the only place that
/// allocates, indexes and frees that memory: reads are bounds-checked in debug builds (`assert`),
/// unchecked in release.
///
/// Non-copyable: a buffer has exactly one owner, which frees it in `deinit` (replacing a buffer frees
/// the old one). Writes go through the constant address (`nonmutating set`), as a pointer's would: an
/// owner may hold its buffer in a `let` and still update it in place (the plane's scratch place).
@usableFromInline
struct FixedBuffer<Element: BitwiseCopyable>: ~Copyable {
    @usableFromInline let base: UnsafeMutablePointer<Element>
    /// The number of elements.
    @usableFromInline let count: Int

    /// An uninitialised buffer of `count` elements (write each before reading it).
    init(count: Int) {
        precondition(count >= 0, "buffer of \(count) elements")
        self.count = count
        base = .allocate(capacity: max(1, count))
    }

    /// A buffer of `count` elements, each `value`.
    init(repeating value: Element, count: Int) {
        self.init(count: count)
        base.initialize(repeating: value, count: count)
    }

    /// A buffer holding a copy of `elements`.
    init(_ elements: [Element]) {
        self.init(count: elements.count)
        elements.withUnsafeBufferPointer { base.initialize(from: $0.baseAddress!, count: $0.count) }
    }

    /// An empty buffer (a model with no matrix yet).
    static var empty: FixedBuffer { FixedBuffer(count: 0) }

    deinit { base.deallocate() }

    /// Element `i`. - Complexity: O(1); bounds-checked in debug builds only.
    @inlinable @inline(__always) subscript(i: Int) -> Element {
        get {
            assert(i >= 0 && i < count, "index \(i) outside a buffer of \(count)")
            return base[i]
        }
        nonmutating set {
            assert(i >= 0 && i < count, "index \(i) outside a buffer of \(count)")
            base[i] = newValue
        }
    }

    /// Copies `count` elements from index `source` to index `target` (ranges within the buffer).
    func copy(from source: Int, to target: Int, count n: Int) {
        precondition(
            source >= 0 && target >= 0 && source + n <= count && target + n <= count,
            "copy of \(n) from \(source) to \(target) in a buffer of \(count)")
        (base + target).update(from: base + source, count: n)
    }

    /// The elements as stored, for the matrix cache file (which writes them as one block).
    func withContents<R>(_ body: (UnsafeBufferPointer<Element>) throws -> R) rethrows -> R {
        try body(UnsafeBufferPointer(start: base, count: count))
    }

    /// The raw bytes, writable, for the matrix cache file.
    func withMutableBytes<R>(_ body: (UnsafeMutableRawBufferPointer) throws -> R) rethrows -> R {
        try body(UnsafeMutableRawBufferPointer(start: base, count: count * MemoryLayout<Element>.stride))
    }

    /// A handle for parallel workers that each write their own, disjoint elements (the matrix rows of
    /// `NetworkTravelTime.precomputeMatrix`). Valid while this buffer lives; nothing checks that the
    /// workers' elements do not overlap.
    var sharedForDisjointWrites: DisjointWrites { DisjointWrites(base: base, count: count) }

    /// See `sharedForDisjointWrites`.
    struct DisjointWrites: @unchecked Sendable {
        let base: UnsafeMutablePointer<Element>
        let count: Int

        subscript(i: Int) -> Element {
            get { assert(i >= 0 && i < count); return base[i] }
            nonmutating set { assert(i >= 0 && i < count); base[i] = newValue }
        }

        /// Copies `n` elements from index `source` to index `target`.
        func copy(from source: Int, to target: Int, count n: Int) {
            precondition(source >= 0 && target >= 0 && source + n <= count && target + n <= count)
            (base + target).update(from: base + source, count: n)
        }
    }
}
