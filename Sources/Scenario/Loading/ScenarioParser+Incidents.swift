import Simulation

/// The dispatcher's latency (`service.dispatchLatencySeconds`) and vehicle breakdowns (`breakdowns`).
extension ScenarioParser {
    /// `dispatchLatencySeconds`: a number (fixed) or `{min, max}` (uniform per order), in 0…3600 s.
    func parseDispatchLatency(_ service: MapReader) -> DispatchLatency? {
        let key = "dispatchLatencySeconds", d = ScenarioSpec.defaultDispatchLatency
        guard service.has(key) else { return d }
        if service.isMapping(key) {
            guard let (lo, hi) = range(service, key, unit: 1, .closed(0, 3600), default: (d.min, d.max)) else {
                return nil
            }
            return DispatchLatency(min: lo, max: hi)
        }
        guard let fixed = service.duration(key, default: d.min, unit: 1, .closed(0, 3600)) else { return nil }
        return DispatchLatency(fixed: fixed)
    }

    func parseBreakdowns(_ root: MapReader) -> BreakdownSpec? {
        let r = root.map("breakdowns", known: ["ratePerVehicleHour", "repairMinutes", "incidents"])
        let d = BreakdownSpec()
        let rate = r.number("ratePerVehicleHour", default: d.ratePerVehicleHour, .closed(0, 10))
        let repair = r.duration("repairMinutes", default: d.repair, unit: 60, .closed(0, 10_080))
        var incidents: [IncidentSpec] = [], ok = true
        for (node, path) in r.sequence("incidents") ?? [] {
            let e = MapReader(node, path: path, known: ["vehicle", "at", "repairMinutes"], sink: sink)
            let vehicle = e.string("vehicle", default: nil, fix: "name the vehicle by its id, e.g. `vehicle: van-0`")
            let at = e.time("at", default: nil)
            let own =
                e.has("repairMinutes") ? e.duration("repairMinutes", default: nil, unit: 60, .closed(0, 10_080)) : nil
            guard let vehicle, let at, !e.has("repairMinutes") || own != nil else { ok = false; continue }
            incidents.append(IncidentSpec(vehicleID: vehicle, time: at, repair: own))
        }
        guard ok, let rate, let repair else { return nil }
        return BreakdownSpec(ratePerVehicleHour: rate, repair: repair, incidents: incidents)
    }
}
