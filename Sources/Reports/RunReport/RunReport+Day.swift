import Simulation

extension RunReport {
    /// Requests and outcomes, fleet busy/idle, and mean occupancy, per 15 minutes.
    func daySection() -> String {
        let n = series.binCount
        guard n > 0 else { return "<p>No events.</p>" }
        let w = Double(RunSeries.binSeconds)
        func mid(_ i: Int) -> Double { (Double(i) + 0.5) * w }
        func at(_ a: [Int], _ i: Int) -> Int { i < a.count ? a[i] : 0 }
        func at(_ a: [Int64], _ i: Int) -> Int64 { i < a.count ? a[i] : 0 }
        // The window: from the first to the last bin with any activity.
        let active = (0..<n).filter {
            at(series.requests, $0) > 0 || at(series.inShiftMs, $0) > 0 || at(series.fulfilled, $0) > 0
        }
        let first = active.first ?? 0, last = active.last ?? n - 1
        let domain = (Double(first) * w).rounded(.down)...(Double(last + 1) * w)
        let range = first...last
        let counts: [(String, [Int], String)] = [
            ("requests", series.requests, ChartColors.ink), ("received offers", series.offered, ChartColors.sky),
            ("ordered", series.ordered, ChartColors.blue),
            ("fulfilled (drop-offs)", series.fulfilled, ChartColors.green),
            ("rejected at dispatch", series.rejected, ChartColors.vermilion),
            ("order refused", series.orderRefused, ChartColors.purple),
            ("no offer", series.noOffer, ChartColors.orange)
        ]
        let flows = XYChart(
            title: "Requests and what became of them", x: .timeOfDay(domain: domain),
            y: ChartAxis(title: "events (count per 15 min)"),
            layers: counts.map { name, bins, color in
                .line(name: name, points: range.map { (mid($0), Double(at(bins, $0))) }, color: color)
            })
        var busyRects: [(x0: Double, x1: Double, y0: Double, y1: Double)] = []
        var idleRects: [(x0: Double, x1: Double, y0: Double, y1: Double)] = []
        let binMs = Double(w * 1000)
        for i in range {
            let inShift = Double(at(series.inShiftMs, i)) / binMs,
                busy = min(Double(at(series.busyMs, i)) / binMs, inShift)
            busyRects.append((Double(i) * w, Double(i + 1) * w, 0, busy))
            idleRects.append((Double(i) * w, Double(i + 1) * w, busy, inShift))
        }
        let fleet = XYChart(
            title: "Vehicles in service: busy (driving or serving) and idle", x: .timeOfDay(domain: domain),
            y: ChartAxis(title: "vehicles (mean over 15 min)"),
            layers: [
                .rects(name: "busy", rects: busyRects, color: ChartColors.blue),
                .rects(name: "idle", rects: idleRects, color: "#c9d6e3")
            ])
        let occupancy = XYChart(
            title: "Mean occupancy of moving vehicles", x: .timeOfDay(domain: domain),
            y: ChartAxis(title: "occupancy (riders per driving vehicle)"),
            layers: [
                .line(
                    name: "riders on board (time-weighted)",
                    points: range.map { i in
                        let d = at(series.drivingMs, i)
                        return (mid(i), d > 0 ? Double(at(series.riderDrivingMs, i)) / Double(d) : nil)
                    }, color: ChartColors.green)
            ])
        return HTMLPage.figure(
            flows.svg(),
            caption:
                "Counted when each event happened: requests and offers at request time, orders at order time, rejections when the dispatcher decided, drop-offs when riders arrive."
        )
            + HTMLPage.figure(
                fleet.svg(),
                caption:
                    "Busy as in vehicles.csv (busy_s): driving, or serving riders at a stop; idle: in shift, waiting empty for work."
            )
            + HTMLPage.figure(
                occupancy.svg(),
                caption:
                    "Riders on board averaged over driving time (empty legs count as 0); gaps: no vehicle was driving.")
    }
}
