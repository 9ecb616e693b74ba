import Simulation

/// Lines on a map: movements from one point to another (rebalancing legs), each with a dot at its end.
extension MapChart {
    /// A set of lines in one style.
    public struct Flows: Sendable {
        public var name: String
        public var lines: [(from: GeoPoint, to: GeoPoint)]
        public var color: String
        public init(name: String, lines: [(from: GeoPoint, to: GeoPoint)], color: String) {
            self.name = name; self.lines = lines; self.color = color
        }

        public var isEmpty: Bool { lines.isEmpty }
        var endpoints: [GeoPoint] { lines.flatMap { [$0.from, $0.to] } }
    }

    /// The flows' lines with both ends inside the frame `f`, placed by `px`; translucent, so that
    /// lines travelled often show darker, with a dot at each end point.
    func flowLines(inside f: (min: GeoPoint, max: GeoPoint), _ px: (GeoPoint) -> (Double, Double)) -> String {
        let c = HTMLText.coord
        var s = ""
        for layer in flows {
            for line in layer.lines where Self.inside(line.from, f) && Self.inside(line.to, f) {
                let (a, b) = (px(line.from), px(line.to))
                s +=
                    "<line x1=\"\(c(a.0))\" y1=\"\(c(a.1))\" x2=\"\(c(b.0))\" y2=\"\(c(b.1))\" stroke=\"\(layer.color)\" stroke-opacity=\"0.35\" stroke-width=\"1.5\"/>"
                s += "<circle cx=\"\(c(b.0))\" cy=\"\(c(b.1))\" r=\"2\" fill=\"\(layer.color)\"/>"
            }
        }
        return s
    }

    /// One legend entry per flow layer: a line ending in a dot, the name and the number of lines.
    func flowLegendItems() -> [LegendItem] {
        let c = HTMLText.coord
        return flows.map { layer in
            (
                { x, y in
                    "<line x1=\"\(c(x))\" x2=\"\(c(x + 18))\" y1=\"\(c(y - 4))\" y2=\"\(c(y - 4))\" stroke=\"\(layer.color)\" stroke-width=\"2\"/>"
                        + "<circle cx=\"\(c(x + 18))\" cy=\"\(c(y - 4))\" r=\"2.5\" fill=\"\(layer.color)\"/>"
                }, "\(layer.name) (\(HTMLText.count(layer.lines.count)))", 20
            )
        }
    }
}
