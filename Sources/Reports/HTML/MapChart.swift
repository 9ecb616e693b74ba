import Foundation
import Simulation

/// A north-up map drawn as inline SVG: a service area, point layers, a density grid, a scale bar
/// and a north arrow.
///
/// Projection: equirectangular around the frame's centre (x = R·Δλ·cos φ₀, y = R·Δφ), so that a
/// metre is the same length east–west and north–south (distortion below 0.1 % across a city), with
/// north at the top. The frame is the service area's envelope plus 4 %; points outside are not drawn
/// (`hiddenCount` says how many).
public struct MapChart: Sendable {
    /// A set of markers in one style.
    public struct Markers: Sendable {
        public enum Shape: Sendable { case dot, cross, ring }
        public var name: String
        public var points: [GeoPoint]
        public var color: String
        public var shape: Shape
        public var radius: Double
        public init(name: String, points: [GeoPoint], color: String, shape: Shape, radius: Double = 2.5) {
            self.name = name; self.points = points; self.color = color; self.shape = shape; self.radius = radius
        }
        /// Whether overlapping markers are drawn once (more than `MapChart.markerLimit` points).
        public var isMerged: Bool { points.count > MapChart.markerLimit }
    }

    public var title: String
    /// Polygon rings in WGS84 (exteriors and holes).
    public var rings: [[GeoPoint]]
    /// Points counted per square cell and drawn as a shaded grid under everything else.
    public var density: [GeoPoint]
    public var densityName: String
    public var markers: [Markers]
    /// Lines from one point to another (`MapChart+Flows.swift`), drawn over the service area, under the markers.
    public var flows: [Flows]
    public var width = 880.0

    public init(
        title: String, rings: [[GeoPoint]], density: [GeoPoint], densityName: String, markers: [Markers],
        flows: [Flows] = [], width: Double = 880
    ) {
        self.title = title; self.rings = rings; self.density = density; self.densityName = densityName
        self.markers = markers; self.flows = flows; self.width = width
    }

    /// Whether there is anything to draw.
    public var isEmpty: Bool {
        rings.isEmpty && density.isEmpty && markers.allSatisfy { $0.points.isEmpty } && flows.allSatisfy(\.isEmpty)
    }

    /// The frame: the rings' envelope (or all points' if there are no rings), padded by 4 %.
    private func frame() -> (min: GeoPoint, max: GeoPoint) {
        var pts = rings.flatMap { $0 }
        if pts.isEmpty { pts = density + markers.flatMap(\.points) + flows.flatMap(\.endpoints) }
        let lats = pts.map(\.lat), lons = pts.map(\.lon)
        guard let la0 = lats.min(), let la1 = lats.max(), let lo0 = lons.min(), let lo1 = lons.max() else {
            return (GeoPoint(lat: 0, lon: 0), GeoPoint(lat: 0.01, lon: 0.01))
        }
        let pl = max((la1 - la0) * 0.04, 0.001), po = max((lo1 - lo0) * 0.04, 0.001)
        return (GeoPoint(lat: la0 - pl, lon: lo0 - po), GeoPoint(lat: la1 + pl, lon: lo1 + po))
    }

    /// Points a marker layer may have before markers closer than their size are drawn once.
    public static let markerLimit = 3000

    /// The names of the marker layers drawn merged (more than `markerLimit` points).
    public var mergedLayers: [String] { markers.filter(\.isMerged).map(\.name) }

    /// Points of all marker layers, and flow lines with an end, that fall outside the frame.
    public var hiddenCount: Int {
        let f = frame()
        return markers.reduce(0) { $0 + $1.points.filter { !Self.inside($0, f) }.count }
            + flows.reduce(0) { $0 + $1.lines.filter { !Self.inside($0.from, f) || !Self.inside($0.to, f) }.count }
    }

    static func inside(_ p: GeoPoint, _ f: (min: GeoPoint, max: GeoPoint)) -> Bool {
        p.lat >= f.min.lat && p.lat <= f.max.lat && p.lon >= f.min.lon && p.lon <= f.max.lon
    }

