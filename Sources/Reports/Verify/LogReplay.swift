/// Replays `events.jsonl` line by line, collecting violations (see `Verifier`).
struct LogReplay {
    var violations: [String] = []
    var trips: [String: TripTrack] = [:]
    var tripOrder: [String] = []
    var vehicles: [String: VehicleTrack] = [:]
    var speed = 0.0, detour = 1.0
    var started = false
    var endedUnfinished: Int64?
    /// Vehicles whose type needs boarding authentication.
    var authenticating = Set<String>()
    /// When each vehicle last broke down (a termination must come with a breakdown of its vehicle).
    var breakdowns: [String: Int64] = [:]

    mutating func process(_ e: LogLine) {
        if endedUnfinished != nil { violations.append("log: line \(e.number) (\(e.type)) after run_ended") }
        switch e.type {
        case "run_started":
            if started { violations.append("log: line \(e.number): second run_started") }
            started = true
            let model = e.child("travel_model")
            speed = model.double("speed_mps") ?? 0; detour = model.double("detour_factor") ?? 1
            for v in e.array("vehicles") {
                let id = v.string("id")
                vehicles[id] = VehicleTrack(id: id, ledger: CapacityLedger(record: v))
                if v.bool("boarding_authentication") == true { authenticating.insert(id) }
            }
            return
        case "run_ended":
            endedUnfinished = e.int("unfinished") ?? 0
            return
        case "account_created":
            if !started { violations.append("log: line \(e.number) (\(e.type)) before run_started") }
            return
        default:
            if !started { violations.append("log: line \(e.number) (\(e.type)) before run_started"); return }
        }
        if e.type == "request" {
            if trips[e.trip] != nil {
                violations.append("log: line \(e.number): trip \(e.trip) requested twice"); return
            }
            trips[e.trip] = TripTrack(id: e.trip, demand: CapacityLedger.demand(ofLoads: e.string("loads")))
            tripOrder.append(e.trip)
            return
        }
        if e.type.hasPrefix("vehicle_") { vehicleEvent(e); return }
        guard var trip = trips[e.trip] else {
            violations.append("log: line \(e.number) (\(e.type)): unknown trip \(e.trip)"); return
        }
        let wasOnBoard = trip.state == "PickedUp"
        if let v = trip.apply(e) { violations.append(v) }
        if let v = authenticationRule(e, trip) { violations.append(v) }
        trips[e.trip] = trip
        if ["pickup", "dropoff", "no_show"].contains(e.type) { serviceEvent(e, demand: trip.demand) }
        if e.type == "terminate" { terminated(e, demand: trip.demand, onBoard: wasOnBoard) }
    }

    private mutating func vehicleEvent(_ e: LogLine) {
        guard var v = vehicles[e.vehicle] else {
            violations.append("log: line \(e.number) (\(e.type)): unknown vehicle \(e.vehicle)"); return
        }
        switch e.type {
        case "vehicle_ready": v.place = e.place
        case "vehicle_depart": violations += v.depart(e)
        case "vehicle_arrive": violations += v.arrive(e, speed: speed, detour: detour)
        case "vehicle_breakdown":
            breakdowns[v.id] = e.tMs
            if v.driving != nil {
                violations.append("place: vehicle \(v.id) breaks down at t=\(secondsText(e.tMs)) while driving")
            } else if let p = v.place, p != e.place {
                violations.append("place: vehicle \(v.id) breaks down at \(e.place) but is at \(p)")
            }
        case "vehicle_repaired": break
        default: violations.append("log: line \(e.number): unknown event type \(e.type)")
        }
        vehicles[e.vehicle] = v
    }

    /// Boarding authentication only on vehicles that need it, and there before every pickup.
    private func authenticationRule(_ e: LogLine, _ trip: TripTrack) -> String? {
        let needs = authenticating.contains(e.vehicle)
        let t = secondsText(e.tMs)
        if e.type.hasPrefix("boarding_auth"), !needs {
            return
                "transition: trip \(trip.id) at t=\(t): \(e.type) on vehicle \(e.vehicle), which needs no boarding authentication"
        }
        if e.type == "pickup", needs, trip.state == "PickedUp", !trip.authenticated {
            return
                "transition: trip \(trip.id) at t=\(t): picked up by vehicle \(e.vehicle) without boarding authentication"
        }
        return nil
    }

