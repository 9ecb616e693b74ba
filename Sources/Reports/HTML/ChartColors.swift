/// Colours of the reports: the Okabe–Ito palette (distinguishable with the common colour-vision
/// deficiencies), and a sequential ramp for densities.
public enum ChartColors {
    public static let blue = "#0072B2"
    public static let orange = "#E69F00"
    public static let green = "#009E73"
    public static let vermilion = "#D55E00"
    public static let sky = "#56B4E9"
    public static let purple = "#CC79A7"
    public static let yellow = "#F0E442"
    public static let grey = "#7f7f7f"
    public static let ink = "#222222"

    /// Series colours in order.
    public static let series = [blue, orange, green, vermilion, purple, sky, grey, ink]

    /// The `i`-th series colour (cycling).
    public static func series(_ i: Int) -> String { series[i % series.count] }

    /// A light-to-dark blue ramp for `t` in 0…1.
    public static func ramp(_ t: Double) -> String {
        let stops: [(Double, Double, Double)] = [
            (239, 243, 255), (189, 215, 231), (107, 174, 214), (49, 130, 189), (8, 69, 148)
        ]
        let x = min(max(t, 0), 1) * Double(stops.count - 1)
        let i = min(Int(x), stops.count - 2), f = x - Double(i)
        func mix(_ a: Double, _ b: Double) -> Int { Int((a + (b - a) * f).rounded()) }
        let (a, b) = (stops[i], stops[i + 1])
        return "rgb(\(mix(a.0, b.0)),\(mix(a.1, b.1)),\(mix(a.2, b.2)))"
    }
}
