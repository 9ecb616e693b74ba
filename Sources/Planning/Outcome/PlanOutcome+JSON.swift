import Reports

extension PlanOutcome {
    /// `plan.json`: fixed key order, two-space indentation; KPI values rounded per unit (shares 4
    /// decimals, seconds 1, ratios and km 3). Keys: `results/README.md`.
    public var json: String {
        var j = JSONBuffer(pretty: true, capacity: 1 << 16)
        func targetList(_ indices: [Int]) {
            j.openArray(); for i in indices { j.element(); j.string(study.targets[i].description) }; j.closeArray()
        }
        j.openObject()
        j.field("format", "ridepool-plan/1")
        j.field("scenario", study.scenario)
        j.field("scenario_name", study.scenarioName)
        j.field("mode", study.mode.rawValue)
        if study.mode == .search {
            j.key("fleet"); j.openObject()
            j.field("min", int: study.fleetMin); j.field("max", int: study.fleetMax); j.field("step", int: study.step)
            j.closeObject()
        } else {
            j.key("grid"); j.openArray(); for g in study.grid { j.element(); j.int(g) }; j.closeArray()
        }
        j.key("seeds"); j.openArray(); for s in study.seeds { j.element(); j.int(s) }; j.closeArray()
        j.field("judge", study.judge.rawValue)
        j.key("demand_scale"); if let s = study.demandScale { j.double(s) } else { j.null() }
        j.key("targets"); j.openArray()
        for t in study.targets {
            j.element(); j.openObject()
            j.field("target", t.description); j.field("kpi", t.kpi); j.field("comparison", t.comparison.rawValue)
            j.key("value"); j.double(t.value); j.field("unit", t.measure.unit.rawValue);
            j.field("hourly", bool: t.measure.hourly)
            j.closeObject()
        }
        j.closeArray()
        j.field("answer", analysis.answer)
        j.key("recommended")
        if let r = analysis.recommended {
            j.openObject()
            j.field("fleet", int: r.fleet)
            j.key("binding"); j.openArray(); for t in analysis.binding { j.element(); j.string(t.description) };
            j.closeArray()
            j.key("one_step_smaller")
            if let s = analysis.stepSmaller {
                j.openObject(); j.field("fleet", int: s.fleet); j.key("misses"); targetList(s.misses); j.closeObject()
            } else {
                j.null()
            }
            j.closeObject()
        } else {
            j.null()
        }
        j.key("best_reached"); j.openArray()
        for b in analysis.bestReached {
            j.element(); j.openObject()
            j.field("target", b.target.description); j.field("value", fixed: b.value, b.target.measure.decimals)
            j.key("fleet"); if let f = b.fleet { j.int(f) } else { j.null() }
            j.closeObject()
        }
        j.closeArray()
        j.key("not_monotone"); j.openArray(); for f in analysis.notMonotone { j.element(); j.int(f) }; j.closeArray()
        j.key("points"); j.openArray()
        for p in analysis.points { j.element(); point(p, &j) }
        j.closeArray()
        j.key("hourly"); if let h = hourly { hourlyJSON(h, &j) } else { j.null() }
        if !chargers.isEmpty { chargersJSON(&j) }
        j.closeObject()
        j.raw("\n")
        return j.text
    }

    private func point(_ p: PlanPoint, _ j: inout JSONBuffer) {
        j.openObject()
        j.field("fleet", int: p.fleet)
        j.field("role", analysis.hourlyOnly.contains(p.fleet) ? "hourly" : study.mode.rawValue)
        j.field("meets", bool: p.meets)
        j.key("misses"); j.openArray(); for i in p.misses { j.element(); j.string(study.targets[i].description) };
        j.closeArray()
        j.key("judged"); j.openObject()
        for (i, t) in study.targets.enumerated() {
            j.field(t.description, fixed: p.judged[i], t.measure.decimals)
        }
        j.closeObject()
        kpis(p.runs, &j)
        j.closeObject()
    }

