import Simulation

extension RunReport {
    /// One measure of fulfilled trips: its title, axis, and how to read it from a row.
    private struct Measure {
        var title: String
        var axis: String
        var scale: Double
        var value: (TripRow) -> Double?
    }

    /// Histograms of wait, ride time, detour factor and walk time, and box plots per service class and load type.
    func distributionSection() -> String {
        // Row numbers, not copies of the rows (a row is about 600 bytes; a city day has hundreds of thousands).
        let trips = tables.trips
        let fulfilled = trips.indices.filter { trips[$0].isFulfilled }
        let measures = [
            Measure(title: "Wait (desired departure → pickup, walk included)", axis: "wait (min)", scale: 60) {
                $0.wait?.seconds
            },
            Measure(title: "Ride time (pickup → drop-off)", axis: "ride time (min)", scale: 60) {
                $0.rideTime?.seconds
            },
            Measure(
                title: "Detour factor (ride time ÷ direct drive time)", axis: "detour factor (ratio, 1 = direct)",
                scale: 1
            ) {
                guard let r = $0.rideTime, let d = $0.directTime, d.ms > 0 else { return nil }
                return Double(r.ms) / Double(d.ms)
            },
            Measure(title: "Walk time (to the pickup + from the drop-off)", axis: "walk (min)", scale: 60) {
                ($0.walkToPickup ?? .zero).seconds + ($0.walkFromDropoff ?? .zero).seconds
            }
        ]
        let groups = self.groups(fulfilled, of: trips)
        var html =
            "<p class=\"note\">Fulfilled trips only (\(HTMLText.count(fulfilled.count))). A request counts in every load type it contains "
            + "(a parent with a child in a booster counts as adult, child and child seat).</p>"
        for m in measures {
            let values = fulfilled.compactMap { m.value(trips[$0]) }.map { $0 / m.scale }
            html += "<h3>\(HTMLText.escape(m.title))</h3>"
            let (chart, above) = histogram(values, title: m.title + ": all fulfilled trips", axis: m.axis)
            html += HTMLPage.figure(
                chart.svg(),
                caption: above.map {
                    "The last bin also holds the \(HTMLText.count($0.count)) trips (at most 0.5 %) above \(HTMLText.number($0.limit, 2)), up to \(HTMLText.number($0.max, 2))."
                })
            let rows = groups.compactMap { label, members in
                BoxPlotChart.Row(label: label, values: members.compactMap { m.value(trips[$0]) }.map { $0 / m.scale })
            }
            html += HTMLPage.figure(
                BoxPlotChart(title: m.title + ": per group", axis: ChartAxis(title: m.axis), rows: rows).svg())
        }
        return html
    }

    /// "all", then each service class (scenario order, then others), then each load type present: the
    /// row numbers (of `rows`) among `selected` in each group.
    private func groups(_ selected: [Int], of rows: [TripRow]) -> [(String, [Int])] {
        var out: [(String, [Int])] = [("all", selected)]
        var classes = header.serviceClasses.map(\.name)
        for i in selected { if let c = rows[i].serviceClass, !classes.contains(c) { classes.append(c) } }
        for c in classes {
            let members = selected.filter { rows[$0].serviceClass == c }
            if !members.isEmpty { out.append(("class " + c, members)) }
        }
        var memo = LoadGroups.Memo()
        let membership = selected.map { memo.membership(rows[$0].loads) }
        for (k, name) in LoadGroups.names.enumerated() {
            let members = zip(selected, membership).filter { $0.1[k] }.map(\.0)
            if !members.isEmpty { out.append(("load " + name, members)) }
        }
        return out
    }

    /// A histogram of about 30 bins of a round width up to the 99.5th percentile (the last bin also
    /// holds the values above it, reported as `above`).
    private func histogram(_ values: [Double], title: String, axis: String)
        -> (XYChart, above: (count: Int, limit: Double, max: Double)?)
    {
        let sorted = values.sorted()
        guard let lo = sorted.first, let top = sorted.last, let hi = Percentile.nearestRank(sorted, 99.5) else {
            return (
                XYChart(
                    title: title, x: ChartAxis(title: axis), y: ChartAxis(title: "trips (count per bin)"), layers: []),
                nil
            )
        }
        let beyond = sorted.reversed().prefix { $0 > hi }.count
        let width = ChartAxis.niceStep(max(hi - lo, 1e-9) * 5 / 30)
        let start = (lo / width).rounded(.down) * width
        var counts = [Int](repeating: 0, count: Int(((hi - start) / width).rounded(.down)) + 1)
        for v in values { counts[min(counts.count - 1, Int(((v - start) / width).rounded(.down)))] += 1 }
        let rects = counts.enumerated().map { i, n in
            (
                x0: start + Double(i) * width + width * 0.04, x1: start + Double(i + 1) * width - width * 0.04, y0: 0.0,
                y1: Double(n)
            )
        }
        let chart = XYChart(
            title: title, x: ChartAxis(title: axis, includeZero: start <= 0),
            y: ChartAxis(title: "trips (count per bin)"),
            layers: [.rects(name: "", rects: rects, color: ChartColors.blue)], height: 240)
        return (chart, beyond > 0 ? (beyond, hi, top) : nil)
    }
}

/// The load types of `summary.json`'s `per_load_type`, read from a `loads` code.
enum LoadGroups {
    static let names = ["adult", "child", "wheelchair", "child_seat"]

    /// Whether the group contains each type, in `names` order.
    static func membership(_ code: String) -> [Bool] {
        let loads = Load.parseGroup(code) ?? []
        return [
            loads.contains { !$0.isChild }, loads.contains { $0.isChild },
            loads.contains { $0.wheelchair == .needed }, loads.contains { $0.childSeat != .notNeeded }
        ]
    }

    /// `membership` remembered per code: a run has few distinct codes and many trips.
    struct Memo {
        private var known: [String: [Bool]] = [:]
        mutating func membership(_ code: String) -> [Bool] {
            if let m = known[code] { return m }
            let m = LoadGroups.membership(code)
            known[code] = m
            return m
        }
    }
}