    public func svg() -> String {
        let f = frame()
        let lat0 = (f.min.lat + f.max.lat) / 2, lon0 = (f.min.lon + f.max.lon) / 2
        let k = GeoPoint.earthRadius * .pi / 180, cosLat = cos(lat0 * .pi / 180)
        func metres(_ p: GeoPoint) -> (x: Double, y: Double) { ((p.lon - lon0) * k * cosLat, (p.lat - lat0) * k) }
        let lo = metres(f.min), hi = metres(f.max)
        let spanX = hi.x - lo.x, spanY = hi.y - lo.y
        let cell = Self.niceLength(max(spanX, spanY) / 35)
        var counts: [Int64: Int] = [:]
        for p in density where Self.inside(p, f) {
            let m = metres(p)
            let key = Int64(((m.x - lo.x) / cell).rounded(.down)) << 32 | Int64(((m.y - lo.y) / cell).rounded(.down))
            counts[key, default: 0] += 1
        }
        let peak = counts.values.max() ?? 0
        let legend = legend(top: 40, cellMetres: cell, peak: peak)
        let top = 40 + legend.height, mapW = width - 20
        var scale = mapW / spanX
        if spanY * scale > 760 { scale = 760 / spanY }
        let mapH = spanY * scale, offsetX = 10 + (mapW - spanX * scale) / 2
        let height = top + mapH + 14
        func px(_ p: GeoPoint) -> (Double, Double) {
            let m = metres(p)
            return (offsetX + (m.x - lo.x) * scale, top + (hi.y - m.y) * scale)
        }
        let c = HTMLText.coord
        var s = HTMLText.svgOpening(width: width, height: height, title: title, titleX: 10, class: "map")
        s +=
            "<rect x=\"\(c(offsetX))\" y=\"\(c(top))\" width=\"\(c(spanX * scale))\" height=\"\(c(mapH))\" fill=\"#f4f6f4\" stroke=\"#ccc\"/>"

        // Density grid.
        for key in counts.keys.sorted() {
            let (i, j) = (Double(key >> 32), Double(key & 0xFFFF_FFFF))
            let x = offsetX + i * cell * scale, y = top + (spanY - (j + 1) * cell) * scale
            let t = sqrt(Double(counts[key]!) / Double(max(peak, 1)))
            s +=
                "<rect x=\"\(c(x))\" y=\"\(c(y))\" width=\"\(c(cell * scale))\" height=\"\(c(cell * scale))\" fill=\"\(ChartColors.ramp(0.15 + 0.85 * t))\"/>"
        }
        // Service area.
        for ring in rings where ring.count > 2 {
            let pts = ring.map { px($0) }.map { "\(c($0.0)),\(c($0.1))" }.joined(separator: " ")
            s += "<polygon points=\"\(pts)\" fill=\"none\" stroke=\"#1f3b57\" stroke-width=\"2\"/>"
        }
        s += flowLines(inside: f, px)
        // Markers: a layer of more than `markerLimit` points draws one marker per square of twice its
        // radius (the first point in it), so a city day's report stays small and looks the same.
        for layer in markers {
            let merges = layer.isMerged, cell = 2 * layer.radius
            var drawn = Set<Int64>()
            for p in layer.points where Self.inside(p, f) {
                let (x, y) = px(p), r = layer.radius
                if merges {
                    let key = Int64((x / cell).rounded(.down)) << 32 | Int64((y / cell).rounded(.down))
                    if !drawn.insert(key).inserted { continue }
                }
                switch layer.shape {
                case .dot: s += "<circle cx=\"\(c(x))\" cy=\"\(c(y))\" r=\"\(c(r))\" fill=\"\(layer.color)\"/>"
                case .ring:
                    s +=
                        "<circle cx=\"\(c(x))\" cy=\"\(c(y))\" r=\"\(c(r))\" fill=\"none\" stroke=\"\(layer.color)\" stroke-width=\"1.3\"/>"
                case .cross:
                    s +=
                        "<path d=\"M\(c(x - r)) \(c(y - r))L\(c(x + r)) \(c(y + r))M\(c(x - r)) \(c(y + r))L\(c(x + r)) \(c(y - r))\" stroke=\"\(layer.color)\" stroke-width=\"1.4\"/>"
                }
            }
        }
        s += scaleBar(x: offsetX + 12, y: top + mapH - 14, metresPerPixel: 1 / scale, mapWidth: spanX * scale)
        s += northArrow(x: offsetX + spanX * scale - 24, y: top + 12)
        s += legend.svg
        return s + "</svg>"
    }

