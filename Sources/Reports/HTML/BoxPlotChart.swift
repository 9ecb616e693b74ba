/// Horizontal box plots, one row per group, on a shared numeric axis, drawn as inline SVG.
///
/// Each row shows the 5th–95th percentile whiskers, the 25th–75th percentile box, the median (line)
/// and the mean (dot), with the group's name and sample size at the left. Percentiles are nearest-rank.
public struct BoxPlotChart: Sendable {
    /// One group's sample summary.
    public struct Row: Sendable {
        public var label: String
        public var count: Int
        public var p5, p25, p50, p75, p95, mean: Double

        /// Summarises `values`; nil for an empty sample.
        public init?(label: String, values: [Double]) {
            guard !values.isEmpty else { return nil }
            let v = values.sorted()
            func q(_ p: Double) -> Double { Percentile.nearestRank(v, p)! }
            self.label = label; count = v.count
            p5 = q(5); p25 = q(25); p50 = q(50); p75 = q(75); p95 = q(95)
            mean = v.reduce(0, +) / Double(v.count)
        }
    }

    public var title: String
    public var axis: ChartAxis
    public var rows: [Row]
    public var width = 880.0

    public init(title: String, axis: ChartAxis, rows: [Row], width: Double = 880) {
        self.title = title; self.axis = axis; self.rows = rows; self.width = width
    }

    public var isEmpty: Bool { rows.isEmpty }

    public func svg() -> String {
        let left = 190.0, right = 24.0, top = 28.0, rowH = 26.0, bottom = 46.0
        let height = top + rowH * Double(max(rows.count, 1)) + bottom
        let lo = rows.map(\.p5).min(), hi = rows.map(\.p95).max()
        let d = axis.resolvedDomain(lo.flatMap { l in hi.map { l...$0 } })
        let plotW = width - left - right, plotBottom = top + rowH * Double(max(rows.count, 1))
        func px(_ v: Double) -> Double {
            left + (min(max(v, d.lowerBound), d.upperBound) - d.lowerBound) / (d.upperBound - d.lowerBound) * plotW
        }
        let c = HTMLText.coord
        var s = HTMLText.svgOpening(width: width, height: height, title: title, titleX: 8)
        for (v, label) in axis.visibleTickMarks(d) {
            s += "<line class=\"grid\" x1=\"\(c(px(v)))\" x2=\"\(c(px(v)))\" y1=\"\(c(top))\" y2=\"\(c(plotBottom))\"/>"
            s +=
                "<text class=\"tick\" x=\"\(c(px(v)))\" y=\"\(c(plotBottom + 16))\" text-anchor=\"middle\">\(HTMLText.escape(label))</text>"
        }
        for (i, r) in rows.enumerated() {
            let cy = top + rowH * (Double(i) + 0.5)
            let color = ChartColors.series(0)
            s +=
                "<text class=\"tick\" x=\"\(c(left - 8))\" y=\"\(c(cy + 4))\" text-anchor=\"end\">\(HTMLText.escape(r.label)) (n = \(HTMLText.count(r.count)))</text>"
            s +=
                "<line x1=\"\(c(px(r.p5)))\" x2=\"\(c(px(r.p95)))\" y1=\"\(c(cy))\" y2=\"\(c(cy))\" stroke=\"\(color)\" stroke-width=\"1.5\"/>"
            for w in [r.p5, r.p95] {
                s +=
                    "<line x1=\"\(c(px(w)))\" x2=\"\(c(px(w)))\" y1=\"\(c(cy - 5))\" y2=\"\(c(cy + 5))\" stroke=\"\(color)\" stroke-width=\"1.5\"/>"
            }
            s +=
                "<rect x=\"\(c(px(r.p25)))\" y=\"\(c(cy - 8))\" width=\"\(c(max(1, px(r.p75) - px(r.p25))))\" height=\"16\" fill=\"\(color)\" fill-opacity=\"0.3\" stroke=\"\(color)\"/>"
            s +=
                "<line x1=\"\(c(px(r.p50)))\" x2=\"\(c(px(r.p50)))\" y1=\"\(c(cy - 8))\" y2=\"\(c(cy + 8))\" stroke=\"\(ChartColors.ink)\" stroke-width=\"2\"/>"
            s += "<circle cx=\"\(c(px(r.mean)))\" cy=\"\(c(cy))\" r=\"3\" fill=\"\(ChartColors.vermilion)\"/>"
        }
        s +=
            "<line class=\"axis\" x1=\"\(c(left))\" x2=\"\(c(left + plotW))\" y1=\"\(c(plotBottom))\" y2=\"\(c(plotBottom))\"/>"
        s +=
            "<text class=\"atitle x\" x=\"\(c(left + plotW / 2))\" y=\"\(c(height - 8))\" text-anchor=\"middle\">\(HTMLText.escape(axis.title))</text>"
        if rows.isEmpty {
            s +=
                "<text class=\"empty\" x=\"\(c(left + plotW / 2))\" y=\"\(c(top + rowH / 2 + 4))\" text-anchor=\"middle\">no data</text>"
        }
        return s + "</svg>"
    }
}