    /// A ride is cut only by a recorded breakdown of its vehicle, at that moment.
    private mutating func terminated(_ e: LogLine, demand: CapacityLedger.Counts, onBoard: Bool) {
        if breakdowns[e.vehicle] != e.tMs {
            violations.append(
                "promise: trip \(e.trip) terminated at t=\(secondsText(e.tMs)) with no breakdown of vehicle \(e.vehicle) then"
            )
        }
        if onBoard { vehicles[e.vehicle]?.ledger.alight(e.trip, demand) }
    }

    private mutating func serviceEvent(_ e: LogLine, demand: CapacityLedger.Counts) {
        guard var v = vehicles[e.vehicle] else {
            violations.append("log: line \(e.number) (\(e.type)): unknown vehicle \(e.vehicle)"); return
        }
        if let p = v.checkServicePlace(e) { violations.append(p) }
        if e.type == "pickup" {
            v.ledger.board(e.trip, demand)
            let over = v.ledger.exceeded
            if !over.isEmpty {
                violations.append(
                    "capacity: vehicle \(v.id) at t=\(secondsText(e.tMs)) after pickup of trip \(e.trip): "
                        + over.joined(separator: ", ") + " (on board: \(v.ledger.trips.joined(separator: ", ")))")
            }
        } else if e.type == "dropoff" {
            v.ledger.alight(e.trip, demand)
        }
        vehicles[e.vehicle] = v
    }

    /// End-of-log checks against trips.csv: windows, ride limits, final states, unfinished count.
    mutating func finish(rows table: TripsTable) {
        if endedUnfinished == nil { violations.append("log: no run_ended event (incomplete log)") }
        var seen = Set<String>()
        for row in table.rows {
            let id = row["trip_id"] ?? ""
            seen.insert(id)
            guard let trip = trips[id] else {
                violations.append("state: trips.csv has trip \(id), the log has no request"); continue
            }
            checkTimes(trip, row)
            let (state, reason) = trip.expectedRow
            let csvState = row["final_state"] ?? "", csvReason = row["reason"] ?? ""
            if csvState != state || csvReason != reason {
                let what =
                    trip.isTerminal
                    ? "ends \(trip.stateText) in the log"
                    : "is not terminal at the end of the log (\(trip.state)) and must be counted as \(TripRow.unfinished)"
                violations.append(
                    "state: trip \(id) \(what), trips.csv says \(csvState)/\(csvReason.isEmpty ? "-" : csvReason)")
            }
        }
        for id in tripOrder where !seen.contains(id) {
            violations.append("state: trip \(id) is in the log but not in trips.csv")
        }
        let open = trips.values.filter(\.isOrderedUnfinished).count
        if let n = endedUnfinished, n != open {
            violations.append(
                "state: run_ended reports \(n) unfinished trips, the log leaves \(open) ordered trips unfinished")
        }
    }

    /// The pickup lies in the offered window; with boarding authentication, the promise is the vehicle's:
    /// it is ready at the pickup by the window's end, and the rider boards (no earlier than the window's
    /// start) once they authenticated, which may be later.
    private mutating func checkTimes(_ trip: TripTrack, _ row: [String: String]) {
        if let p = trip.pickupMs {
            let lo = TripsTable.ms(row, "offered_pickup_earliest_s"), hi = TripsTable.ms(row, "offered_pickup_latest_s")
            let kept = trip.readyMs ?? p
            if let lo, let hi, p < lo - 1 || kept > hi + 1 {
                violations.append(
                    "window: trip \(trip.id) picked up at t=\(secondsText(p)), outside its offered window "
                        + "[\(secondsText(lo)), \(secondsText(hi))]")
            }
        }
        if let p = trip.pickupMs, let d = trip.dropoffMs {
            if let limit = TripsTable.ms(row, "max_ride_s"), d - p > limit + 1 {
                violations.append(
                    "ride: trip \(trip.id) rode \(secondsText(d - p)) (t=\(secondsText(p)) → \(secondsText(d))), "
                        + "over its max_ride_s \(secondsText(limit))")
            }
            if let latest = TripsTable.ms(row, "offered_dropoff_latest_s"), d > latest + 1 {
                violations.append(
                    "ride: trip \(trip.id) dropped off at t=\(secondsText(d)), after offered_dropoff_latest_s \(secondsText(latest))"
                )
            }
        }
    }
}
