import Simulation

extension RunReport {
    /// Prebooking and re-optimisation (runs with either): `summary.json`'s `prebooking` and
    /// `reoptimisation` as tables, the bookings per hour of desired departure, and the rounds over the day.
    func dispatchSection() -> String {
        let s = tables.summary
        var html = ""
        if let p = s.prebooking {
            html += "<h3>Prebooked trips</h3>" + prebookingTable(p) + bookingsPerHourFigure()
        }
        if let r = s.reoptimisation {
            html += "<h3>Re-optimisation</h3>" + reoptimisationTable(r) + roundsFigures(r)
        }
        return html
    }

    private func prebookingTable(_ p: Summary.Prebooking) -> String {
        func ofAccepted(_ n: Int) -> String { HTMLText.percent(share(n, p.accepted)) }
        var rows: [[String]] = [
            ["booked ahead (orders answered as prebookings)", HTMLText.count(p.requests), ""],
            ["accepted with their promise, no vehicle yet", HTMLText.count(p.accepted), "100 %"]
        ]
        for r in p.rejected {
            rows.append(["rejected at booking: \(HTMLText.escape(r.reason))", HTMLText.count(r.count), ""])
        }
        rows += [
            ["assigned to a vehicle", HTMLText.count(p.assigned), ofAccepted(p.assigned)],
            [
                "unassignable (no vehicle kept the promise: PREBOOKING_UNASSIGNABLE)", HTMLText.count(p.unassignable),
                ofAccepted(p.unassignable)
            ],
            [
                "cancelled before assignment", HTMLText.count(p.cancelledBeforeAssignment),
                ofAccepted(p.cancelledBeforeAssignment)
            ],
            [
                "cancelled after assignment", HTMLText.count(p.cancelledAfterAssignment),
                ofAccepted(p.cancelledAfterAssignment)
            ],
            ["no-shows", HTMLText.count(p.noShows), ofAccepted(p.noShows)],
            [
                "terminated after assignment (vehicle breakdown)", HTMLText.count(p.terminatedAfterAssignment),
                ofAccepted(p.terminatedAfterAssignment)
            ],
            ["unfinished at the end of the run", HTMLText.count(p.unfinished), ofAccepted(p.unfinished)],
            ["fulfilled", HTMLText.count(p.fulfilled), ofAccepted(p.fulfilled)]
        ]
        func hours(_ x: Double?) -> String { x.map { HTMLText.number($0, 2) + " h" } ?? "–" }
        func minutes(_ x: Double?) -> String { x.map { HTMLText.number($0 / 60, 1) + " min" } ?? "–" }
        let s = tables.summary
        return HTMLPage.table(["prebooked trips", "trips", "share of accepted"], rows)
            + HTMLPage.table(
                ["", "mean", "p50", "p95"],
                [
                    ["lead time (order → desired departure)"]
                        + [p.leadTime.mean, p.leadTime.p50, p.leadTime.p95].map(hours),
                    ["wait, fulfilled prebooked trips", minutes(p.wait.mean), "", minutes(p.wait.p95)],
                    ["wait, all fulfilled trips", minutes(s.wait.mean), minutes(s.wait.p50), minutes(s.wait.p95)]
                ])
    }

    /// Ordered trips per hour of their desired departure: prebooked (accepted, or rejected at booking) and on the spot.
    private func bookingsPerHourFigure() -> String {
        var prebooked: [Int] = [], refused: [Int] = [], onTheSpot: [Int] = []
        func count(_ bins: inout [Int], _ hour: Int) {
            if hour >= bins.count { bins.append(contentsOf: repeatElement(0, count: hour - bins.count + 1)) }
            bins[hour] += 1
        }
        for t in tables.trips where t.orderTime != nil {
            guard let d = t.desiredDeparture else { continue }
            let hour = Int(max(0, d.ms) / 3_600_000)
            if !t.prebooked {
                count(&onTheSpot, hour)
            } else if t.acceptedTime != nil {
                count(&prebooked, hour)
            } else {
                count(&refused, hour)
            }
        }
        let all = [prebooked, refused, onTheSpot]
        let used = (0..<(all.map(\.count).max() ?? 0)).filter { h in all.contains { h < $0.count && $0[h] > 0 } }
        guard let first = used.first, let last = used.last else { return "" }
        var base = [Int](repeating: 0, count: last + 1)
        let layers = [
            ("prebooked, accepted", prebooked, ChartColors.blue),
            ("prebooked, rejected at booking", refused, ChartColors.vermilion),
            ("booked on the spot", onTheSpot, ChartColors.sky)
        ].map { name, bins, color -> XYChart.Layer in
            let rects = (first...last).map { h -> (x0: Double, x1: Double, y0: Double, y1: Double) in
                let y = h < bins.count ? bins[h] : 0
                defer { base[h] += y }
                return (Double(h) * 3600, Double(h + 1) * 3600, Double(base[h]), Double(base[h] + y))
            }
            return .rects(name: name, rects: rects, color: color)
        }
        let chart = XYChart(
            title: "Orders per hour of desired departure: prebooked and on the spot",
            x: .timeOfDay(title: "desired departure (h)", domain: Double(first) * 3600...Double(last + 1) * 3600),
            y: ChartAxis(title: "orders (count per hour)"), layers: layers)
        return HTMLPage.figure(
            chart.svg(),
            caption:
                "Each ordered trip once, in the hour its rider wants to leave. Prebooked: the dispatcher answered the "
                + "order as a prebooking (accepted with its promise and no vehicle yet, or rejected at booking when "
                + "the hour's prebooking capacity was used up); on the spot: every other order.")
    }

