/// Drawing an `XYChart` as SVG.
extension XYChart {
    /// Plot-area margins: room for tick labels, axis titles, the chart title and the legend.
    private var margin: (left: Double, right: Double, top: Double, bottom: Double) { (70, 24, 52, 50) }

    /// The chart as an `<svg>` element (scales to its container's width).
    public func svg() -> String {
        let (xd, yd) = (x.resolvedDomain(extents().x), y.resolvedDomain(extents().y))
        let m = margin
        let plotW = width - m.left - m.right, plotH = height - m.top - m.bottom
        func px(_ v: Double) -> Double { m.left + (v - xd.lowerBound) / (xd.upperBound - xd.lowerBound) * plotW }
        func py(_ v: Double) -> Double { m.top + plotH - (v - yd.lowerBound) / (yd.upperBound - yd.lowerBound) * plotH }
        func clampY(_ v: Double) -> Double { min(max(v, yd.lowerBound), yd.upperBound) }
        let c = HTMLText.coord
        var s = HTMLText.svgOpening(width: width, height: height, title: title, titleX: m.left)
        // Grid and ticks.
        for (v, label) in y.visibleTickMarks(yd) {
            s +=
                "<line class=\"grid\" x1=\"\(c(m.left))\" x2=\"\(c(m.left + plotW))\" y1=\"\(c(py(v)))\" y2=\"\(c(py(v)))\"/>"
            s +=
                "<text class=\"tick\" x=\"\(c(m.left - 6))\" y=\"\(c(py(v) + 4))\" text-anchor=\"end\">\(HTMLText.escape(label))</text>"
        }
        for (v, label) in x.visibleTickMarks(xd) {
            s +=
                "<line class=\"tickmark\" x1=\"\(c(px(v)))\" x2=\"\(c(px(v)))\" y1=\"\(c(m.top + plotH))\" y2=\"\(c(m.top + plotH + 5))\"/>"
            s +=
                "<text class=\"tick\" x=\"\(c(px(v)))\" y=\"\(c(m.top + plotH + 18))\" text-anchor=\"middle\">\(HTMLText.escape(label))</text>"
        }
        // Layers, in order.
        for layer in layers {
            switch layer {
            case .band(_, let points, let color):
                guard !points.isEmpty else { continue }
                let upper = points.map { "\(c(px($0.x))),\(c(py(clampY($0.upper))))" }
                let lower = points.reversed().map { "\(c(px($0.x))),\(c(py(clampY($0.lower))))" }
                s +=
                    "<polygon points=\"\((upper + lower).joined(separator: " "))\" fill=\"\(color)\" fill-opacity=\"0.2\" stroke=\"none\"/>"
            case .rects(_, let rects, let color):
                for r in rects {
                    let (a, b) = (py(clampY(max(r.y0, r.y1))), py(clampY(min(r.y0, r.y1))))
                    s +=
                        "<rect shape-rendering=\"crispEdges\" x=\"\(c(px(r.x0)))\" y=\"\(c(a))\" width=\"\(c(max(0, px(r.x1) - px(r.x0))))\" height=\"\(c(max(0, b - a)))\" fill=\"\(color)\"/>"
                }
            case .line(_, let points, let color, let dashed, let dots):
                var runs: [[String]] = [[]]
                for p in points {
                    guard let v = p.y else { if !runs.last!.isEmpty { runs.append([]) }; continue }
                    runs[runs.count - 1].append("\(c(px(p.x))),\(c(py(clampY(v))))")
                }
                let dash = dashed ? " stroke-dasharray=\"6 4\"" : ""
                for run in runs where run.count > 1 {
                    s +=
                        "<polyline points=\"\(run.joined(separator: " "))\" fill=\"none\" stroke=\"\(color)\" stroke-width=\"2\"\(dash)/>"
                }
                if dots || runs.allSatisfy({ $0.count <= 1 }) {
                    for run in runs {
                        for q in run {
                            let xy = q.split(separator: ",")
                            s += "<circle cx=\"\(xy[0])\" cy=\"\(xy[1])\" r=\"3\" fill=\"\(color)\"/>"
                        }
                    }
                }
            case .points(_, let points, let color):
                for p in points {
                    s +=
                        "<circle cx=\"\(c(px(p.x)))\" cy=\"\(c(py(clampY(p.y))))\" r=\"2.5\" fill=\"\(color)\" fill-opacity=\"0.6\"/>"
                }
            case .horizontal(let v, let label, let color):
                let yy = c(py(clampY(v)))
                s +=
                    "<line x1=\"\(c(m.left))\" x2=\"\(c(m.left + plotW))\" y1=\"\(yy)\" y2=\"\(yy)\" stroke=\"\(color)\" stroke-width=\"1.5\" stroke-dasharray=\"4 3\"/>"
                // Below the line when the line runs near the top (where rising curves end), else above it.
                let labelY = py(clampY(v)) < m.top + plotH * 0.2 ? py(clampY(v)) + 14 : py(clampY(v)) - 5
                s +=
                    "<text class=\"ref\" x=\"\(c(m.left + plotW - 4))\" y=\"\(c(labelY))\" text-anchor=\"end\" fill=\"\(color)\">\(HTMLText.escape(label))</text>"
            case .vertical(let v, let label, let color):
                let xx = c(px(v))
                s +=
                    "<line x1=\"\(xx)\" x2=\"\(xx)\" y1=\"\(c(m.top))\" y2=\"\(c(m.top + plotH))\" stroke=\"\(color)\" stroke-width=\"1.5\" stroke-dasharray=\"4 3\"/>"
                let anchor = px(v) > m.left + plotW * 0.75 ? "end" : "start"
                let dx = anchor == "end" ? -4.0 : 4.0
                s +=
                    "<text class=\"ref\" x=\"\(c(px(v) + dx))\" y=\"\(c(m.top + plotH - 6))\" text-anchor=\"\(anchor)\" fill=\"\(color)\">\(HTMLText.escape(label))</text>"
            }
        }
        // Axes and their titles.
        s +=
            "<line class=\"axis\" x1=\"\(c(m.left))\" x2=\"\(c(m.left))\" y1=\"\(c(m.top))\" y2=\"\(c(m.top + plotH))\"/>"
        s +=
            "<line class=\"axis\" x1=\"\(c(m.left))\" x2=\"\(c(m.left + plotW))\" y1=\"\(c(m.top + plotH))\" y2=\"\(c(m.top + plotH))\"/>"
        s +=
            "<text class=\"atitle x\" x=\"\(c(m.left + plotW / 2))\" y=\"\(c(height - 8))\" text-anchor=\"middle\">\(HTMLText.escape(x.title))</text>"
        s +=
            "<text class=\"atitle y\" transform=\"translate(16,\(c(m.top + plotH / 2))) rotate(-90)\" text-anchor=\"middle\">\(HTMLText.escape(y.title))</text>"
        s += legend(top: 34, left: m.left)
        if isEmpty {
            s +=
                "<text class=\"empty\" x=\"\(c(m.left + plotW / 2))\" y=\"\(c(m.top + plotH / 2))\" text-anchor=\"middle\">no data</text>"
        }
        return s + "</svg>"
    }