    /// A bar of a round length (about a fifth of the map), labelled in m or km.
    private func scaleBar(x: Double, y: Double, metresPerPixel: Double, mapWidth: Double) -> String {
        let length = Self.niceLength(mapWidth * metresPerPixel / 5)
        let w = length / metresPerPixel, c = HTMLText.coord
        let label =
            length >= 1000
            ? HTMLText.number(length / 1000, length.truncatingRemainder(dividingBy: 1000) == 0 ? 0 : 1) + " km"
            : HTMLText.number(length, 0) + " m"
        var s =
            "<rect x=\"\(c(x - 6))\" y=\"\(c(y - 20))\" width=\"\(c(w + 12))\" height=\"28\" fill=\"#fff\" fill-opacity=\"0.8\"/>"
        s += "<rect x=\"\(c(x))\" y=\"\(c(y - 4))\" width=\"\(c(w / 2))\" height=\"6\" fill=\"#222\"/>"
        s +=
            "<rect x=\"\(c(x + w / 2))\" y=\"\(c(y - 4))\" width=\"\(c(w / 2))\" height=\"6\" fill=\"#fff\" stroke=\"#222\"/>"
        s += "<text class=\"tick\" x=\"\(c(x))\" y=\"\(c(y - 8))\">0</text>"
        s += "<text class=\"tick\" x=\"\(c(x + w))\" y=\"\(c(y - 8))\" text-anchor=\"end\">\(label)</text>"
        return s
    }

    private func northArrow(x: Double, y: Double) -> String {
        let c = HTMLText.coord
        return
            "<path d=\"M\(c(x)) \(c(y))L\(c(x + 8)) \(c(y + 22))L\(c(x)) \(c(y + 17))L\(c(x - 8)) \(c(y + 22))Z\" fill=\"#222\"/>"
            + "<text class=\"north\" x=\"\(c(x))\" y=\"\(c(y + 36))\" text-anchor=\"middle\" font-weight=\"700\">N</text>"
    }

    /// A legend entry: draws its swatch at (x, baseline y), then its text.
    typealias LegendItem = (swatch: (Double, Double) -> String, text: String, swatchWidth: Double)

    /// The legend's items (swatch and text), wrapped into rows that fit the width; returns the SVG and its height.
    private func legend(top: Double, cellMetres: Double, peak: Int) -> (svg: String, height: Double) {
        let c = HTMLText.coord
        var items: [LegendItem] = []
        if peak > 0 {
            items.append(
                (
                    { x, y in
                        (0..<5).map { i in
                            "<rect x=\"\(c(x + Double(i) * 10))\" y=\"\(c(y - 10))\" width=\"10\" height=\"10\" fill=\"\(ChartColors.ramp(0.15 + 0.85 * Double(i) / 4))\"/>"
                        }.joined()
                    },
                    "\(densityName) per \(HTMLText.number(cellMetres, 0)) m × \(HTMLText.number(cellMetres, 0)) m cell (1 … \(peak))",
                    50
                ))
        }
        items.append(
            (
                { x, y in
                    "<line x1=\"\(c(x))\" x2=\"\(c(x + 18))\" y1=\"\(c(y - 4))\" y2=\"\(c(y - 4))\" stroke=\"#1f3b57\" stroke-width=\"2\"/>"
                },
                "service area", 18
            ))
        items += flowLegendItems()
        for layer in markers {
            let r = max(layer.radius, 3)
            items.append(
                (
                    { x, y in
                        let (cx, cy) = (x + 5, y - 4)
                        switch layer.shape {
                        case .dot:
                            return "<circle cx=\"\(c(cx))\" cy=\"\(c(cy))\" r=\"\(c(r))\" fill=\"\(layer.color)\"/>"
                        case .ring:
                            return
                                "<circle cx=\"\(c(cx))\" cy=\"\(c(cy))\" r=\"\(c(r))\" fill=\"none\" stroke=\"\(layer.color)\" stroke-width=\"1.3\"/>"
                        case .cross:
                            return
                                "<path d=\"M\(c(cx - r)) \(c(cy - r))L\(c(cx + r)) \(c(cy + r))M\(c(cx - r)) \(c(cy + r))L\(c(cx + r)) \(c(cy - r))\" stroke=\"\(layer.color)\" stroke-width=\"1.4\"/>"
                        }
                    }, "\(layer.name) (\(HTMLText.count(layer.points.count)))", 10
                ))
        }
        var s = "", x = 10.0, y = top
        for item in items {
            let w = item.swatchWidth + 6 + Double(item.text.count) * 6.4 + 16
            if x > 10 && x + w > width - 10 { x = 10; y += 18 }
            s += item.swatch(x, y)
            s +=
                "<text class=\"legend\" x=\"\(c(x + item.swatchWidth + 6))\" y=\"\(c(y))\">\(HTMLText.escape(item.text))</text>"
            x += w
        }
        return (s, y - top + 18)
    }

    /// A 1, 2 or 5 × 10ⁿ length not above `target` metres (at least 1 m).
    static func niceLength(_ target: Double) -> Double {
        guard target > 1 else { return 1 }
        let magnitude = pow(10, (log10(target)).rounded(.down))
        let f = target / magnitude
        return (f >= 5 ? 5 : f >= 2 ? 2 : 1) * magnitude
    }
}
