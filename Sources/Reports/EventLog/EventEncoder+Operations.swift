import Simulation

/// The fleet-operations parts of the log: depots and batteries in the header, operation events.
extension EventEncoder {
    mutating func encodeDepots(_ depots: [Depot]) {
        json.key("depots"); json.openArray()
        for d in depots {
            json.element(); json.openObject()
            json.field("id", d.id)
            json.field("lat", fixed: d.point.lat, 7)
            json.field("lon", fixed: d.point.lon, 7)
            json.field("parking", int: d.parking)
            json.field("plugs", int: d.chargers?.plugs ?? 0)
            json.key("plug_kw"); json.double(d.chargers?.powerKW ?? 0)
            json.closeObject()
        }
        json.closeArray()
    }

    mutating func encodeBattery(_ b: Battery) {
        json.key("battery_wh"); json.double(b.capacityWh)
        json.key("wh_per_km"); json.double(b.whPerKm)
        json.key("auxiliary_kw"); json.double(b.auxiliaryKW)
        json.key("initial_soc"); json.double(b.initialSoc)
        json.key("reserve_soc"); json.double(b.reserveSoc)
    }

    mutating func encodeOperation(_ v: Int32, _ op: FleetOperation) {
        switch op {
        case .setOut(let activity, let to):
            json.field("type", "set_out"); vehicle(v); json.field("activity", activity.rawValue)
            placeWithPrefix(to, "")
        case .shiftStarted(let d):
            json.field("type", "shift_start"); vehicle(v); depot(d)
        case .shiftEnded(let d, let overtime):
            json.field("type", "shift_end"); vehicle(v); depot(d); json.field("overtime_s", seconds: overtime)
        case .breakStarted(let at):
            json.field("type", "break_start"); vehicle(v); placeWithPrefix(at, "")
        case .breakEnded:
            json.field("type", "break_end"); vehicle(v)
        case .chargingQueued(let d, let wh):
            json.field("type", "charging_queued"); vehicle(v); depot(d); json.field("soc_wh", fixed: wh, 1)
        case .chargingAbandoned(let d, let wh):
            json.field("type", "charging_abandoned"); vehicle(v); depot(d); json.field("soc_wh", fixed: wh, 1)
        case .chargingStarted(let d, let plug, let wh):
            json.field("type", "charging_start"); vehicle(v); depot(d); json.field("plug", int: Int(plug))
            json.field("soc_wh", fixed: wh, 1)
        case .chargingEnded(let d, let plug, let wh):
            json.field("type", "charging_end"); vehicle(v); depot(d); json.field("plug", int: Int(plug))
            json.field("soc_wh", fixed: wh, 1)
        }
    }

    private mutating func depot(_ d: Int32) {
        let i = Int(d)
        json.field("depot_id", header.map { i >= 0 && i < $0.depots.count ? $0.depots[i].id : "#\(d)" } ?? "#\(d)")
    }
}
