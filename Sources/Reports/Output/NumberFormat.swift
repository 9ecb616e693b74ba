import Simulation

/// Deterministic text for numbers in every result file: the same value always gives the same bytes.
///
/// Fixed-decimal values are formatted through integer arithmetic (scale, round half away from zero,
/// trim trailing zeros), never through locale- or platform-dependent formatters.
enum NumberFormat {
    /// Seconds with at most 3 decimals (millisecond precision), trailing zeros trimmed: `25200`, `25200.5`.
    static func seconds(_ t: SimTime) -> String {
        let negative = t.ms < 0
        let m = negative ? -t.ms : t.ms
        let whole = m / 1000, frac = m % 1000
        var s = negative ? "-" : ""
        s += String(whole)
        if frac != 0 { s += "." + trimmedFraction(frac, digits: 3) }
        return s
    }

    /// `x` rounded to `decimals` places, trailing zeros trimmed (`52.52`, `1200.5`, `3`).
    /// Non-finite or huge values fall back to `description`.
    static func fixed(_ x: Double, decimals: Int) -> String {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (x * scale).rounded(.toNearestOrAwayFromZero)
        guard scaled.isFinite, abs(scaled) < 9e15 else { return x.description }
        var n = Int64(scaled)
        if n == 0 { return "0" }
        let negative = n < 0
        if negative { n = -n }
        var p: Int64 = 1
        for _ in 0..<decimals { p *= 10 }
        let whole = n / p, frac = n % p
        var s = negative ? "-" : ""
        s += String(whole)
        if frac != 0 { s += "." + trimmedFraction(frac, digits: decimals) }
        return s
    }

    /// A coordinate in degrees, rounded to 7 decimals (about 1 cm).
    static func coordinate(_ x: Double) -> String { fixed(x, decimals: 7) }

    /// A distance in metres, rounded to 0.1 m.
    static func metres(_ x: Double) -> String { fixed(x, decimals: 1) }

    /// `frac` as exactly `digits` digits with leading zeros, then trailing zeros removed.
    private static func trimmedFraction(_ frac: Int64, digits: Int) -> String {
        var d = String(frac)
        if d.count < digits { d = String(repeating: "0", count: digits - d.count) + d }
        while d.hasSuffix("0") { d.removeLast() }
        return d
    }
}
