import Reports

extension PlanOutcome {
    /// Section anchors of `plan.html`, in page order.
    public static let sections = ["answer", "curves", "hourly", "points", "about"]

    /// `plan.html`: the answer, KPI-versus-fleet curves with the spread over seeds, the hourly plan
    /// (chart and table) with its check, and every evaluated point. Self-contained; same outcome, same bytes.
    public var html: String {
        var page = HTMLPage(
            title: "ridepool capacity plan: \(study.scenarioName)",
            subtitle:
                "\(study.targets.map(\.description).joined(separator: " · ")) · \(study.seeds.count) seed\(study.seeds.count == 1 ? "" : "s") "
                + "(\(study.judge.rawValue) judged) · "
                + (study.mode == .grid
                    ? "grid \(study.grid.map(String.init).joined(separator: ","))"
                    : "fleet \(study.fleetMin)…\(study.fleetMax), step \(study.step)"))
        page.section(id: "answer", heading: "Answer", answerSection())
        page.section(id: "curves", heading: "KPIs versus fleet size", curveSection())
        page.section(id: "hourly", heading: "Hour by hour: a shift plan", hourlySection())
        page.section(id: "points", heading: "Every evaluated fleet size", pointSection())
        page.section(id: "about", heading: "How this plan was made", aboutSection())
        return page.html
    }

    func display(_ v: Double?, _ kpi: KPI) -> String {
        switch kpi.unit {
        case .share: HTMLText.percent(v, 1)
        case .seconds: v.map { HTMLText.number($0, 0) + " s" } ?? "–"
        case .ratio: HTMLText.number(v, 2)
        case .km: v.map { HTMLText.number($0, 2) + " km" } ?? "–"
        }
    }

    private func answerSection() -> String {
        let ok = analysis.recommended != nil
        var html = "<p class=\"\(ok ? "ok" : "bad")\" style=\"font-size:17px\">\(HTMLText.escape(analysis.answer))</p>"
        let r = analysis.recommended, s = analysis.stepSmaller
        var rows: [[String]] = []
        for (i, t) in study.targets.enumerated() {
            let best = analysis.bestReached[i]
            let binding = analysis.binding.contains(t)
            rows.append([
                HTMLText.escape(t.description) + (binding ? " <b>(binding)</b>" : ""),
                r.map { display($0.judged[i], t.measure) + ($0.misses.contains(i) ? " ✗" : " ✓") } ?? "–",
                s.map { display($0.judged[i], t.measure) + ($0.misses.contains(i) ? " ✗" : " ✓") } ?? "–",
                display(best.value, t.measure) + (best.fleet.map { " at \($0)" } ?? "")
            ])
        }
        html += HTMLPage.table(
            [
                "target", r.map { "at \($0.fleet) vehicles" } ?? "recommended",
                s.map { "at \($0.fleet) vehicles" } ?? "one step smaller",
                "best reached"
            ], rows)
        if !analysis.notMonotone.isEmpty {
            html +=
                "<p class=\"note\">Not monotone: \(analysis.notMonotone.map(String.init).joined(separator: ", ")) vehicles miss a target "
                + "although a smaller fleet meets all (seed noise, or a target that gets worse with more vehicles). Consider more seeds.</p>"
        }
        if let h = hourly { html += "<p>" + vehicleHoursSentence(h) + "</p>" }
        if !chargers.isEmpty { html += "<p>" + chargersSentence() + "</p>" }
        return html
    }

    /// The chargers the recommended fleet needs, per depot.
    private func chargersSentence() -> String {
        let parts = chargers.map { c in
            "depot \(HTMLText.escape(c.depotID)): <b>\(c.enough)</b> plugs meet every target, \(c.noQueue) let no van wait "
                + "(the scenario has \(c.plugs))"
        }
        return "Chargers at the recommended fleet: " + parts.joined(separator: "; ") + "."
    }

