import Foundation

/// One axis of a chart: its title (with the unit), its domain, and its tick marks.
public struct ChartAxis: Sendable {
    /// Shown beside the axis, including the unit: `"wait (min)"`.
    public var title: String
    /// A fixed domain; nil: from the data (with zero included when `includeZero`).
    public var domain: ClosedRange<Double>?
    public var includeZero: Bool
    /// Tick positions and labels; nil: "nice" numbers (1, 2, 5 × 10ⁿ) labelled by `format`.
    public var ticks: (@Sendable (ClosedRange<Double>) -> [(Double, String)])?
    public var format: @Sendable (Double) -> String

    public init(
        title: String, domain: ClosedRange<Double>? = nil, includeZero: Bool = true,
        ticks: (@Sendable (ClosedRange<Double>) -> [(Double, String)])? = nil,
        format: @escaping @Sendable (Double) -> String = { ChartAxis.plain($0) }
    ) {
        self.title = title; self.domain = domain; self.includeZero = includeZero; self.ticks = ticks;
        self.format = format
    }

    /// Time of day in seconds, ticked at whole hours (`HH:00`) every 1, 2, 3, 4 or 6 hours.
    public static func timeOfDay(title: String = "time of day (h)", domain: ClosedRange<Double>? = nil) -> ChartAxis {
        ChartAxis(
            title: title, domain: domain, includeZero: false,
            ticks: { d in
                let hours = (d.upperBound - d.lowerBound) / 3600
                let step = [1.0, 2, 3, 4, 6, 12].first { hours / $0 <= 12 } ?? 24
                var out: [(Double, String)] = []
                var h = (d.lowerBound / 3600 / step).rounded(.up) * step
                while h * 3600 <= d.upperBound + 1e-6 {
                    out.append((h * 3600, HTMLText.pad(Int(h)) + ":00")); h += step
                }
                return out
            })
    }

    /// A number with as few decimals as its size needs.
    public static func plain(_ x: Double) -> String {
        let a = abs(x)
        if a >= 100 || a == 0 || a == a.rounded() { return HTMLText.number(x, 0) }
        if a >= 10 { return HTMLText.number(x, 1) }
        if a >= 1 { return HTMLText.number(x, 2) }
        return HTMLText.number(x, 3)
    }

    /// Percent labels for a share axis in 0…1.
    public static func percent(_ x: Double) -> String { HTMLText.number(x * 100, 0) + " %" }

    /// The domain to draw for data spanning `data` (nil: no data).
    func resolvedDomain(_ data: ClosedRange<Double>?) -> ClosedRange<Double> {
        if let domain { return domain }
        guard var d = data else { return 0...1 }
        if includeZero { d = min(0, d.lowerBound)...max(0, d.upperBound) }
        if d.upperBound == d.lowerBound { d = d.lowerBound...(d.lowerBound + max(1, abs(d.lowerBound) * 0.1)) }
        let step = Self.niceStep(d.upperBound - d.lowerBound)
        let lo = d.lowerBound == 0 ? 0 : (d.lowerBound / step).rounded(.down) * step
        let hi = (d.upperBound / step).rounded(.up) * step
        return lo...max(hi, lo + step)
    }

    /// The tick marks that lie inside `domain` (up to rounding): the ones a chart draws.
    func visibleTickMarks(_ domain: ClosedRange<Double>) -> [(Double, String)] {
        tickMarks(domain).filter { v, _ in v >= domain.lowerBound - 1e-9 && v <= domain.upperBound + 1e-9 }
    }

    /// Tick positions and labels over `domain`.
    func tickMarks(_ domain: ClosedRange<Double>) -> [(Double, String)] {
        if let ticks { return ticks(domain) }
        let step = Self.niceStep(domain.upperBound - domain.lowerBound)
        var out: [(Double, String)] = []
        var v = (domain.lowerBound / step).rounded(.up) * step
        while v <= domain.upperBound + step * 1e-6 {
            let clean = abs(v) < step * 1e-9 ? 0 : v
            out.append((clean, format(clean))); v += step
        }
        return out
    }

    /// A 1, 2 or 5 × 10ⁿ step giving about five intervals over `span`.
    static func niceStep(_ span: Double) -> Double {
        guard span > 0, span.isFinite else { return 1 }
        let raw = span / 5
        let magnitude = pow10(Int((log10(raw)).rounded(.down)))
        let f = raw / magnitude
        return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * magnitude
    }

    private static func pow10(_ n: Int) -> Double {
        var r = 1.0
        if n >= 0 { for _ in 0..<n { r *= 10 } } else { for _ in 0..<(-n) { r /= 10 } }
        return r
    }
}
