/// One vehicle as the verifier replays it: where it is, whether it is driving, what is on board.
struct VehicleTrack {
    var id: String
    var ledger: CapacityLedger
    var place: Place?
    /// Departure time and place of the leg being driven.
    var driving: (ms: Int64, place: Place)?

    /// Time tolerance for travel checks: 1 ms of engine rounding plus the log's 7-decimal coordinates.
    static let toleranceSeconds = 0.05 + 0.001

    /// `vehicle_depart`: the vehicle must be standing, at the place it leaves from.
    mutating func depart(_ e: LogLine) -> [String] {
        var v: [String] = []
        let at = e.place, t = secondsText(e.tMs)
        if let d = driving {
            v.append(
                "travel: vehicle \(id) departs at t=\(t) while still driving from \(d.place) since t=\(secondsText(d.ms))"
            )
        } else if let p = place, p != at {
            v.append("place: vehicle \(id) departs from \(at) at t=\(t) but is at \(p)")
        }
        driving = (e.tMs, at)
        place = nil
        return v
    }

    /// `vehicle_arrive`: the leg must last at least the model's travel time (great-circle × detour ÷
    /// speed; for a road network the speed is its fastest link and the detour 1, a physical lower
    /// bound) and at least the drive time the event itself logs.
    mutating func arrive(_ e: LogLine, speed: Double, detour: Double) -> [String] {
        var v: [String] = []
        let at = e.place, t = secondsText(e.tMs)
        if let d = driving {
            let took = Double(e.tMs - d.ms) / 1000
            let metres = d.place.distance(to: at)
            let needed = speed > 0 ? metres * detour / speed : 0
            if took < needed - VehicleTrack.toleranceSeconds {
                v.append(
                    "travel: vehicle \(id) from \(d.place) at t=\(secondsText(d.ms)) to \(at) at t=\(t) took "
                        + "\(NumberFormat.fixed(took, decimals: 3))s, needs ≥ \(NumberFormat.fixed(needed, decimals: 3))s "
                        + "(\(NumberFormat.metres(metres)) m × \(detour) ÷ \(speed) m/s)")
            }
            if let logged = e.double("drive_time_s"), took < logged - VehicleTrack.toleranceSeconds {
                v.append(
                    "travel: vehicle \(id) from \(d.place) at t=\(secondsText(d.ms)) to \(at) at t=\(t) took "
                        + "\(NumberFormat.fixed(took, decimals: 3))s, less than its logged drive time \(NumberFormat.fixed(logged, decimals: 3))s"
                )
            }
        } else {
            v.append("place: vehicle \(id) arrives at \(at) at t=\(t) without having departed")
        }
        driving = nil
        place = at
        return v
    }

    /// Pickups, drop-offs and no-shows happen where the vehicle stands.
    func checkServicePlace(_ e: LogLine) -> String? {
        let t = secondsText(e.tMs)
        if let d = driving {
            return "place: \(e.type) of trip \(e.trip) by vehicle \(id) at t=\(t) while it drives from \(d.place)"
        }
        if let p = place, p != e.place {
            return
                "place: \(e.type) of trip \(e.trip) by vehicle \(id) at \(e.place) at t=\(t) but the vehicle is at \(p)"
        }
        return nil
    }
}
