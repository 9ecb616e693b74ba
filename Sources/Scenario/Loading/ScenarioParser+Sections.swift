import Service
import Simulation
import Yams

/// The small sections: travel, walking, boarding, riders, service classes, matcher.
extension ScenarioParser {
    func parseTravel(_ root: MapReader) -> TravelSpec? {
        let r = root.map(
            "travel", known: ["model", "speedKmh", "detourFactor", "network", "maxSnapMetres", "congestion"])
        let d = TravelSpec()
        let model = oneOf(r, "model", TravelSpec.Model.allCases.map { ($0.rawValue, $0) }, default: .straightLine)
        let speed = r.number("speedKmh", default: d.speedKmh, .closed(1, 300))
        let detour = r.number("detourFactor", default: d.detourFactor, .detourFactor)
        let snap = r.number("maxSnapMetres", default: d.maxSnapMetres, .above(0, upTo: 100_000))
        let congestion =
            r.has("congestion")
            ? hourlyValues(
                r, "congestion", plural: "factors", what: "a travel-time factor", unmentioned: 1, .closed(0.1, 10))
            : d.congestion
        var network: NetworkSource?
        if model == .network {
            guard r.has("network") else {
                r.missing("network", fix: "add `network: {nodes: nodes.csv, edges: edges.csv}` (or geojson: / matsim:)")
                return nil
            }
            network = parseNetworkSource(r.map("network", known: ["nodes", "edges", "geojson", "matsim", "crs"]))
            if network == nil { return nil }
        } else if r.has("network") {
            r.problem("network", "is only read with `model: network`", fix: "set `model: network` or remove `network:`")
        }
        guard let model, let speed, let detour, let snap, let congestion else { return nil }
        return TravelSpec(
            model: model, speedKmh: speed, detourFactor: detour, network: network,
            maxSnapMetres: snap, congestion: congestion)
    }

    /// Exactly one of: `nodes` + `edges` (CSV), `geojson`, or `matsim` (with an optional `crs`).
    private func parseNetworkSource(_ r: MapReader) -> NetworkSource? {
        let given = ["nodes", "edges", "geojson", "matsim"].filter { r.has($0) }
        let fix = "give `nodes:` and `edges:` (CSV), or `geojson:`, or `matsim:` (network.xml or .xml.gz)"
        if r.has("crs") && !r.has("matsim") {
            r.problem("crs", "is only read for a MATSim network", fix: "remove `crs:`")
        }
        switch Set(given) {
        case ["nodes", "edges"]:
            guard let n = path(r, "nodes", required: true), let e = path(r, "edges", required: true) else { return nil }
            return .csv(nodes: n, edges: e)
        case ["geojson"]:
            return path(r, "geojson", required: true).map { .geoJSON($0) }
        case ["matsim"]:
            let crs = r.has("crs") ? r.string("crs", default: nil) : nil
            return path(r, "matsim", required: true).map { .matsim($0, crs: crs) }
        case []:
            r.problem("", "names no network file", fix: fix)
        default:
            r.problem(given.last!, "conflicts with \(given.dropLast().joined(separator: ", "))", fix: fix)
        }
        return nil
    }

    func parseWalking(_ root: MapReader) -> WalkingModel? {
        let r = root.map(
            "walking",
            known: [
                "slowMps", "mediumMps", "fastMps", "detourFactor", "maxWalkMinutes",
                "maxWalkVisuallyImpairedMinutes"
            ])
        var w = WalkingModel()
        let slow = r.number("slowMps", default: w.slow, .closed(0.1, 10))
        let medium = r.number("mediumMps", default: w.medium, .closed(0.1, 10))
        let fast = r.number("fastMps", default: w.fast, .closed(0.1, 10))
        let detour = r.number("detourFactor", default: w.detourFactor, .detourFactor)
        let maxWalk = r.duration("maxWalkMinutes", default: w.maxWalk, unit: 60, .closed(0, 1440))
        let maxVI = r.duration(
            "maxWalkVisuallyImpairedMinutes", default: w.maxWalkVisuallyImpaired, unit: 60, .closed(0, 1440))
        guard let slow, let medium, let fast, let detour, let maxWalk, let maxVI else { return nil }
        w.slow = slow; w.medium = medium; w.fast = fast; w.detourFactor = detour
        w.maxWalk = maxWalk; w.maxWalkVisuallyImpaired = maxVI
        return w
    }