    /// One row of swatches and names for the named layers (each name once).
    private func legend(top: Double, left: Double) -> String {
        var seen: Set<String> = [], s = "", xPos = left
        for layer in layers {
            guard let name = layer.name, seen.insert(name).inserted else { continue }
            let c = HTMLText.coord
            switch layer {
            case .line(_, _, _, let dashed, _):
                let dash = dashed ? " stroke-dasharray=\"5 3\"" : ""
                s +=
                    "<line x1=\"\(c(xPos))\" x2=\"\(c(xPos + 18))\" y1=\"\(c(top - 4))\" y2=\"\(c(top - 4))\" stroke=\"\(layer.color)\" stroke-width=\"2.5\"\(dash)/>"
            case .band:
                s +=
                    "<rect x=\"\(c(xPos))\" y=\"\(c(top - 10))\" width=\"18\" height=\"10\" fill=\"\(layer.color)\" fill-opacity=\"0.25\"/>"
            case .points:
                s += "<circle cx=\"\(c(xPos + 9))\" cy=\"\(c(top - 4))\" r=\"3\" fill=\"\(layer.color)\"/>"
            default:
                s += "<rect x=\"\(c(xPos))\" y=\"\(c(top - 10))\" width=\"18\" height=\"10\" fill=\"\(layer.color)\"/>"
            }
            s += "<text class=\"legend\" x=\"\(c(xPos + 23))\" y=\"\(c(top))\">\(HTMLText.escape(name))</text>"
            xPos += 23 + Double(name.count) * 6.2 + 18
        }
        return s
    }
}
