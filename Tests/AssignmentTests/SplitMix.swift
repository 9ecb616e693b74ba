/// SplitMix64 (Steele, Lea and Flood, 2014): a small seeded generator, local to these tests so that they
/// depend on nothing but `Assignment`. The same sequence on every machine.
struct SplitMix: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform draw from `range`, the same on every platform (unlike `Int.random(in:using:)`, whose
    /// algorithm the standard library may change).
    mutating func int(_ range: ClosedRange<Int>) -> Int { range.lowerBound + Int(next() % UInt64(range.count)) }

    mutating func int64(_ range: ClosedRange<Int64>) -> Int64 {
        range.lowerBound + Int64(next() % UInt64(range.upperBound - range.lowerBound + 1))
    }

    /// True with probability `p` (in steps of 1/1000).
    mutating func chance(_ p: Double) -> Bool { Double(next() % 1000) < p * 1000 }
}
