/// Replays `events.jsonl` line by line, collecting violations (see `Verifier`).
struct LogReplay {
    var violations: [String] = []
    var trips: [String: TripTrack] = [:]
    var tripOrder: [String] = []
    var vehicles: [String: VehicleTrack] = [:]
    var speed = 0.0, detour = 1.0
    var started = false
    var endedUnfinished: Int64?
    /// When `run_ended` was logged.
    var endedMs: Int64?
    /// Re-optimisation moves (a `reassign` without a breakdown of its vehicle then) not yet claimed by a
    /// `reoptimised` round.
    var roundMoves: [(ms: Int64, trip: String, legal: Bool)] = []
    /// Vehicles whose type needs boarding authentication.
    var authenticating = Set<String>()
    /// When each vehicle last broke down (a termination must come with a breakdown of its vehicle).
    var breakdowns: [String: Int64] = [:]
    /// Fleet operations: state of charge, plugs, breaks, shifts.
    var operations = OperationsCheck()

    mutating func process(_ e: LogLine) {
        if endedUnfinished != nil { violations.append("log: line \(e.number) (\(e.type)) after run_ended") }
        settleRoundMoves(before: e.tMs)
        switch e.type {
        case "run_started":
            if started { violations.append("log: line \(e.number): second run_started") }
            started = true
            let model = e.child("travel_model")
            speed = model.double("speed_mps") ?? 0; detour = model.double("detour_factor") ?? 1
            operations = OperationsCheck(header: e)
            for v in e.array("vehicles") {
                let id = v.string("id")
                vehicles[id] = VehicleTrack(id: id, ledger: CapacityLedger(record: v))
                if v.bool("boarding_authentication") == true { authenticating.insert(id) }
            }
            return
        case "run_ended":
            endedUnfinished = e.int("unfinished") ?? 0
            endedMs = e.tMs
            operations.finish(endMs: e.tMs)
            drainOperations()
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
        if e.type == "reoptimised" { round(e); return }
        if e.type.hasPrefix("vehicle_") || OperationsCheck.operationTypes.contains(e.type) {
            vehicleEvent(e); return
        }
        guard var trip = trips[e.trip] else {
            violations.append("log: line \(e.number) (\(e.type)): unknown trip \(e.trip)"); return
        }
        let wasOnBoard = trip.state == "PickedUp"
        let needsBreakdown = needsBreakdown(e, trip)
        if !dispatchRules(e, trip), let v = trip.apply(e) { violations.append(v) }
        if let v = authenticationRule(e, trip) { violations.append(v) }
        trips[e.trip] = trip
        if ["pickup", "dropoff", "no_show"].contains(e.type) { serviceEvent(e, demand: trip.demand) }
        if e.type == "terminate" {
            terminated(e, demand: trip.demand, onBoard: wasOnBoard, needsBreakdown: needsBreakdown)
        }
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
        default:
            if !OperationsCheck.operationTypes.contains(e.type) {
                violations.append("log: line \(e.number): unknown event type \(e.type)")
            }
        }
        vehicles[e.vehicle] = v
        checkOperations(e)
    }

    /// Passes a vehicle's event to the operations rules, keeping the violations in log order.
    private mutating func checkOperations(_ e: LogLine) {
        operations.process(e)
        drainOperations()
    }

    private mutating func drainOperations() {
        violations += operations.violations
        operations.violations = []
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
    private mutating func terminated(_ e: LogLine, demand: CapacityLedger.Counts, onBoard: Bool, needsBreakdown: Bool) {
        if needsBreakdown, breakdowns[e.vehicle] != e.tMs {
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
        checkOperations(e)
    }
}
