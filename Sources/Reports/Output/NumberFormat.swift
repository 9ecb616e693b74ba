import Simulation

/// Deterministic text for numbers in every result file: the same value always gives the same bytes.
///
/// Fixed-decimal values are formatted through integer arithmetic (scale, round half away from zero,
/// trim trailing zeros), never through locale- or platform-dependent formatters.
///
/// Why unsafe memory in this file: the event log writes millions of numbers; each is formatted into
/// a stack buffer (`withUnsafeTemporaryAllocation`) and appended, with no intermediate string.
enum NumberFormat {
    /// Seconds with at most 3 decimals (millisecond precision), trailing zeros trimmed: `25200`, `25200.5`.
    static func seconds(_ t: SimTime) -> String { decimalText(t.ms, decimals: 3) }

    /// `x` rounded to `decimals` places, trailing zeros trimmed (`52.52`, `1200.5`, `3`).
    /// Non-finite or huge values fall back to `description`.
    static func fixed(_ x: Double, decimals: Int) -> String {
        guard let n = scaled(x, decimals: decimals) else { return x.description }
        return decimalText(n, decimals: decimals)
    }

    /// A coordinate in degrees, rounded to 7 decimals (about 1 cm).
    static func coordinate(_ x: Double) -> String { fixed(x, decimals: 7) }

    /// A distance in metres, rounded to 0.1 m.
    static func metres(_ x: Double) -> String { fixed(x, decimals: 1) }

    // MARK: appending bytes (no intermediate strings: the event log writes millions of numbers)

    static func appendSeconds(_ t: SimTime, to out: inout [UInt8]) { appendDecimal(t.ms, decimals: 3, to: &out) }

    static func appendFixed(_ x: Double, decimals: Int, to out: inout [UInt8]) {
        guard let n = scaled(x, decimals: decimals) else { return out.append(contentsOf: x.description.utf8) }
        appendDecimal(n, decimals: decimals, to: &out)
    }

    /// Writes `n / 10^decimals` with the fraction's trailing zeros trimmed.
    /// - Complexity: O(digits), no allocation beyond `out`'s growth.
    static func appendDecimal(_ n: Int64, decimals: Int, to out: inout [UInt8]) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: maxLength) { buffer in
            let count = format(n, decimals: decimals, into: buffer)
            out.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[..<count]))
        }
    }

    /// The longest text `format` writes: sign, 19 digits, point.
    private static let maxLength = 24

    /// `x × 10^decimals` rounded half away from zero, or nil when not finite or too large for exact digits.
    private static func scaled(_ x: Double, decimals: Int) -> Int64? {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (x * scale).rounded(.toNearestOrAwayFromZero)
        guard scaled.isFinite, abs(scaled) < 9e15 else { return nil }
        return Int64(scaled)
    }

    /// `n / 10^decimals` as a string (up to 15 bytes, the usual case, a small string: no heap allocation).
    private static func decimalText(_ n: Int64, decimals: Int) -> String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: maxLength) { buffer in
            let count = format(n, decimals: decimals, into: buffer)
            return String(unsafeUninitializedCapacity: count) { text in
                for k in 0..<count { text[k] = buffer[k] }
                return count
            }
        }
    }

    /// Writes `n / 10^decimals`, fraction trimmed of trailing zeros, at the start of `out`
    /// (at least `maxLength` bytes); returns the number of bytes.
    private static func format(_ n: Int64, decimals: Int, into out: UnsafeMutableBufferPointer<UInt8>) -> Int {
        var p: UInt64 = 1
        for _ in 0..<decimals { p *= 10 }
        var whole = n.magnitude / p, fraction = n.magnitude % p
        // Digits are written backwards from the end, then moved to the front.
        var i = maxLength
        if fraction != 0 {
            var places = decimals
            while fraction % 10 == 0 { fraction /= 10; places -= 1 }
            for _ in 0..<places { i -= 1; out[i] = UInt8(ascii: "0") + UInt8(fraction % 10); fraction /= 10 }
            i -= 1; out[i] = UInt8(ascii: ".")
        }
        repeat { i -= 1; out[i] = UInt8(ascii: "0") + UInt8(whole % 10); whole /= 10 } while whole > 0
        if n < 0 { i -= 1; out[i] = UInt8(ascii: "-") }
        let count = maxLength - i
        for k in 0..<count { out[k] = out[i + k] }
        return count
    }
}
