import Simulation

/// A vehicle type's `battery:`, written in kWh, kWh/km and kW; `Battery` holds Wh and Wh/km.
extension ScenarioParser {
    static let batteryKeys = [
        "capacityKWh", "consumptionKWhPerKm", "auxiliaryKW", "initialSoc", "reserveSoc", "maxChargeKW"
    ]

    /// The type's battery; `nil` (and a diagnostic) when a value is bad. The caller checks that the
    /// key is present. `chargeBelowSoc` (`operations.charging`, `nil` when unreadable) bounds the reserve.
    func parseBattery(_ type: MapReader, chargeBelowSoc: Double?) -> Battery? {
        let r = type.map("battery", known: Self.batteryKeys)
        let d = Battery(capacityWh: 1, whPerKm: 1)
        let capacity = r.number(
            "capacityKWh", default: nil, .above(0, upTo: 10_000),
            fix: "add the usable capacity, e.g. `capacityKWh: 77`")
        let consumption = r.number(
            "consumptionKWhPerKm", default: nil, .above(0, upTo: 10),
            fix: "add the consumption per driven km, e.g. `consumptionKWhPerKm: 0.25`")
        let auxiliary = r.number("auxiliaryKW", default: d.auxiliaryKW, .closed(0, 1000))
        let initial = r.number("initialSoc", default: d.initialSoc, .probability)
        let reserve = r.number("reserveSoc", default: d.reserveSoc, .probability)
        let maxCharge =
            r.has("maxChargeKW") ? r.number("maxChargeKW", default: nil, .above(0, upTo: 10_000)) : .infinity
        guard let capacity, let consumption, let auxiliary, let initial, let reserve, let maxCharge else { return nil }
        if reserve >= initial {
            r.problem(
                "reserveSoc",
                "must be below initialSoc (\(MapReader.format(initial))), got \(MapReader.format(reserve))",
                fix: "start the shift with more charge than the reserve that dispatch keeps "
                    + "(e.g. initialSoc 0.9, reserveSoc 0.1)")
            return nil
        }
        if let chargeBelowSoc, reserve >= chargeBelowSoc {
            r.problem(
                "reserveSoc",
                "must be below operations.charging.chargeBelowSoc (\(MapReader.format(chargeBelowSoc))), got "
                    + "\(MapReader.format(reserve)): the vehicle would stop taking riders before it goes to charge",
                fix: "lower reserveSoc or raise operations.charging.chargeBelowSoc")
            return nil
        }
        return Battery(
            capacityWh: capacity * 1000, whPerKm: consumption * 1000, auxiliaryKW: auxiliary, initialSoc: initial,
            reserveSoc: reserve, maxChargeKW: maxCharge)
    }
}