    private func curveSection() -> String {
        let r = analysis.recommended?.fleet
        var html =
            "<p class=\"note\">Each point is one fleet size run with every seed; the line is the mean over seeds, the band spans the "
            + "best and worst seed, dots are single seeds. Dashed: the target; vertical: the recommended fleet.</p>"
        for k in curveKPIs {
            let pts = analysis.points
            var layers: [XYChart.Layer] = [
                .band(
                    name: "seed range (min–max)",
                    points: pts.compactMap { p in
                        let v = p.values(k).compactMap { $0 }
                        guard let lo = v.min(), let hi = v.max() else { return nil }
                        return (Double(p.fleet), lo, hi)
                    }, color: ChartColors.blue),
                .line(
                    name: "mean over seeds",
                    points: pts.map { p in
                        let v = p.values(k).compactMap { $0 }
                        return (Double(p.fleet), v.isEmpty ? nil : v.reduce(0, +) / Double(v.count))
                    }, color: ChartColors.blue, dots: true),
                .points(
                    name: "single seed",
                    points: pts.flatMap { p in p.values(k).compactMap { v in v.map { (Double(p.fleet), $0) } } },
                    color: ChartColors.ink)
            ]
            for t in study.targets where t.kpi == k.name {
                layers.append(.horizontal(y: t.value, label: "target " + t.description, color: ChartColors.vermilion))
            }
            if let r { layers.append(.vertical(x: Double(r), label: "recommended: \(r)", color: ChartColors.green)) }
            let y =
                k.unit == .share
                ? ChartAxis(title: k.name + " (%)", format: { ChartAxis.percent($0) })
                : ChartAxis(
                    title: k.name + " (" + (k.unit == .seconds ? "s" : k.unit == .km ? "km" : "ratio") + ")",
                    includeZero: false)
            let chart = XYChart(
                title: k.name, x: ChartAxis(title: "fleet size (vehicles)"), y: y, layers: layers, height: 280)
            html += HTMLPage.figure(chart.svg(), caption: k.name + ": " + k.meaning + ".")
        }
        return html
    }

    private func vehicleHoursSentence(_ h: HourlyPlan) -> String {
        let saved = h.flatVehicleHours - h.vehicleHours
        let share = h.flatVehicleHours > 0 ? saved / h.flatVehicleHours : nil
        var s =
            "The hourly shift plan needs \(HTMLText.number(h.vehicleHours, 0)) vehicle-hours against \(HTMLText.number(h.flatVehicleHours, 0)) "
            + "for \(h.recommended) vehicles all day: \(HTMLText.number(saved, 0)) vehicle-hours (\(HTMLText.percent(share))) fewer. "
        if let c = h.lastCheck {
            s +=
                c.met
                ? "<span class=\"ok\">Checked by simulating it with every seed: it meets every target for the whole day.</span>"
                : "<span class=\"bad\">Checked by simulating it with every seed: it misses "
                    + c.misses.map {
                        HTMLText.escape(study.targets[$0].description) + " ("
                            + display(c.judged[$0], study.targets[$0].measure) + ")"
                    }
                    .joined(separator: ", ")
                    + " for the whole day, so it does not replace the flat fleet as it stands.</span>"
        } else {
            s += "<span class=\"bad\">Not checked by simulation (--no-check): the saving is an estimate.</span>"
        }
        return s
    }

