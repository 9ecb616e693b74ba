import Simulation

/// The `dispatch` section of `resolvedYAML()` and `demand.prebooked`: each written only when the
/// scenario differs from the defaults, so that a scenario without them resolves to the same text as
/// before they existed.
extension ScenarioSpec {
    func writeDispatch(_ w: inout YAMLWriter) {
        guard dispatch != DispatchRules() else { return }
        let p = dispatch.prebooking, r = dispatch.reoptimisation
        w.open("dispatch")
        w.open("prebooking")
        w.line("revealMinutes", num(p.revealAhead.seconds / 60))
        if let c = p.capacityPerHour {
            let all = Set(c).count == 1
            w.line("capacityPerHour", all ? String(c[0]) : "[" + c.map(String.init).joined(separator: ", ") + "]")
        }
        w.close()
        w.open("reoptimisation")
        w.line("method", r.method.rawValue); w.line("intervalSeconds", num(r.interval.seconds))
        w.line("holdUnplacedOrders", String(r.holdUnplacedOrders)); w.line("maxTripSize", String(r.maxTripSize))
        w.line("maxTripsPerVehicle", String(r.maxTripsPerVehicle)); w.line("nodeLimit", String(r.nodeLimit))
        w.line("timeLimitSeconds", num(r.timeLimitSeconds))
        w.line("heldOrderValueMinutes", num(r.heldOrderValue.seconds / 60))
        w.close(); w.close()
    }

    /// `{share: …, leadHours: {min: …, max: …}}`.
    static func prebookedYAML(_ p: PrebookedDemand) -> String {
        "{share: \(num(p.share)), leadHours: {min: \(num(p.minLead.seconds / 3600)), max: \(num(p.maxLead.seconds / 3600))}}"
    }
}

private func num(_ x: Double) -> String { YAMLWriter.number(x) }
