import Simulation

@testable import Reports

/// Ready-made runs shared by several test files.
enum SampleRuns {
    /// Two riders pooled on v0: A (adult) S0 → S2, B (adult + child on a booster) S1 → S2.
    ///
    /// v0 drives empty depot → S0 (1000 m), with A S0 → S1 (1500 m), with A and B S1 → S2 (2000 m).
    /// A: wait 130 s, ride 300 s; B: wait 270 s, ride 160 s. Parameters break one rule at a time.
    static func pooledRun(
        aPickupLatest: Double = 25500, bMaxRide: Double = 300,
        firstDeparture: Double = 25200, secondLegFrom: StopRef = RunBuilder.stop(0)
    ) -> RunBuilder {
        let b = RunBuilder()
        b.book(
            0, RunBuilder.request("A", at: 25200),
            RunBuilder.offer(from: 0, to: 2, earliest: 25260, latest: aPickupLatest, dropoffLatest: 26100), at: 25200)
        b.add(25200, .vehicleDeparted(vehicle: 0, at: RunBuilder.depot, occupancy: Occupancy()))
        b.book(
            1,
            RunBuilder.request(
                "B", at: 25210, loads: [.adult, .child(wheelchair: .notNeeded, childSeat: .booster)], from: 1),
            RunBuilder.offer(
                from: 1, to: 2, earliest: 25400, latest: 25600, dropoffLatest: 26000,
                direct: 120, maxRide: bMaxRide, walk: (30, 45)), at: 25210)
        if firstDeparture != 25200 {
            // A late start: the first departure moves, the arrival does not.
            b.replaceFirstDeparture(at: firstDeparture)
        }
        b.add(
            25320,
            .vehicleArrived(
                vehicle: 0, at: RunBuilder.stop(0), occupancy: Occupancy(), drivenMetres: 1000,
                driveTime: .seconds(25320 - firstDeparture)))
        b.add(25330, .pickedUp(request: 0, vehicle: 0, at: RunBuilder.stop(0)))
        b.drive(
            from: secondLegFrom, at: 25350, to: RunBuilder.stop(1), arrive: 25470, metres: 1500,
            occ: Occupancy(seats: 1))
        b.add(25480, .pickedUp(request: 1, vehicle: 0, at: RunBuilder.stop(1)))
        b.drive(
            from: RunBuilder.stop(1), at: 25500, to: RunBuilder.stop(2), arrive: 25620, metres: 2000,
            occ: Occupancy(seats: 3, booster: 1))
        b.add(25630, .droppedOff(request: 0, vehicle: 0, at: RunBuilder.stop(2)))
        b.add(25640, .droppedOff(request: 1, vehicle: 0, at: RunBuilder.stop(2)))
        b.add(25700, .runEnded(unfinished: 0))
        return b
    }
}

extension RunBuilder {
    /// Moves the depot departure to `t` (keeping event order valid: it happens after the bookings).
    func replaceFirstDeparture(at t: Double) {
        removeEvents { if case .vehicleDeparted = $0.kind { return true } else { return false } }
        add(t, .vehicleDeparted(vehicle: 0, at: RunBuilder.depot, occupancy: Occupancy()))
    }
}
