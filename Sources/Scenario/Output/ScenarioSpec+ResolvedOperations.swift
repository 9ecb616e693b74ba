import Simulation

/// The operations parts of `resolvedYAML()`: the `operations` section, a type's `battery` and a
/// shift's depot and break. Each is written only when the scenario has it, so that a scenario
/// without operations resolves to the same text as before they existed.
extension ScenarioSpec {
    func writeOperations(_ w: inout YAMLWriter, _ directory: String?) {
        guard !operations.isEmpty else { return }
        let o = operations, r = o.rebalancing, c = o.charging
        w.open("operations")
        if let p = o.depotsPath { w.line("depots", q(shown("operations.depots", p, directory))) }
        w.line("breaks", "{place: \(o.breakPlace.rawValue)}")
        w.open("charging")
        w.line("chargeBelowSoc", num(c.chargeBelowSoc)); w.line("chargeToSoc", num(c.chargeToSoc))
        w.line("slowAboveSoc", num(c.curve.slowAboveSoc)); w.line("slowFactor", num(c.curve.slowFactor))
        w.close()
        w.open("rebalancing")
        w.line("strategy", r.strategy.rawValue); w.line("intervalMinutes", num(r.interval.seconds / 60))
        w.line("demandEstimate", r.demandEstimate.rawValue); w.line("maxMinutes", num(r.maxTravel.seconds / 60))
        w.line("zoneSizeMetres", num(r.zoneSize)); w.line("minIdleMinutes", num(r.minIdle.seconds / 60))
        if let z = o.zonesPath { w.line("zones", q(shown("operations.rebalancing.zones", z, directory))) }
        w.close(); w.close()
    }

    /// `{capacityKWh: …, …}`: `maxChargeKW` only when the battery limits the power.
    static func batteryYAML(_ b: Battery) -> String {
        var fields = [
            ("capacityKWh", num(b.capacityWh / 1000)), ("consumptionKWhPerKm", num(b.whPerKm / 1000)),
            ("auxiliaryKW", num(b.auxiliaryKW)), ("initialSoc", num(b.initialSoc)), ("reserveSoc", num(b.reserveSoc))
        ]
        if b.maxChargeKW.isFinite { fields.append(("maxChargeKW", num(b.maxChargeKW))) }
        return "{" + fields.map { "\($0.0): \($0.1)" }.joined(separator: ", ") + "}"
    }

    /// `{start, end}`, with `depot` and `break` when the group has them.
    static func shiftYAML(_ g: VehicleGroupSpec) -> String {
        var text = "{start: \(q(TimeOfDay.format(g.shiftStart))), end: \(q(TimeOfDay.format(g.shiftEnd)))"
        if let depot = g.depot { text += ", depot: \(q(depot))" }
        if let b = g.shiftBreak {
            text +=
                ", break: {earliestStart: \(q(TimeOfDay.format(b.earliestStart)))"
                + ", latestEnd: \(q(TimeOfDay.format(b.latestEnd))), minutes: \(num(b.duration.seconds / 60))}"
        }
        return text + "}"
    }
}

private func q(_ s: String) -> String { YAMLWriter.quote(s) }
private func num(_ x: Double) -> String { YAMLWriter.number(x) }
