import Simulation
import Yams

/// `demand:` — replay file, Poisson rates, scale and the mixes.
extension ScenarioParser {
    func parseDemand(_ root: MapReader) -> DemandSpec? {
        guard root.has("demand") else {
            root.missing("demand", fix: "add a `demand:` section with `replay: {file: demand.csv}` or `poisson:`")
            return nil
        }
        let r = root.map(
            "demand",
            known: [
                "replay", "poisson", "scale", "loadMix", "approachSpeedMix",
                "visualImpairmentShare", "prebooked"
            ])
        var ok = true
        var replayPath: String?
        if r.has("replay") {
            let replay = r.map("replay", known: ["file"])
            replayPath = path(replay, "file", required: true)
            if replayPath == nil { ok = false }
        }
        var rates: [Double]?
        if r.has("poisson") {
            let poisson = r.map("poisson", known: ["requestsPerHour"])
            rates = hourlyValues(
                poisson, "requestsPerHour", plural: "rates", what: "requests per hour", unmentioned: 0, .closed(0, 1e6))
            if rates == nil { ok = false }
        }
        if !r.has("replay") && !r.has("poisson") {
            sink.add(
                at: r.mark, r.path, "needs at least one of 'replay' and 'poisson'",
                fix: "add `replay: {file: demand.csv}` or `poisson: {requestsPerHour: {\"07\": 100}}`")
            ok = false
        }
        let scale = r.number("scale", default: 1, .above(0, upTo: DemandSpec.maxScale))
        let loadMix = parseLoadMix(r)
        let speedMix = parseSpeedMix(r)
        let vi = r.number("visualImpairmentShare", default: 0, .probability)
        let prebooked = r.has("prebooked") ? parsePrebooked(r) : nil
        guard ok, let scale, let loadMix, let speedMix, let vi, prebooked != nil || !r.has("prebooked") else {
            return nil
        }
        return DemandSpec(
            replayPath: replayPath, hourlyRates: rates, scale: scale, loadMix: loadMix,
            approachSpeedMix: speedMix, visualImpairmentShare: vi, prebooked: prebooked)
    }

    /// `prebooked: {share, leadHours: {min, max}}`; `nil` (and a diagnostic) when a value is bad.
    private func parsePrebooked(_ demand: MapReader) -> PrebookedDemand? {
        let r = demand.map("prebooked", known: ["share", "leadHours"])
        // Not a mapping: `map` reported it; a missing `share` would only repeat the problem.
        guard demand.isMapping("prebooked") else { return nil }
        let share = r.number(
            "share", default: nil, .probability,
            fix: "add `share: 0.3` (the probability that a request without its own booking time is booked ahead)")
        let d = PrebookedDemand(share: 0)
        let lead = range(
            r, "leadHours", unit: 3600, .closed(0, PrebookedDemand.maxLeadHours), default: (d.minLead, d.maxLead))
        guard let share, let lead else { return nil }
        return PrebookedDemand(share: share, minLead: lead.0, maxLead: lead.1)
    }

    private func parseLoadMix(_ r: MapReader) -> [LoadMixEntry]? {
        guard r.has("loadMix") else { return [LoadMixEntry(loads: [.adult], weight: 1)] }
        guard
            let items = r.nonEmptySequence(
                "loadMix", of: "entry", fix: "add `- {loads: adult, weight: 1}` or remove the key")
        else {
            return nil
        }
        var mix: [LoadMixEntry] = [], ok = true
        for (node, path) in items {
            let e = MapReader(node, path: path, known: ["loads", "weight"], sink: sink)
            let text = e.string("loads", default: nil, fix: "add `loads: adult`")
            var loads: [Load]?
            if let text {
                loads = Load.parseGroup(text)
                if loads == nil {
                    e.problem(
                        "loads", "'\(text)' is not a list of loads",
                        fix: "write loads separated by ';', each adult or child with optional :wheelchair "
                            + "and (children) :forwards, :backwards or :booster, e.g. adult;child:booster")
                }
            }
            let weight = e.number("weight", default: nil, .mixWeight, fix: "")
            guard let loads, let weight else { ok = false; continue }
            mix.append(LoadMixEntry(loads: loads, weight: weight))
        }
        return ok ? mix : nil
    }

    private func parseSpeedMix(_ parent: MapReader) -> [ApproachSpeed: Double]? {
        guard parent.has("approachSpeedMix") else { return [.medium: 1] }
        let names = ApproachSpeed.allCases.map(\.rawValue)
        let r = parent.map("approachSpeedMix", known: names)
        var mix: [ApproachSpeed: Double] = [:], ok = true
        for s in ApproachSpeed.allCases where r.has(s.rawValue) {
            if let w = r.number(s.rawValue, default: nil, .mixWeight) { mix[s] = w } else { ok = false }
        }
        if ok && mix.isEmpty {
            sink.add(
                at: r.mark, r.path, "must give a weight to at least one approach speed",
                fix: "write e.g. {SLOW: 0.15, MEDIUM: 0.7, FAST: 0.15}")
            ok = false
        }
        return ok ? mix : nil
    }
}
