import Simulation

/// `energy:` and `charging:`: the state of charge and the plugs.
extension OperationsCheck {
    /// Tolerance below zero for the state of charge (the log rounds driven metres to 0.1 m).
    static let socToleranceWh = 1.0

    mutating func arrive(_ v: inout Vehicle, _ id: String, _ e: LogLine) {
        guard let battery = v.battery, let soc = v.socWh else { return }
        let driveMs = Int64(((e.double("drive_time_s") ?? 0) * 1000).rounded())
        let now = soc - battery.energy(metres: e.double("driven_m") ?? 0, time: SimTime(ms: driveMs))
        v.socWh = now
        if now < -Self.socToleranceWh && !v.depleted {
            violations.append(
                "energy: vehicle \(id) arrives at \(e.place) at t=\(secondsText(e.tMs)) with a state of charge of "
                    + "\(NumberFormat.fixed(now, decimals: 1)) Wh, below zero")
        }
        v.depleted = now < -Self.socToleranceWh
    }

    mutating func plugIn(_ v: inout Vehicle, _ id: String, _ e: LogLine) {
        let depot = e.string("depot_id"), plug = e.int("plug") ?? -1, t = secondsText(e.tMs)
        let at = "at depot \(depot) plug \(plug)"
        if let open = v.plug {
            violations.append(
                "charging: vehicle \(id) at t=\(t): charging_start \(at) while still plugged in at depot "
                    + "\(open.depot) plug \(open.plug) since t=\(secondsText(open.since)) (no charging_end)")
            plugged[open.depot]?[id] = nil
        }
        let count = plugs[depot] ?? 0
        if plug < 0 || plug >= count {
            violations.append(
                "charging: vehicle \(id) at t=\(t): charging_start \(at), but the depot has plugs 0..<\(count)")
        }
        if let other = plugged[depot, default: [:]].first(where: { $0.value == plug })?.key {
            violations.append("charging: vehicle \(id) at t=\(t): charging_start \(at), in use by vehicle \(other)")
        }
        plugged[depot, default: [:]][id] = plug
        let users = plugged[depot]!
        if users.count > count {
            violations.append(
                "charging: depot \(depot) at t=\(t): \(users.count) vehicles plugged in "
                    + "(\(users.keys.sorted().joined(separator: ", "))), more than its \(count) plug(s)")
        }
        v.plug = (depot, plug, e.tMs)
    }

    mutating func unplug(_ v: inout Vehicle, _ id: String, _ e: LogLine) {
        let depot = e.string("depot_id"), plug = e.int("plug") ?? -1
        guard let open = v.plug, open.depot == depot, open.plug == plug else {
            violations.append(
                "charging: vehicle \(id) at t=\(secondsText(e.tMs)): charging_end at depot \(depot) plug \(plug) "
                    + "without a matching charging_start")
            return
        }
        plugged[depot]?[id] = nil
        v.plug = nil
        if v.battery != nil, let wh = e.double("soc_wh") {
            v.socWh = wh
            v.depleted = false
        }
    }

    /// A vehicle drives off only once unplugged.
    mutating func unplugOnLeaving(_ v: inout Vehicle, _ id: String, _ e: LogLine) {
        guard let open = v.plug else { return }
        violations.append(
            "charging: vehicle \(id) departs at t=\(secondsText(e.tMs)) while plugged in at depot \(open.depot) "
                + "plug \(open.plug) since t=\(secondsText(open.since)) (no charging_end)")
        plugged[open.depot]?[id] = nil
        v.plug = nil
    }
}