    private func hourlySection() -> String {
        guard let h = hourly else {
            return "<p>No hourly plan: no fleet size meets every target, so there is no flat fleet to improve on.</p>"
        }
        let check = h.lastCheck
        let checkPoint = check.map { PlanPoint(fleet: $0.runs.first?.fleet ?? 0, runs: $0.runs, study: study) }
        let hours = Array(h.serviceHours)
        let inService = check?.inService ?? h.inServicePerHour
        var html = "<p>" + vehicleHoursSentence(h) + "</p>"
        let rects = hours.enumerated().map { i, hour in
            (x0: Double(hour) * 3600 + 200, x1: Double(hour + 1) * 3600 - 200, y0: 0.0, y1: Double(inService[i]))
        }
        let domain = Double(h.serviceHours.lowerBound) * 3600...Double(h.serviceHours.upperBound) * 3600
        let chart = XYChart(
            title: "Vehicles in service per hour", x: .timeOfDay(title: "hour of day (h)", domain: domain),
            y: ChartAxis(title: "vehicles in service (count)"),
            layers: [
                .rects(name: "shift plan (in service)", rects: rects, color: ChartColors.blue),
                .line(
                    name: "needed for the hour's own trips",
                    points: hours.flatMap { hour in
                        [
                            (Double(hour) * 3600, Double(h.needed[hour] ?? 0) as Double?),
                            (Double(hour + 1) * 3600, Double(h.needed[hour] ?? 0) as Double?)
                        ]
                    }, color: ChartColors.orange),
                .horizontal(
                    y: Double(h.recommended), label: "flat fleet: \(h.recommended)", color: ChartColors.vermilion)
            ])
        html += HTMLPage.figure(
            chart.svg(),
            caption:
                "Bars: vehicles in service (a vehicle stays one hour after its last needed hour, so late orders can be driven). "
                + "Orange: the smallest evaluated fleet whose trips requested in that hour meet the hourly targets.")
        let demand = XYChart(
            title: "Requests per hour (mean over seeds)", x: .timeOfDay(title: "hour of day (h)", domain: domain),
            y: ChartAxis(title: "requests (count per hour)"),
            layers: [
                .rects(
                    name: "requests",
                    rects: hours.map { hour in
                        (
                            x0: Double(hour) * 3600 + 200, x1: Double(hour + 1) * 3600 - 200, y0: 0.0,
                            y1: analysis.recommended?.hourRequests(hour) ?? 0
                        )
                    }, color: ChartColors.grey)
            ], height: 220)
        html += HTMLPage.figure(demand.svg())
        func yesNo(_ b: Bool?) -> String {
            b.map { $0 ? "<span class=\"ok\">yes</span>" : "<span class=\"bad\">no</span>" } ?? "–"
        }
        html += HTMLPage.table(
            ["hour", "requests", "needed", "in service", "flat fleet meets hour", "shift plan meets hour"],
            hours.enumerated().map { i, hour in
                [
                    HTMLText.pad(hour) + ":00–" + HTMLText.pad(hour + 1) + ":00",
                    HTMLText.number(analysis.recommended?.hourRequests(hour) ?? 0, 1),
                    String(h.needed[hour] ?? 0), String(inService[i]), yesNo(h.flatMeets[hour]),
                    yesNo(checkPoint?.hourMeets(hour, study: study))
                ]
            })
        let hourlyTargets = study.targets.filter { $0.measure.hourly },
            dayOnly = study.targets.filter { !$0.measure.hourly }
        html +=
            "<p class=\"note\">Hourly targets: \(hourlyTargets.isEmpty ? "none (every hour needs the flat fleet)" : HTMLText.escape(hourlyTargets.map(\.description).joined(separator: ", "))). "
        if !dayOnly.isEmpty {
            html +=
                "Judged on the whole day only (fleet KPIs have no hourly value): \(HTMLText.escape(dayOnly.map(\.description).joined(separator: ", "))). "
        }
        if h.rounds.count > 1 {
            html +=
                "The check took \(h.rounds.count) rounds: after each, the hours that missed their targets although the flat fleet met them "
                + "(or, if none but the day missed, the hours just before the missed ones) got the next evaluated fleet size."
        }
        return html + "</p>"
    }

    private func pointSection() -> String {
        let header = ["vehicles", "role", "meets"] + study.targets.map { HTMLText.escape($0.description) }
        let rows = analysis.points.map { p -> [String] in
            [
                String(p.fleet), analysis.hourlyOnly.contains(p.fleet) ? "hourly" : study.mode.rawValue,
                p.meets ? "<span class=\"ok\">yes</span>" : "<span class=\"bad\">no</span>"
            ]
                + study.targets.indices.map { display(p.judged[$0], study.targets[$0].measure) }
        }
        return HTMLPage.table(header, rows)
            + "<p class=\"note\">Values judged over the seeds (\(study.judge == .worst ? "worst seed" : "mean")); "
            + "every KPI of every seed is in plan.json.</p>"
    }

    private func aboutSection() -> String {
        """
        <ul>
        <li><b>Common random numbers:</b> seed k gives the same requests, loads, rider choices and no-shows at every fleet size, \
        so differences between fleet sizes come from the fleet, not from the draw.</li>
        <li><b>Search:</b> from the smallest size, double until every target is met, then bisect between the last miss and \
        the first meet down to the step. Grid: exactly the listed sizes (which can be split into shards and merged).</li>
        <li><b>Judging:</b> \(study.judge == .worst ? "the worst seed must meet each target" : "the mean over seeds must meet each target"); \
        an undefined value (no fulfilled trip) misses.</li>
        <li><b>Servable requests</b> exclude those without offer for reasons no fleet changes (outside the area, no stop within \
        walking reach, trip too short, a load no vehicle carries). Cancellations and no-shows are the riders' doing: \
        accepted_share counts requests accepted with a vehicle, so they do not count against the fleet.</li>
        <li><b>Hourly plan:</b> per hour the smallest evaluated fleet whose trips requested in that hour meet the hourly \
        targets; vehicles stay one more hour; hours outside the scenario's shifts get none. The plan is then simulated \
        (every seed) and judged on the whole day; definitions of every field are in results/README.md (plan.json).</li>
        </ul>
        """
    }
}
