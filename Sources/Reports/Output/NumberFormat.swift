import Simulation

/// Deterministic text for numbers in every result file: the same value always gives the same bytes.
///
/// Fixed-decimal values are formatted through integer arithmetic (scale, round half away from zero,
/// trim trailing zeros), never through locale- or platform-dependent formatters.
enum NumberFormat {
    /// Seconds with at most 3 decimals (millisecond precision), trailing zeros trimmed: `25200`, `25200.5`.
    static func seconds(_ t: SimTime) -> String { text { appendSeconds(t, to: &$0) } }

    /// `x` rounded to `decimals` places, trailing zeros trimmed (`52.52`, `1200.5`, `3`).
    /// Non-finite or huge values fall back to `description`.
    static func fixed(_ x: Double, decimals: Int) -> String { text { appendFixed(x, decimals: decimals, to: &$0) } }

    /// A coordinate in degrees, rounded to 7 decimals (about 1 cm).
    static func coordinate(_ x: Double) -> String { fixed(x, decimals: 7) }

    /// A distance in metres, rounded to 0.1 m.
    static func metres(_ x: Double) -> String { fixed(x, decimals: 1) }

    // MARK: appending bytes (no intermediate strings: the event log writes millions of numbers)

    static func appendSeconds(_ t: SimTime, to out: inout [UInt8]) { appendDecimal(t.ms, decimals: 3, to: &out) }

    static func appendFixed(_ x: Double, decimals: Int, to out: inout [UInt8]) {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (x * scale).rounded(.toNearestOrAwayFromZero)
        guard scaled.isFinite, abs(scaled) < 9e15 else { return out.append(contentsOf: x.description.utf8) }
        appendDecimal(Int64(scaled), decimals: decimals, to: &out)
    }

    /// Writes `n / 10^decimals` with the fraction's trailing zeros trimmed.
    /// - Complexity: O(digits), no allocation beyond `out`'s growth.
    static func appendDecimal(_ n: Int64, decimals: Int, to out: inout [UInt8]) {
        if n < 0 { out.append(UInt8(ascii: "-")) }
        var m = n.magnitude
        var p: UInt64 = 1
        for _ in 0..<decimals { p *= 10 }
        appendDigits(m / p, minimumCount: 1, to: &out)
        m %= p
        guard m != 0 else { return }
        out.append(UInt8(ascii: "."))
        appendDigits(m, minimumCount: decimals, to: &out)
        while out.last == UInt8(ascii: "0") { out.removeLast() }
    }

    private static func appendDigits(_ v: UInt64, minimumCount: Int, to out: inout [UInt8]) {
        let start = out.count
        var v = v
        repeat { out.append(UInt8(ascii: "0") + UInt8(v % 10)); v /= 10 } while v > 0
        while out.count - start < minimumCount { out.append(UInt8(ascii: "0")) }
        out[start...].reverse()
    }

    private static func text(_ write: (inout [UInt8]) -> Void) -> String {
        var bytes: [UInt8] = []
        write(&bytes)
        return String(decoding: bytes, as: UTF8.self)
    }
}