    /// BoardingModel's keys, in schema order, with their key paths.
    static var boardingKeys: [(String, WritableKeyPath<BoardingModel, SimTime>)] {
        [
            ("stopTimeSeconds", \.stopTime), ("boardAdultSeconds", \.boardAdult), ("boardChildSeconds", \.boardChild),
            ("alightAdultSeconds", \.alightAdult), ("alightChildSeconds", \.alightChild),
            ("wheelchairExtraSeconds", \.wheelchairExtra), ("childSeatExtraSeconds", \.childSeatExtra),
            ("visualImpairmentExtraSeconds", \.visualImpairmentExtra)
        ]
    }

    func parseBoarding(_ root: MapReader) -> BoardingModel? {
        let r = root.map("boarding", known: Self.boardingKeys.map(\.0))
        var b = BoardingModel(), ok = true
        for (key, kp) in Self.boardingKeys {
            if let t = r.duration(key, default: b[keyPath: kp], unit: 1, .closed(0, 3600)) {
                b[keyPath: kp] = t
            } else {
                ok = false
            }
        }
        return ok ? b : nil
    }

    /// The riders' behaviour, and the vehicle's no-show wait (written under `riders` for the reader).
    func parseRiders(_ root: MapReader) -> (behaviour: RiderBehaviour, noShowWait: SimTime)? {
        let r = root.map(
            "riders",
            known: [
                "decisionDelaySeconds", "waitToleranceMinutes", "customerCancelProbability",
                "integratorCancelProbability", "noShowProbability", "noShowWaitSeconds",
                "authenticationDelaySeconds"
            ])
        let d = RiderBehaviour()
        let delay = range(
            r, "decisionDelaySeconds", unit: 1, .closed(0, 86_400), default: (d.decisionDelayMin, d.decisionDelayMax))
        let tolerance = range(
            r, "waitToleranceMinutes", unit: 60, .closed(0, 1440), default: (d.waitToleranceMin, d.waitToleranceMax))
        let cancel = r.number("customerCancelProbability", default: d.customerCancelProbability, .probability)
        let integrator = r.number("integratorCancelProbability", default: d.integratorCancelProbability, .probability)
        let noShow = r.number("noShowProbability", default: d.noShowProbability, .probability)
        let noShowWait = r.duration("noShowWaitSeconds", default: .seconds(120), unit: 1, .closed(0, 3600))
        let authentication = range(
            r, "authenticationDelaySeconds", unit: 1, .closed(0, 3600),
            default: (d.authenticationDelayMin, d.authenticationDelayMax))
        guard let delay, let tolerance, let cancel, let integrator, let noShow, let noShowWait, let authentication
        else { return nil }
        let behaviour = RiderBehaviour(
            decisionDelayMin: delay.0, decisionDelayMax: delay.1,
            waitToleranceMin: tolerance.0, waitToleranceMax: tolerance.1,
            customerCancelProbability: cancel, integratorCancelProbability: integrator,
            noShowProbability: noShow,
            authenticationDelayMin: authentication.0, authenticationDelayMax: authentication.1)
        return (behaviour, noShowWait)
    }

    /// A `{min, max}` mapping of spans within `bound` (in `unit`s) with min ≤ max.
    func range(
        _ parent: MapReader, _ key: String, unit: Double, _ bound: Bound,
        default def: (SimTime, SimTime)
    ) -> (SimTime, SimTime)? {
        let r = parent.map(key, known: ["min", "max"])
        let lo = r.duration("min", default: def.0, unit: unit, bound)
        let hi = r.duration("max", default: def.1, unit: unit, bound)
        guard let lo, let hi else { return nil }
        if hi < lo {
            r.problem("max", "must be at least min", fix: "make \(key).max >= \(key).min")
            return nil
        }
        return (lo, hi)
    }

