/// How fast a battery charges at each state of charge: full power (the plug's or the vehicle's, the
/// smaller) up to `slowAboveSoc`, then `slowFactor` of it. A piecewise-constant curve in the spirit
/// of MATSim's `FastThenSlowCharging` (power falls in bands of state of charge), with the session's
/// end computed exactly instead of in time steps.
public struct ChargingCurve: Hashable, Sendable {
    public var slowAboveSoc: Double
    public var slowFactor: Double

    public init(slowAboveSoc: Double = 0.8, slowFactor: Double = 0.5) {
        self.slowAboveSoc = slowAboveSoc; self.slowFactor = slowFactor
    }

    /// How long charging from `fromWh` to `toWh` takes at `powerKW` (capped by the battery).
    public func duration(from fromWh: Double, to toWh: Double, battery: Battery, powerKW: Double) -> SimTime {
        guard toWh > fromWh else { return .zero }
        let kw = min(powerKW, battery.maxChargeKW)
        let knee = slowAboveSoc * battery.capacityWh
        let fast = max(0, min(toWh, knee) - fromWh)
        let slow = max(0, toWh - max(fromWh, knee))
        let hours = fast / (kw * 1000) + slow / (kw * slowFactor * 1000)
        return SimTime(ms: Int64((hours * 3_600_000).rounded(.up)))
    }

    /// The energy in Wh after charging from `fromWh` for `time` at `powerKW`.
    public func charged(from fromWh: Double, for time: SimTime, battery: Battery, powerKW: Double) -> Double {
        let kw = min(powerKW, battery.maxChargeKW)
        let knee = slowAboveSoc * battery.capacityWh
        var hours = Double(time.ms) / 3_600_000
        var wh = fromWh
        if wh < knee {
            let fastHours = (knee - wh) / (kw * 1000)
            if hours <= fastHours { return min(battery.capacityWh, wh + hours * kw * 1000) }
            wh = knee; hours -= fastHours
        }
        return min(battery.capacityWh, wh + hours * kw * slowFactor * 1000)
    }
}
