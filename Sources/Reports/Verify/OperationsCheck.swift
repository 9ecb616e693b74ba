import Simulation

/// The fleet-operations rules of `Verifier`, replayed from the log's text: the `run_started` vehicle
/// records (shift end, break window, battery) and depots (plugs), and the operation events.
///
/// - `energy:` the state of charge never falls below zero (1 Wh tolerance for the logged metres'
///   rounding): `initial_soc × battery_wh` at `vehicle_ready`, less `Battery.energy(metres:time:)` of
///   each `vehicle_arrive`'s `driven_m` and `drive_time_s`, set to `soc_wh` at `charging_end`;
/// - `charging:` a plug index lies in 0..<plugs, no plug serves two vehicles at once, a depot never
///   has more vehicles plugged in than plugs, every `charging_start` ends with a matching
///   `charging_end` before the vehicle charges again or leaves (or the run ends);
/// - `break:` a break starts no earlier than its window's start, ends by its latest end, lasts at
///   least its duration (1 ms tolerance), and a vehicle on shift past its break's latest end took it;
/// - `shift:` no pickup or drop-off after the vehicle's shift end (the header's, 1 ms tolerance) nor
///   after its `shift_end` event.
struct OperationsCheck {
    struct Vehicle {
        var battery: Battery?
        var socWh: Double?
        /// Below zero since the last arrival that crossed it (reported once per crossing).
        var depleted = false
        var shiftEndMs: Int64
        var shiftEndedMs: Int64?
        var readyMs: Int64?
        var window: (earliest: Int64, latestEnd: Int64, duration: Int64)?
        var breakStartMs: Int64?
        var breakTaken = false
        var plug: (depot: String, plug: Int64, since: Int64)?
    }

    /// The event types this check reads besides `vehicle_*`, `pickup` and `dropoff`.
    static let operationTypes: Set = [
        "set_out", "shift_start", "shift_end", "break_start", "break_end", "charging_queued", "charging_start",
        "charging_end", "charging_abandoned"
    ]

    var violations: [String] = []
    var vehicles: [String: Vehicle] = [:]
    /// Plugs per depot id.
    var plugs: [String: Int64] = [:]
    /// Vehicles plugged in per depot id: vehicle → plug.
    var plugged: [String: [String: Int64]] = [:]

    init() {}

    init(header e: LogLine) {
        func ms(_ line: LogLine, _ key: String) -> Int64? { line.double(key).map { Int64(($0 * 1000).rounded()) } }
        for d in e.array("depots") { plugs[d.string("id")] = d.int("plugs") ?? 0 }
        for v in e.array("vehicles") {
            var track = Vehicle(shiftEndMs: ms(v, "shift_end_s") ?? .max)
            if let capacity = v.double("battery_wh") {
                track.battery = Battery(
                    capacityWh: capacity, whPerKm: v.double("wh_per_km") ?? 0,
                    auxiliaryKW: v.double("auxiliary_kw") ?? 0, initialSoc: v.double("initial_soc") ?? 1)
            }
            if let a = ms(v, "break_earliest_start_s"), let b = ms(v, "break_latest_end_s"),
                let d = ms(v, "break_duration_s")
            {
                track.window = (a, b, d)
            }
            vehicles[v.string("id")] = track
        }
    }

    /// One event of a known vehicle: `vehicle_*`, `pickup`, `dropoff` or an operation.
    mutating func process(_ e: LogLine) {
        guard var v = vehicles[e.vehicle] else { return }
        let id = e.vehicle
        switch e.type {
        case "vehicle_ready":
            v.readyMs = e.tMs
            v.socWh = v.battery.map { $0.initialSoc * $0.capacityWh }
        case "vehicle_arrive": arrive(&v, id, e)
        case "vehicle_depart": unplugOnLeaving(&v, id, e)
        case "pickup", "dropoff": serve(v, id, e)
        case "shift_end": v.shiftEndedMs = e.tMs
        case "break_start", "break_end": takeBreak(&v, id, e)
        case "charging_start": plugIn(&v, id, e)
        case "charging_end": unplug(&v, id, e)
        default: break
        }
        vehicles[id] = v
    }

    /// The run ended at `endMs`: breaks still open or never taken.
    mutating func finish(endMs: Int64) {
        for id in vehicles.keys.sorted() { finishBreak(vehicles[id]!, id, endMs: endMs) }
    }

    /// `shift:` riders are picked up and dropped off only within the shift.
    private mutating func serve(_ v: Vehicle, _ id: String, _ e: LogLine) {
        let what = e.type == "pickup" ? "picks up" : "drops off"
        if let ended = v.shiftEndedMs, e.tMs > ended {
            violations.append(
                "shift: vehicle \(id) \(what) trip \(e.trip) at t=\(secondsText(e.tMs)), after its shift_end at t=\(secondsText(ended))"
            )
        } else if e.tMs > v.shiftEndMs + 1 {
            violations.append(
                "shift: vehicle \(id) \(what) trip \(e.trip) at t=\(secondsText(e.tMs)), after its shift end \(secondsText(v.shiftEndMs))"
            )
        }
    }
}