    func parseServiceClasses(_ root: MapReader) -> [ServiceClass]? {
        guard root.has("serviceClasses") else { return [ScenarioSpec.defaultServiceClass] }
        guard
            let items = root.nonEmptySequence(
                "serviceClasses", of: "service class",
                fix: "add `- {name: standard, maxWaitMinutes: 15}` or remove the key for the default class")
        else { return nil }
        var classes: [ServiceClass] = [], seen: [String: Int] = [:], ok = true
        let d = ScenarioSpec.defaultServiceClass
        for (node, path) in items {
            let r = MapReader(
                node, path: path,
                known: [
                    "name", "maxWaitMinutes", "maxRideFactor",
                    "maxRideConstantMinutes", "baseFareCents", "perKmCents",
                    "requiredFlags"
                ], sink: sink)
            let name = r.string("name", default: nil, fix: "add `name: standard`")
            r.checkUniqueName(name, "service class name", seen: &seen, fix: "give every service class its own name")
            let wait = r.duration("maxWaitMinutes", default: nil, unit: 60, .above(0, upTo: 1440))
            let factor = r.number("maxRideFactor", default: d.maxRideFactor, .closed(1, 100))
            let constant = r.duration("maxRideConstantMinutes", default: d.maxRideConstant, unit: 60, .closed(0, 1440))
            let base = r.int("baseFareCents", default: d.baseFare, range: 0...1_000_000)
            let perKm = r.int("perKmCents", default: d.perKm, range: 0...100_000)
            let flags = stringList(r, "requiredFlags")
            guard let name, let wait, let factor, let constant, let base, let perKm, let flags else {
                ok = false; continue
            }
            classes.append(
                ServiceClass(
                    name: name, maxWait: wait, maxRideFactor: factor, maxRideConstant: constant,
                    requiredFlags: flags, baseFare: base, perKm: perKm))
        }
        return ok ? classes : nil
    }

    /// A list of texts (default empty).
    func stringList(_ r: MapReader, _ key: String) -> [String]? {
        guard r.has(key) else { return [] }
        guard let items = r.sequence(key) else { return nil }
        var out: [String] = []
        for (node, path) in items {
            guard case .scalar(let s) = node, !s.string.isEmpty else {
                sink.add(
                    at: node.mark, path, "must be a flag name, got \(node.kindName)", fix: "write flag names as text")
                return nil
            }
            out.append(s.string)
        }
        return out
    }

    func parseMatcher(_ root: MapReader) -> MatcherOptions? {
        let r = root.map(
            "matcher",
            known: [
                "maxStopCandidates", "alternatives", "offerLifetimeSeconds",
                "waitWeight", "rideWeight", "minimumTripMetres"
            ])
        let d = MatcherOptions()
        let candidates = r.int("maxStopCandidates", default: d.maxStopCandidates, range: 1...100)
        let alternatives = r.int("alternatives", default: d.alternatives, range: 0...100)
        let lifetime = r.duration("offerLifetimeSeconds", default: d.offerLifetime, unit: 1, .above(0, upTo: 86_400))
        let wait = r.number("waitWeight", default: d.waitWeight, .costWeight)
        let ride = r.number("rideWeight", default: d.rideWeight, .costWeight)
        let minimumTrip = r.number("minimumTripMetres", default: d.minimumTripMetres, .closed(0, 100_000))
        guard let candidates, let alternatives, let lifetime, let wait, let ride, let minimumTrip else { return nil }
        return MatcherOptions(
            maxStopCandidates: candidates, alternatives: alternatives, offerLifetime: lifetime,
            waitWeight: wait, rideWeight: ride, minimumTripMetres: minimumTrip)
    }
}
