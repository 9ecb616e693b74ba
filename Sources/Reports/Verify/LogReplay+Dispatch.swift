/// The verifier's prebooking and re-optimisation rules (see `Verifier`):
///
/// - `prebooking:` an `accept` without `vehicle_id` is a prebooking (and says `prebooked: true`); only
///   such a trip, still `Accepted` and not yet assigned, gets an `assign`; no vehicle serves it (boarding
///   authentication, pickup, no-show, drop-off) or takes it over (`reassign`) before its `assign`; it is
///   terminated before its `assign` only `PREBOOKING_UNASSIGNABLE`, with no `vehicle_id`, and only it is
///   terminated so; by the end of the log every accepted prebooking whose pickup window has opened is
///   assigned, terminated or cancelled;
/// - `reoptimisation:` a `reassign` that no breakdown of its `from_vehicle_id` at that moment explains is
///   a re-optimisation move: it never moves a trip already picked up, and belongs to a `reoptimised`
///   round at the same moment, whose `reassigned` counts exactly these moves; a round places no more
///   held orders than it held and moves riders only when some were movable.
extension LogReplay {
    static let unassignable = "PREBOOKING_UNASSIGNABLE"
    /// The event types by which a vehicle serves a trip not yet on board.
    static let serviceTypes: Set = ["boarding_auth_ready", "boarding_auth_completed", "pickup", "no_show"]

    /// Checks a trip event against the prebooking and re-optimisation rules before the trip's state
    /// machine sees it; returns whether the event is to be left out of the state machine (a violation
    /// already reported here under its own rule).
    mutating func dispatchRules(_ e: LogLine, _ trip: TripTrack) -> Bool {
        let t = secondsText(e.tMs)
        switch e.type {
        case "accept":
            let prebooked = e.bool("prebooked") == true
            if e.vehicle.isEmpty != prebooked {
                violations.append(
                    "log: line \(e.number): accept of trip \(trip.id) "
                        + (prebooked
                            ? "is prebooked but names vehicle \(e.vehicle)"
                            : "names no vehicle_id and is not prebooked"))
            }
        case "assign":
            if vehicles[e.vehicle] == nil {
                violations.append("log: line \(e.number) (assign): unknown vehicle \(e.vehicle)")
            }
        case _ where Self.serviceTypes.contains(e.type):
            if trip.awaitsAssignment {
                violations.append(
                    "prebooking: trip \(trip.id) at t=\(t): \(e.type) by vehicle \(e.vehicle) before the trip was assigned a vehicle"
                )
            }
        case "reassign":
            if trip.awaitsAssignment {
                violations.append(
                    "prebooking: trip \(trip.id) at t=\(t): reassign from vehicle \(e.string("from_vehicle_id")) to \(e.vehicle) before the trip was assigned a vehicle"
                )
                return true
            }
            let from = e.string("from_vehicle_id")
            guard breakdowns[from] != e.tMs else { return false }
            // Every move counts for its round; only one the trip's state allows is reported unclaimed (an
            // illegal one is reported as such, once).
            roundMoves.append((e.tMs, trip.id, trip.isAwaitingPickup && trip.vehicle == from))
            if let p = trip.pickupMs {
                violations.append(
                    "reoptimisation: trip \(trip.id) at t=\(t): moved from vehicle \(from) to \(e.vehicle), but it was picked up at t=\(secondsText(p))"
                )
                return true
            }
        case "terminate":
            let reason = e.string("reason")
            if reason == Self.unassignable {
                let problem: String? =
                    if !trip.prebooked || trip.acceptedMs == nil {
                        "it is not an accepted prebooking"
                    } else if let a = trip.assignedMs {
                        "it was assigned to vehicle \(trip.vehicle ?? "-") at t=\(secondsText(a))"
                    } else if !e.vehicle.isEmpty {
                        "the event names vehicle \(e.vehicle) and the trip has none"
                    } else {
                        nil
                    }
                if let problem {
                    violations.append("prebooking: trip \(trip.id) at t=\(t): terminated \(reason), but \(problem)")
                }
            } else if trip.awaitsAssignment {
                violations.append(
                    "prebooking: trip \(trip.id) at t=\(t): terminated \(reason) before it was assigned a vehicle (only \(Self.unassignable) ends a prebooking then)"
                )
            }
        default: break
        }
        return false
    }

    /// Whether the promise rule (a termination needs a breakdown of its vehicle then) applies to a
    /// `terminate`: not to a prebooking's, which the prebooking rules check.
    func needsBreakdown(_ e: LogLine, _ trip: TripTrack) -> Bool {
        e.string("reason") != Self.unassignable && !trip.awaitsAssignment
    }

    /// Re-optimisation moves not claimed by a round at their moment are reported once the log moves on.
    mutating func settleRoundMoves(before ms: Int64) {
        guard let first = roundMoves.first, first.ms < ms else { return }
        for m in roundMoves where m.legal {
            violations.append(
                "reoptimisation: trip \(m.trip) at t=\(secondsText(m.ms)): reassigned with neither a breakdown of its vehicle nor a reoptimised round then"
            )
        }
        roundMoves = []
    }

    /// A `reoptimised` line: its counts against each other and against the moves logged before it.
    mutating func round(_ e: LogLine) {
        let t = secondsText(e.tMs)
        func n(_ k: String) -> Int64 { e.int(k) ?? 0 }
        let moves = roundMoves.filter { $0.ms == e.tMs }.count
        roundMoves = []
        if n("reassigned") != moves {
            violations.append(
                "reoptimisation: round at t=\(t) reports reassigned \(n("reassigned")), the log has \(moves) reassign events not after a breakdown then"
            )
        }
        if n("placed_held") > n("held") {
            violations.append("reoptimisation: round at t=\(t): placed_held \(n("placed_held")) > held \(n("held"))")
        }
        // A rider may move more than once in a round (the batch, then the local search), so moves are not
        // bounded by the movable riders; with none movable there is nothing to move.
        if n("movable") == 0 && n("reassigned") > 0 {
            violations.append(
                "reoptimisation: round at t=\(t): reassigned \(n("reassigned")) with no rider movable")
        }
    }

    /// End of the log: accepted prebookings never assigned, terminated or cancelled, though their pickup
    /// window opened before the run ended (a window still ahead is the run's end, not a lost trip); and
    /// trips.csv's `prebooked` column against the log.
    mutating func finishPrebookings(_ table: TripsTable) {
        let end = endedMs ?? .max
        var hasColumn = false
        for row in table.rows {
            guard let id = row["trip_id"], let trip = trips[id] else { continue }
            if let text = row["prebooked"] {
                hasColumn = true
                if (text == "1") != trip.prebooked {
                    violations.append(
                        "state: trip \(id) is \(trip.prebooked ? "" : "not ")a prebooking in the log, trips.csv says prebooked=\(text)"
                    )
                }
            }
            guard trip.awaitsAssignment, trip.state == "Accepted", let accepted = trip.acceptedMs else { continue }
            let opens = TripsTable.ms(row, "offered_pickup_earliest_s") ?? accepted
            if end >= opens {
                violations.append(
                    "prebooking: trip \(id), accepted as a prebooking at t=\(secondsText(accepted)), was neither assigned, "
                        + "terminated \(Self.unassignable) nor cancelled by the end of the log at t=\(secondsText(end)); "
                        + "its pickup window opened at t=\(secondsText(opens))")
            }
        }
        if !hasColumn, let first = tripOrder.first(where: { trips[$0]?.prebooked == true }) {
            violations.append("state: the log has prebooked trips (first \(first)), trips.csv has no prebooked column")
        }
    }
}
