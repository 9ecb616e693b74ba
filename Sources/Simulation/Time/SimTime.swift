/// A point or span of simulated time, in integer milliseconds.
///
/// Instants count from midnight of the scenario day, so `SimTime.seconds(7 * 3600)` is 07:00.
/// Integer milliseconds keep every run byte-identical: no floating-point clock drift.
public struct SimTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Milliseconds since the scenario day's midnight (or the length of a span).
    public var ms: Int64

    @inlinable public init(ms: Int64) { self.ms = ms }

    /// Seconds, rounded to the nearest millisecond.
    @inlinable public static func seconds(_ s: Double) -> SimTime { SimTime(ms: roundedMilliseconds(s * 1000)) }
    @inlinable public static func minutes(_ m: Double) -> SimTime { .seconds(m * 60) }
    @inlinable public static func hours(_ h: Double) -> SimTime { .seconds(h * 3600) }

    /// The longest span a file or request may name, in ms: 2^53 (about 285,000 years), where every
    /// millisecond is exact in a Double and sums of a few such spans stay far from Int64's end.
    public static let readableMilliseconds: Double = 9_007_199_254_740_992

    /// Seconds as read from a file or a request, rounded to the millisecond like `seconds(_:)`; `nil`
    /// for NaN, ±∞ and spans beyond ±`readableMilliseconds`, so that the reading edge reports them
    /// instead of a trap in the conversion. (Not for the engine's hot path: that keeps `seconds(_:)`.)
    public static func checkedSeconds(_ s: Double) -> SimTime? {
        let ms = s * 1000
        guard ms.isFinite, abs(ms) <= readableMilliseconds else { return nil }
        return SimTime(ms: roundedMilliseconds(ms))
    }

    // Computed and inlinable (not stored globals): the hot paths read them with no accessor call.
    @inlinable public static var zero: SimTime { SimTime(ms: 0) }
    /// Later than any real instant: "no deadline".
    @inlinable public static var distantFuture: SimTime { SimTime(ms: Int64.max / 4) }

    @inlinable public var seconds: Double { Double(ms) / 1000 }

    @inlinable public static func < (a: SimTime, b: SimTime) -> Bool { a.ms < b.ms }
    @inlinable public static func + (a: SimTime, b: SimTime) -> SimTime { SimTime(ms: a.ms + b.ms) }
    @inlinable public static func - (a: SimTime, b: SimTime) -> SimTime { SimTime(ms: a.ms - b.ms) }
    @inlinable public static func += (a: inout SimTime, b: SimTime) { a.ms += b.ms }
    @inlinable public static func * (a: SimTime, k: Double) -> SimTime {
        SimTime(ms: roundedMilliseconds(Double(a.ms) * k))
    }

    /// `HH:MM:SS` (hours may exceed 24 after midnight of the next day).
    public var description: String {
        let total = ms / 1000
        let sign = total < 0 ? "-" : ""
        let t = abs(total)
        func two(_ v: Int64) -> String { v < 10 ? "0\(v)" : "\(v)" }
        return "\(sign)\(two(t / 3600)):\(two(t / 60 % 60)):\(two(t % 60))"
    }
}

/// `x` rounded half away from zero to an integer, without a libm call (the dispatch hot path
/// rounds millions of times). Same result as `Int64(x.rounded())` for |x| < 2^52.
@inlinable @inline(__always) public func roundedMilliseconds(_ x: Double) -> Int64 {
    x >= 0 ? Int64(x + 0.5) : -Int64(-x + 0.5)
}
