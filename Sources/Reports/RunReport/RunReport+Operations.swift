import Simulation

extension RunReport {
    /// Fleet operations (runs with operations): totals, the fleet's state over the day, state-of-charge
    /// bands, plugs in use per depot, and rebalancing flows on the map.
    func operationsSection(_ ops: OperationsSeries, _ totals: Summary.Operations) -> String {
        let active = ops.stateMs.enumerated().filter { $0.offset != FleetState.offShift.rawValue }.map(\.element)
        let used = (0..<(active.map(\.count).max() ?? 0)).filter { i in active.contains { i < $0.count && $0[i] > 0 } }
        var html = operationsTables(totals)
        guard let first = used.first, let last = used.last else { return html + "<p>No vehicle was on shift.</p>" }
        let range = first...last
        let w = Double(RunSeries.binSeconds)
        let domain = Double(first) * w...Double(last + 1) * w
        let states: [(FleetState, String, String)] = [
            (.serving, "serving", ChartColors.blue), (.repositioning, "repositioning", ChartColors.orange),
            (.charging, "charging", ChartColors.green), (.onBreak, "on break", ChartColors.purple),
            (.toDepot, "to depot", ChartColors.vermilion), (.idle, "idle", "#c9d6e3"),
            (.outOfService, "out of service", ChartColors.ink), (.offShift, "off shift", "#ececec")
        ]
        let fleet = XYChart(
            title: "The fleet's state over the day", x: .timeOfDay(domain: domain),
            y: ChartAxis(title: "vehicles (mean over 15 min)"),
            layers: Self.stacked(
                states.filter { s in s.0 != .outOfService || ops.stateMs[s.0.rawValue].contains { $0 > 0 } }
                    .map { ($0.1, ops.stateMs[$0.0.rawValue], $0.2) }, range))
        html += HTMLPage.figure(
            fleet.svg(),
            caption:
                "Each vehicle in one state at a time, the first that applies: off shift (before its start, after "
                + "shift_end; without depot, idle past its shift's end), out of service (broken down), charging (driving "
                + "to a charger, queued or plugged in), on break (the drive there included), to depot (driving home at the "
                + "shift's end), repositioning (rebalancing or returning to the depot when idle), serving (driving a "
                + "service leg, to a pickup or with riders, or standing with riders on board), idle.")
        if header.vehicles.contains(where: { $0.type.battery != nil }) {
            html += socFigure(ops, range, domain)
        }
        for (d, depot) in header.depots.enumerated() where (depot.chargers?.plugs ?? 0) > 0 {
            html += chargerFigure(ops, depot: d, range, domain)
        }
        return html + flowMap(ops)
    }

    /// Stacked bars per bin: each series' milliseconds ÷ the bin's, on top of the previous ones.
    static func stacked(_ series: [(String, [Int64], String)], _ range: ClosedRange<Int>) -> [XYChart.Layer] {
        let w = Double(RunSeries.binSeconds), binMs = w * 1000
        var base = [Double](repeating: 0, count: range.count)
        return series.map { name, bins, color in
            let rects = range.map { i -> (x0: Double, x1: Double, y0: Double, y1: Double) in
                let k = i - range.lowerBound, y = i < bins.count ? Double(bins[i]) / binMs : 0
                defer { base[k] += y }
                return (Double(i) * w, Double(i + 1) * w, base[k], base[k] + y)
            }
            return .rects(name: name, rects: rects, color: color)
        }
    }

    private func socFigure(_ ops: OperationsSeries, _ range: ClosedRange<Int>, _ domain: ClosedRange<Double>) -> String
    {
        let names = ["< 20 %", "20–50 %", "50–80 %", "≥ 80 %"]
        let colors = [ChartColors.vermilion, ChartColors.orange, ChartColors.sky, ChartColors.green]
        let chart = XYChart(
            title: "Electric vehicles on shift by state of charge", x: .timeOfDay(domain: domain),
            y: ChartAxis(title: "vehicles (mean over 15 min)"),
            layers: Self.stacked(names.indices.map { (names[$0], ops.socBandMs[$0], colors[$0]) }, range))
        return HTMLPage.figure(
            chart.svg(),
            caption:
                "State of charge as the log gives it: the start's initial_soc × battery_wh, less each leg's energy at "
                + "its arrival (wh_per_km × km + auxiliary_kw × drive time), set to the logged soc_wh when charging ends."
        )
    }

    private func chargerFigure(
        _ ops: OperationsSeries, depot d: Int, _ range: ClosedRange<Int>, _ domain: ClosedRange<Double>
    ) -> String {
        let (bins, plugs) = ops.plugsInUse(depot: d)
        let id = header.depots[d].id
        let chart = XYChart(
            title: "Chargers at depot \(id): plugs in use", x: .timeOfDay(domain: domain),
            y: ChartAxis(title: "plugs (mean over 15 min)"),
            layers: Self.stacked([("plugs in use", bins, ChartColors.green)], range) + [
                .horizontal(y: Double(plugs), label: plugs == 1 ? "1 plug" : "\(plugs) plugs", color: ChartColors.ink)
            ])
        let use = tables.summary.operations?.chargers.first { $0.depotID == id }
        return HTMLPage.figure(
            chart.svg(),
            caption: "Peak: \(use.map { String($0.peak) } ?? "–") plugs in use at once"
                + (use?.peakAt.map { " (first at \(HTMLText.clock($0.seconds)))" } ?? "") + ".")
    }

    private func flowMap(_ ops: OperationsSeries) -> String {
        let map = MapChart(
            title: "Rebalancing: from where each leg started to where it was sent", rings: serviceArea, density: [],
            densityName: "",
            markers: [
                .init(
                    name: "depots", points: header.depots.map(\.point), color: ChartColors.ink, shape: .ring, radius: 5)
            ],
            flows: [.init(name: "rebalancing legs", lines: ops.rebalancingFlows, color: ChartColors.orange)])
        let hidden = map.hiddenCount
        return HTMLPage.figure(
            map.svg(),
            caption:
                "North up. Each line is one rebalancing leg (set_out rebalancing), from the vehicle's departure to "
                + "its target; the dot marks the target. "
                + (hidden > 0 ? "\(hidden) depots or legs outside the service area's envelope are not drawn." : ""))
    }
}
