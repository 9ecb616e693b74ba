/// The end-of-log checks against trips.csv: windows, ride limits, final states, the unfinished count.
extension LogReplay {
    /// End-of-log checks against trips.csv: windows, ride limits, final states, unfinished count.
    mutating func finish(rows table: TripsTable) {
        if endedUnfinished == nil { violations.append("log: no run_ended event (incomplete log)") }
        settleRoundMoves(before: .max)
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
        finishPrebookings(table)
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