    /// `kpis`: for each catalogue KPI, min, mean, max over the runs and the per-seed values.
    private func kpis(_ runs: [PlanRun], _ j: inout JSONBuffer) {
        j.key("kpis"); j.openObject()
        for k in KPI.all {
            let values = runs.map { $0.sample.value(k) }
            let defined = values.compactMap { $0 }
            let mean =
                defined.count == values.count && !defined.isEmpty
                ? defined.reduce(0, +) / Double(defined.count) : nil
            j.key(k.name); j.openObject()
            j.field("min", fixed: defined.min(), k.decimals)
            j.field("mean", fixed: mean, k.decimals)
            j.field("max", fixed: defined.max(), k.decimals)
            j.key("per_seed"); j.openArray()
            for v in values { j.element(); j.fixed(v, k.decimals) }
            j.closeArray()
            j.closeObject()
        }
        j.closeObject()
    }

    private func hourlyJSON(_ h: HourlyPlan, _ j: inout JSONBuffer) {
        let check = h.lastCheck
        let checkPoint = check.map { PlanPoint(fleet: $0.runs.first?.fleet ?? 0, runs: $0.runs, study: study) }
        let flat = analysis.recommended
        j.openObject()
        j.key("service_hours"); j.openArray(); j.element(); j.int(h.serviceHours.lowerBound); j.element();
        j.int(h.serviceHours.upperBound); j.closeArray()
        j.field("recommended_flat_fleet", int: h.recommended)
        j.key("hours"); j.openArray()
        for hour in h.serviceHours {
            j.element(); j.openObject()
            j.field("hour", int: hour)
            j.key("requests_mean"); j.fixed(flat?.hourRequests(hour) ?? 0, 1)
            j.field("needed", int: h.needed[hour] ?? 0)
            j.field("in_service", int: check?.inService[hour - h.serviceHours.lowerBound] ?? h.inService(hour))
            j.key("flat_meets_hour"); if let m = h.flatMeets[hour] { j.bool(m) } else { j.null() }
            j.key("checked_meets_hour")
            if let m = checkPoint?.hourMeets(hour, study: study) { j.bool(m) } else { j.null() }
            j.closeObject()
        }
        j.closeArray()
        j.key("vehicle_hours"); j.openObject()
        j.field("flat", fixed: h.flatVehicleHours, 1)
        j.field("shift_plan", fixed: h.vehicleHours, 1)
        j.field("saved", fixed: h.flatVehicleHours - h.vehicleHours, 1)
        j.key("saved_share");
        if h.flatVehicleHours > 0 {
            j.fixed((h.flatVehicleHours - h.vehicleHours) / h.flatVehicleHours, 4)
        } else {
            j.null()
        }
        j.closeObject()
        j.key("check")
        if let check, let checkPoint {
            j.openObject()
            j.field("met", bool: check.met)
            j.field("rounds", int: h.rounds.count)
            j.key("misses"); j.openArray();
            for i in check.misses { j.element(); j.string(study.targets[i].description) }; j.closeArray()
            j.key("judged"); j.openObject()
            for (i, t) in study.targets.enumerated() {
                j.field(t.description, fixed: check.judged[i], t.measure.decimals)
            }
            j.closeObject()
            j.key("hours_missed"); j.openArray(); for x in check.missedHours { j.element(); j.int(x) }; j.closeArray()
            kpis(checkPoint.runs, &j)
            j.key("history"); j.openArray()
            for r in h.rounds {
                j.element(); j.openObject()
                j.key("in_service"); j.openArray(); for n in r.inService { j.element(); j.int(n) }; j.closeArray()
                j.field("vehicle_hours", fixed: r.vehicleHours, 1)
                j.field("met", bool: r.met)
                j.key("hours_raised_after"); j.openArray(); for x in r.failingHours { j.element(); j.int(x) };
                j.closeArray()
                j.closeObject()
            }
            j.closeArray()
            j.closeObject()
        } else {
            j.null()
        }
        j.closeObject()
    }

    /// `chargers` (only for scenarios with chargers): per depot at the recommended fleet, the plugs the
    /// scenario has, the plugs in use at once when no vehicle ever waits for one, and the fewest plugs
    /// with which every target is still met (see `ChargerSizing`).
    private func chargersJSON(_ j: inout JSONBuffer) {
        j.key("chargers"); j.openArray()
        for c in chargers {
            j.element(); j.openObject()
            j.field("depot_id", c.depotID); j.field("plugs", int: c.plugs); j.field("no_queue", int: c.noQueue)
            j.field("enough", int: c.enough)
            j.field("peak_at_s", fixed: c.peakAt?.seconds, 1)
            j.field("mean_in_use", fixed: c.meanInUse, 3)
            j.closeObject()
        }
        j.closeArray()
    }
}