    private func reoptimisationTable(_ r: ReoptimisationTotals) -> String {
        let outcomes: [(ReoptimisationRound.Outcome, String)] = [
            (.unchanged, "unchanged (nothing to improve)"), (.improved, "improved by the local search"),
            (.optimal, "solved to optimality"), (.nodeLimit, "stopped at the node limit"),
            (.timeLimit, "stopped at the time limit"), (.solverFailed, "solver failed (plans kept)")
        ]
        var rows: [[String]] = [
            ["method", HTMLText.escape(r.method?.rawValue ?? "–")], ["rounds", HTMLText.count(r.rounds)]
        ]
        for (o, name) in outcomes where r.rounds(o) > 0 { rows.append(["rounds " + name, HTMLText.count(r.rounds(o))]) }
        rows += [
            ["riders movable (Σ over rounds)", HTMLText.count(r.movable)],
            ["orders held for a round (Σ over rounds)", HTMLText.count(r.held)],
            ["riders moved to another vehicle", HTMLText.count(r.reassigned)],
            ["vehicles re-sequenced", HTMLText.count(r.resequenced)],
            ["held orders placed (riders greedy insertion would have rejected)", HTMLText.count(r.placedHeld)],
            ["planned vehicle-km saved", HTMLText.number(r.metresSaved / 1000, 1) + " km"],
            ["planned driving saved", HTMLText.number(r.driveSaved.seconds / 3600, 2) + " h"],
            ["dispatcher cost saved (weighted time)", HTMLText.number(Double(r.costSavedMs) / 3_600_000, 2) + " h"]
        ]
        var html = HTMLPage.table(["re-optimisation", "value"], rows)
        if r.mayDifferBetweenMachines {
            html +=
                "<p class=\"bad\">\(HTMLText.count(r.timeLimitedRounds)) rounds stopped at the solver's wall-clock "
                + "limit: this run's results may differ on another machine.</p>"
        }
        return html
    }

    /// Per round: riders moved and held orders placed; and the planned vehicle-km saved so far.
    private func roundsFigures(_ r: ReoptimisationTotals) -> String {
        guard let first = r.history.first?.time.seconds, let last = r.history.last?.time.seconds else { return "" }
        let start: Double = (first / 3600).rounded(.down) * 3600
        let end: Double = max((last / 3600).rounded(.up) * 3600, start + 3600)
        let domain = start...end
        let moved: [(x: Double, y: Double?)] = r.history.map { ($0.time.seconds, Double($0.reassigned)) }
        let placed: [(x: Double, y: Double?)] = r.history.map { ($0.time.seconds, Double($0.placedHeld)) }
        let perRound = XYChart(
            title: "Re-optimisation rounds: riders moved and held orders placed", x: .timeOfDay(domain: domain),
            y: ChartAxis(title: "riders (count per round)"),
            layers: [
                .line(name: "moved to another vehicle", points: moved, color: ChartColors.blue),
                .line(name: "held orders placed", points: placed, color: ChartColors.orange)
            ])
        var saved = 0.0
        let cumulative = r.history.map { round -> (x: Double, y: Double?) in
            saved += round.metresSaved / 1000
            return (round.time.seconds, saved)
        }
        let savings = XYChart(
            title: "Planned vehicle-km saved by re-optimisation, cumulative", x: .timeOfDay(domain: domain),
            y: ChartAxis(title: "vehicle-km saved (planned)"),
            layers: [.line(name: "", points: cumulative, color: ChartColors.green)])
        return HTMLPage.figure(
            perRound.svg(),
            caption:
                "One point per round (reoptimised events): riders the round moved between vehicles (reassigned) and "
                + "orders greedy insertion could not place that the round placed (placed_held).")
            + HTMLPage.figure(
                savings.svg(),
                caption:
                    "Σ (metres_before − metres_after) over the rounds so far: the planned driving of the plans each round "
                    + "touched, not driven kilometres (plans change again after a round).")
    }
}
