/// A chart on two numeric axes, drawn as inline SVG: lines, bands, bars and reference lines.
///
/// Every chart has a title, axis titles with units, tick labels and (for named layers) a legend.
/// `isEmpty` tells a chart with nothing to draw, so that a page can say so instead of showing blank axes.
public struct XYChart: Sendable {
    /// Something drawn on the chart.
    public enum Layer: Sendable {
        /// A polyline through the points in order; a `nil` y breaks it.
        case line(
            name: String, points: [(x: Double, y: Double?)], color: String, dashed: Bool = false, dots: Bool = false)
        /// A filled area between `lower` and `upper` at the same xs.
        case band(name: String, points: [(x: Double, lower: Double, upper: Double)], color: String)
        /// Rectangles from x0 to x1 and y0 to y1 (bars, histogram bins, stacked areas).
        case rects(name: String, rects: [(x0: Double, x1: Double, y0: Double, y1: Double)], color: String)
        /// Single points (e.g. one per seed).
        case points(name: String, points: [(x: Double, y: Double)], color: String)
        /// A horizontal reference line at `y` (a target), labelled at its right end.
        case horizontal(y: Double, label: String, color: String)
        /// A vertical reference line at `x` (a recommendation), labelled at its top.
        case vertical(x: Double, label: String, color: String)

        var name: String? {
            switch self {
            case .line(let n, _, _, _, _), .band(let n, _, _), .rects(let n, _, _), .points(let n, _, _):
                n.isEmpty ? nil : n
            case .horizontal, .vertical: nil
            }
        }

        var color: String {
            switch self {
            case .line(_, _, let c, _, _), .band(_, _, let c), .rects(_, _, let c), .points(_, _, let c),
                .horizontal(_, _, let c), .vertical(_, _, let c):
                c
            }
        }

        /// Whether the layer carries data (reference lines alone do not make a chart).
        var hasData: Bool {
            switch self {
            case .line(_, let p, _, _, _): p.contains { $0.y != nil }
            case .band(_, let p, _): !p.isEmpty
            case .rects(_, let r, _): !r.isEmpty
            case .points(_, let p, _): !p.isEmpty
            case .horizontal, .vertical: false
            }
        }
    }

    public var title: String
    public var x: ChartAxis
    public var y: ChartAxis
    public var layers: [Layer]
    public var width = 880.0
    public var height = 300.0

    public init(title: String, x: ChartAxis, y: ChartAxis, layers: [Layer], width: Double = 880, height: Double = 300) {
        self.title = title; self.x = x; self.y = y; self.layers = layers; self.width = width; self.height = height
    }

    /// True when no layer has data to draw.
    public var isEmpty: Bool { !layers.contains { $0.hasData } }

    /// The data extents on both axes (reference lines included, so a target stays visible).
    func extents() -> (x: ClosedRange<Double>?, y: ClosedRange<Double>?) {
        var xs: [Double] = [], ys: [Double] = []
        for layer in layers {
            switch layer {
            case .line(_, let p, _, _, _): for q in p { if let v = q.y { xs.append(q.x); ys.append(v) } }
            case .band(_, let p, _): for q in p { xs.append(q.x); ys += [q.lower, q.upper] }
            case .rects(_, let r, _): for q in r { xs += [q.x0, q.x1]; ys += [q.y0, q.y1] }
            case .points(_, let p, _): for q in p { xs.append(q.x); ys.append(q.y) }
            case .horizontal(let v, _, _): ys.append(v)
            case .vertical(let v, _, _): xs.append(v)
            }
        }
        func range(_ v: [Double]) -> ClosedRange<Double>? {
            let f = v.filter(\.isFinite)
            guard let lo = f.min(), let hi = f.max() else { return nil }
            return lo...hi
        }
        return (range(xs), range(ys))
    }
}
