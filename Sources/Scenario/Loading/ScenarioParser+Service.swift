import Simulation
import Yams

/// The service's rules: customer flags (with the share of simulated customers carrying each) and
/// the `service` section (hours, booking horizon).
extension ScenarioParser {
    static let flagEffects = ["none", "priority", "defaultWheelchair"]

    func parseCustomerFlags(_ root: MapReader) -> (flags: [CustomerFlag], shares: [FlagShare])? {
        guard root.has("customerFlags") else { return ([], []) }
        guard let items = root.sequence("customerFlags") else { return nil }
        var flags: [CustomerFlag] = [], shares: [FlagShare] = [], seen: [String: Int] = [:], ok = true
        for (node, path) in items {
            let r = MapReader(
                node, path: path, known: ["name", "readOnly", "effect", "waitWeight", "share"], sink: sink)
            let name = r.string("name", default: nil, fix: "add `name: vip` (the flag as the API spells it)")
            if let name,
                !name.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "_") }) || name.isEmpty
            {
                r.problem(
                    "name", "must be lower-case letters, digits and '_', got '\(name)'",
                    fix: "write it like wheelchair_user")
            }
            r.checkUniqueName(name, "flag", seen: &seen, fix: "list every flag once")
            let readOnly = r.bool("readOnly", default: false)
            let effectName = oneOf(r, "effect", Self.flagEffects.map { ($0, $0) }, default: "none")
            let share = r.number("share", default: 0, .probability)
            var effect: CustomerFlag.Effect? = CustomerFlag.Effect.none
            switch effectName {
            case "priority":
                effect = r.number(
                    "waitWeight", default: nil, .above(0, upTo: 1e6),
                    fix: "add `waitWeight: 3` (how much this rider's wait weighs in the matcher)"
                ).map { .priority(waitWeight: $0) }
            case "defaultWheelchair": effect = .defaultWheelchair
            default:
                if r.has("waitWeight") {
                    r.problem(
                        "waitWeight", "is only read with `effect: priority`", fix: "set `effect: priority` or remove it"
                    )
                }
            }
            guard let name, let readOnly, let effect, let share else { ok = false; continue }
            flags.append(CustomerFlag(name: name, readOnly: readOnly, effect: effect))
            if share > 0 { shares.append(FlagShare(flag: name, share: share)) }
        }
        return ok ? (flags, shares) : nil
    }

    func parseServiceSection(_ root: MapReader)
        -> (hours: ServiceHours?, horizon: SimTime, past: SimTime, latency: DispatchLatency)?
    {
        let r = root.map(
            "service", known: ["hours", "bookingHorizonHours", "pastToleranceMinutes", "dispatchLatencySeconds"])
        let d = ServiceRules()
        var hours: ServiceHours?, ok = true
        if r.has("hours") {
            let h = r.map("hours", known: ["start", "end"])
            let start = h.time("start", default: nil), end = h.time("end", default: nil)
            if let start, let end {
                if end <= start || end - start > .hours(24) {
                    h.problem(
                        "end", "must be after start and at most 24 hours later",
                        fix: "write e.g. {start: \"05:00\", end: \"22:00\"}; use hours past 24 for after midnight")
                    ok = false
                } else {
                    hours = ServiceHours(start: start, end: end)
                }
            } else {
                ok = false
            }
        }
        let horizon = r.duration("bookingHorizonHours", default: d.bookingHorizon, unit: 3600, .above(0, upTo: 8760))
        let past = r.duration("pastToleranceMinutes", default: d.pastTolerance, unit: 60, .closed(0, 1440))
        let latency = parseDispatchLatency(r)
        guard ok, let horizon, let past, let latency else { return nil }
        return (hours, horizon, past, latency)
    }

    /// Service classes may only require configured flags.
    func checkRequiredFlags(_ root: MapReader, classes: [ServiceClass], flags: [CustomerFlag]) {
        let names = flags.map(\.name)
        for (k, c) in classes.enumerated() {
            for f in c.requiredFlags where !names.contains(f) {
                sink.add(
                    at: root.markOf("serviceClasses"), "serviceClasses[\(k)].requiredFlags",
                    "requires flag '\(f)', which customerFlags does not configure",
                    fix: (Suggestion.closest(to: f, in: names).map { "did you mean '\($0)'? " } ?? "")
                        + "configure it under customerFlags (configured: \(names.isEmpty ? "none" : names.joined(separator: ", ")))"
                )
            }
        }
    }
}
