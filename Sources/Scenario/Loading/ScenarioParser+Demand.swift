import Simulation
import Yams

/// `demand:` — replay file, Poisson rates, scale and the mixes.
extension ScenarioParser {
    func parseDemand(_ root: MapReader) -> DemandSpec? {
        guard root.has("demand") else {
            root.missing("demand", fix: "add a `demand:` section with `replay: {file: demand.csv}` or `poisson:`")
            return nil
        }
        let r = root.map("demand", known: ["replay", "poisson", "scale", "loadMix", "approachSpeedMix",
                                           "visualImpairmentShare"])
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
            rates = hourlyRates(poisson)
            if rates == nil { ok = false }
        }
        if !r.has("replay") && !r.has("poisson") {
            sink.add(at: r.mark, r.path, "needs at least one of 'replay' and 'poisson'",
                     fix: "add `replay: {file: demand.csv}` or `poisson: {requestsPerHour: {\"07\": 100}}`")
            ok = false
        }
        let scale = r.number("scale", default: 1, .positive)
        let loadMix = parseLoadMix(r)
        let speedMix = parseSpeedMix(r)
        let vi = r.number("visualImpairmentShare", default: 0, .probability)
        guard ok, let scale, let loadMix, let speedMix, let vi else { return nil }
        return DemandSpec(replayPath: replayPath, hourlyRates: rates, scale: scale, loadMix: loadMix,
                          approachSpeedMix: speedMix, visualImpairmentShare: vi)
    }

    /// 24 non-negative rates as a list, or a mapping from hour ("07") to rate with other hours 0.
    private func hourlyRates(_ r: MapReader) -> [Double]? {
        let key = "requestsPerHour"
        guard let v = r.value(key) else {
            r.missing(key, fix: "add `requestsPerHour:` as 24 numbers or a mapping such as {\"07\": 120}")
            return nil
        }
        var rates = Array(repeating: 0.0, count: 24), ok = true
        func rate(_ node: Node, _ path: String) -> Double? {
            guard case .scalar(let s) = node else {
                sink.add(at: node.mark, path, "must be a number, got \(node.kindName)", fix: "write requests per hour")
                return nil
            }
            return MapReader.check(s.string, .nonNegative) { sink.add(at: node.mark, path, $0, fix: $1) }
        }
        switch v {
        case .sequence(let s):
            guard s.count == 24 else {
                r.problem(key, "must list exactly 24 hourly rates, got \(s.count)",
                          fix: "write one rate per hour 00…23, or a mapping such as {\"07\": 120} with other hours 0")
                return nil
            }
            for (i, n) in s.enumerated() { if let x = rate(n, r.field(key) + "[\(i)]") { rates[i] = x } else { ok = false } }
        case .mapping(let m):
            for (k, n) in m {
                let text = k.scalar?.string ?? ""
                guard let h = Int(text), (0...23).contains(h) else {
                    sink.add(at: k.mark, r.field(key) + "." + text, "must be an hour 00…23, got '\(text)'",
                             fix: "use hours \"00\" to \"23\" as keys")
                    ok = false; continue
                }
                if let x = rate(n, r.field(key) + "." + text) { rates[h] = x } else { ok = false }
            }
        default:
            r.problem(key, "must be a list of 24 numbers or a mapping from hour to rate, got \(v.kindName)",
                      fix: "write e.g. {\"07\": 120, \"08\": 90}")
            return nil
        }
        return ok ? rates : nil
    }

    private func parseLoadMix(_ r: MapReader) -> [LoadMixEntry]? {
        guard r.has("loadMix") else { return [LoadMixEntry(loads: [.adult], weight: 1)] }
        guard let items = r.sequence("loadMix") else { return nil }
        if items.isEmpty {
            r.problem("loadMix", "must list at least one entry", fix: "add `- {loads: adult, weight: 1}` or remove the key")
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
                    e.problem("loads", "'\(text)' is not a list of loads",
                              fix: "write loads separated by ';', each adult or child with optional :wheelchair "
                                  + "and (children) :forwards, :backwards or :booster, e.g. adult;child:booster")
                }
            }
            let weight = e.number("weight", default: nil, .positive, fix: "")
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
            if let w = r.number(s.rawValue, default: nil, .positive) { mix[s] = w } else { ok = false }
        }
        if ok && mix.isEmpty {
            sink.add(at: r.mark, r.path, "must give a weight to at least one approach speed",
                     fix: "write e.g. {SLOW: 0.15, MEDIUM: 0.7, FAST: 0.15}")
            ok = false
        }
        return ok ? mix : nil
    }
}
