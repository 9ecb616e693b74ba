import Simulation

/// What the fleet's checks need to know of `operations`. A value that could not be read is `nil`, so
/// that one problem there causes no second one in `fleet`.
struct OperationsContext {
    /// The depots: `[]` without `operations.depots`, `nil` when the file could not be read.
    var depots: [Depot]?
    /// Whether the scenario names a depots file.
    var depotsGiven: Bool
    var chargeBelowSoc: Double?
    var strategy: RebalancingRules.Strategy?
}

/// `operations:` — depots (a CSV), where breaks are taken, when electric vehicles charge, rebalancing.
extension ScenarioParser {
    func parseOperations(_ root: MapReader) -> (spec: OperationsSpec?, context: OperationsContext) {
        let r = root.map("operations", known: ["depots", "breaks", "charging", "rebalancing"])
        let depots = parseDepots(r)
        let breaks = r.map("breaks", known: ["place"])
        let place = oneOf(breaks, "place", BreakPlace.allCases.map { ($0.rawValue, $0) }, default: .depot)
        let charging = parseCharging(r)
        let rebalancing = parseRebalancing(r)
        let context = OperationsContext(
            depots: depots?.rows.map(\.depot), depotsGiven: r.has("depots"), chargeBelowSoc: charging?.chargeBelowSoc,
            strategy: rebalancing?.rules.strategy)
        guard let depots, let place, let charging, let rebalancing else { return (nil, context) }
        let spec = OperationsSpec(
            depotsPath: depots.path, depots: depots.rows.map(\.depot), depotLines: depots.rows.map(\.line),
            breakPlace: place, charging: charging, rebalancing: rebalancing.rules, zonesPath: rebalancing.zones)
        return (spec, context)
    }

    /// The depots CSV's absolute path and rows: none without `depots`, `nil` when the file cannot be read.
    private func parseDepots(_ r: MapReader) -> (path: String?, rows: [(depot: Depot, line: Int)])? {
        guard r.has("depots") else { return (nil, []) }
        guard let given = r.text("depots", expected: "a file path") else { return nil }
        if given.isEmpty {
            r.problem("depots", "is empty", fix: "give the depots CSV's path, or remove `depots:`")
            return nil
        }
        guard let path = path(r, "depots", required: false) else { return nil }
        do { return (path, try DepotsFile.read(path: path)) } catch let e as ScenarioError {
            sink.append(contentsOf: e.diagnostics)
        } catch { r.problem("depots", "cannot read: \(error)", fix: "check the file") }
        return nil
    }

    private func parseCharging(_ ops: MapReader) -> ChargingStrategy? {
        let r = ops.map("charging", known: ["chargeBelowSoc", "chargeToSoc", "slowAboveSoc", "slowFactor"])
        let d = ChargingStrategy()
        let below = r.number("chargeBelowSoc", default: d.chargeBelowSoc, .probability)
        let to = r.number("chargeToSoc", default: d.chargeToSoc, .probability)
        let knee = r.number("slowAboveSoc", default: d.curve.slowAboveSoc, .probability)
        let factor = r.number("slowFactor", default: d.curve.slowFactor, .above(0, upTo: 1))
        guard let below, let to, let knee, let factor else { return nil }
        guard to > below else {
            r.problem(
                "chargeToSoc",
                "must be above chargeBelowSoc (\(MapReader.format(below))), got \(MapReader.format(to))",
                fix: "charge to a level above the one that sends a vehicle to charge (e.g. 0.3 and 0.8)")
            return nil
        }
        return ChargingStrategy(
            chargeBelowSoc: below, chargeToSoc: to, curve: ChargingCurve(slowAboveSoc: knee, slowFactor: factor))
    }

    static let rebalancingKeys = [
        "strategy", "intervalMinutes", "demandEstimate", "maxMinutes", "zoneSizeMetres", "zones", "minIdleMinutes"
    ]

    /// The rules, and the zones GeoJSON's absolute path if given (`nil` for the whole when a value is bad).
    private func parseRebalancing(_ ops: MapReader) -> (rules: RebalancingRules, zones: String?)? {
        let r = ops.map("rebalancing", known: Self.rebalancingKeys)
        let d = RebalancingRules()
        let strategy = oneOf(
            r, "strategy", RebalancingRules.Strategy.allCases.map { ($0.rawValue, $0) }, default: d.strategy)
        let interval = r.duration("intervalMinutes", default: d.interval, unit: 60, .above(0, upTo: 1440))
        let estimate = oneOf(
            r, "demandEstimate", RebalancingRules.DemandEstimate.allCases.map { ($0.rawValue, $0) },
            default: d.demandEstimate)
        let maxTravel = r.duration("maxMinutes", default: d.maxTravel, unit: 60, .above(0, upTo: 1440))
        let zoneSize = r.number("zoneSizeMetres", default: d.zoneSize, .closed(100, 100_000))
        let minIdle = r.duration("minIdleMinutes", default: d.minIdle, unit: 60, .closed(0, 1440))
        let zones = r.has("zones") ? path(r, "zones", required: false) : nil
        guard let strategy, let interval, let estimate, let maxTravel, let zoneSize, let minIdle,
            zones != nil || !r.has("zones")
        else { return nil }
        let rules = RebalancingRules(
            strategy: strategy, interval: interval, demandEstimate: estimate, maxTravel: maxTravel,
            zoneSize: zoneSize, minIdle: minIdle)
        return (rules, zones)
    }
}
