import Simulation

@testable import Reports

/// Runs with prebooking and re-optimisation, for the accumulator, summary, report and verifier tests.
enum DispatchRuns {
    /// Five riders on v0 and v1 (stops 0.01° ≈ 1112 m apart, 10 m/s); prebookings are assigned 30
    /// minutes before their pickup window opens.
    ///
    /// - A (S0 → S2), ordered 25200 s for 27200 s (lead 2000 s): accepted as a prebooking, assigned to
    ///   v0 at 25400 s, picked up 27210 s (wait 10 s), dropped off 27470 s.
    /// - B (S1 → S2), ordered 25210 s for 27600 s (lead 2390 s): accepted as a prebooking, terminated
    ///   `PREBOOKING_UNASSIGNABLE` at 25800 s (no vehicle).
    /// - C (S0 → S2), ordered 25220 s for 27000 s (lead 1780 s): rejected `PREBOOKING_CAPACITY_REACHED`.
    /// - D (S0 → S2), ordered 25230 s for 28000 s (lead 2770 s): accepted as a prebooking, cancelled by
    ///   the customer at 25300 s, before its assignment.
    /// - E (S1 → S2), ordered on the spot at 25240 s: accepted by v1, picked up 25490 s, dropped off 25630 s.
    ///
    /// Parameters leave out A's `assign` or B's `terminate`, or end the run elsewhere (28000 s).
    static func prebookingRun(assignA: Bool = true, terminateB: Bool = true, end: Double = 28000) -> RunBuilder {
        let b = RunBuilder(vehicles: 2, requestCount: 5)
        let s0 = RunBuilder.stop(0), s1 = RunBuilder.stop(1), s2 = RunBuilder.stop(2)
        func prebook(_ r: Int32, _ id: String, at t: Double, for departure: Double, from: Int32) {
            b.add(t, .requested(request: r, RunBuilder.request(id, at: t, departure: departure, from: from)))
            b.add(
                t,
                .offered(
                    request: r,
                    offers: [
                        RunBuilder.offer(
                            from: from, to: 2, earliest: departure, latest: departure + 300,
                            dropoffLatest: departure + 700)
                    ]))
            b.add(t, .ordered(request: r, offer: 0))
        }
        prebook(0, "A", at: 25200, for: 27200, from: 0)
        b.add(25200, .accepted(request: 0, vehicle: -1))
        prebook(1, "B", at: 25210, for: 27600, from: 1)
        b.add(25210, .accepted(request: 1, vehicle: -1))
        prebook(2, "C", at: 25220, for: 27000, from: 0)
        b.add(25220, .rejected(request: 2, reason: .prebookingCapacityReached))
        prebook(3, "D", at: 25230, for: 28000, from: 0)
        b.add(25230, .accepted(request: 3, vehicle: -1))
        b.book(
            4, RunBuilder.request("E", at: 25240, from: 1),
            RunBuilder.offer(from: 1, to: 2, earliest: 25300, latest: 25600, dropoffLatest: 26000, direct: 120),
            at: 25240, vehicle: 1)
        b.add(25240, .vehicleDeparted(vehicle: 1, at: RunBuilder.depot, occupancy: Occupancy()))
        b.add(25300, .cancelled(request: 3, actor: .customer))
        if assignA { b.add(25400, .assigned(request: 0, vehicle: 0)) }
        b.add(
            25480,
            .vehicleArrived(vehicle: 1, at: s1, occupancy: Occupancy(), drivenMetres: 2224, driveTime: .seconds(240)))
        b.add(25490, .pickedUp(request: 4, vehicle: 1, at: s1))
        b.drive(from: s1, at: 25500, to: s2, arrive: 25620, metres: 1112, occ: Occupancy(seats: 1), vehicle: 1)
        b.add(25630, .droppedOff(request: 4, vehicle: 1, at: s2))
        if terminateB {
            b.add(25800, .terminated(request: 1, vehicle: -1, at: s1, cause: .prebookingUnassignable))
        }
        b.drive(from: RunBuilder.depot, at: 27000, to: s0, arrive: 27150, metres: 1112, occ: Occupancy())
        b.add(27210, .pickedUp(request: 0, vehicle: 0, at: s0))
        b.drive(from: s0, at: 27220, to: s2, arrive: 27460, metres: 2224, occ: Occupancy(seats: 1))
        b.add(27470, .droppedOff(request: 0, vehicle: 0, at: s2))
        b.add(end, .runEnded(unfinished: terminateB ? 0 : 1))
        return b
    }

    /// The round at 25300 s: B moves from v0 to v1 and the held order C is placed on v1.
    static let firstRound = ReoptimisationRound(
        method: .localSearch, outcome: .improved, movable: 2, held: 1, reassigned: 1, resequenced: 2, placedHeld: 1,
        costBefore: 900_000, costAfter: 600_000, driveBefore: .seconds(600), driveAfter: .seconds(480),
        metresBefore: 6000, metresAfter: 4800)

    /// Three riders, re-optimised every 300 s (local search).
    ///
    /// A (S0 → S2) and B (S1 → S2) are accepted by v0 at once; C (S1 → S2), ordered at 25250 s, is held.
    /// The round at 25300 s (`round`) moves B to v1 and places C on v1; the round at 25600 s changes
    /// nothing. v0 picks A up at 25330 s and drops A off at 25590 s; v1 picks B and C up at 25550 s and
    /// 25551 s, drops them off at 25690 s and 25691 s.
    static func reoptimisationRun(round: ReoptimisationRound = firstRound, bPickupLatest: Double = 25800)
        -> RunBuilder
    {
        let b = RunBuilder(vehicles: 2, requestCount: 3)
        let s0 = RunBuilder.stop(0), s1 = RunBuilder.stop(1), s2 = RunBuilder.stop(2)
        b.book(
            0, RunBuilder.request("A", at: 25200),
            RunBuilder.offer(from: 0, to: 2, earliest: 25300, latest: 25600, dropoffLatest: 26100), at: 25200)
        b.add(25200, .vehicleDeparted(vehicle: 0, at: RunBuilder.depot, occupancy: Occupancy()))
        b.book(
            1, RunBuilder.request("B", at: 25210, from: 1),
            RunBuilder.offer(from: 1, to: 2, earliest: 25400, latest: bPickupLatest, dropoffLatest: 26200, direct: 120),
            at: 25210)
        let c = RunBuilder.offer(from: 1, to: 2, earliest: 25400, latest: 25800, dropoffLatest: 26200, direct: 120)
        b.add(25250, .requested(request: 2, RunBuilder.request("C", at: 25250, from: 1)))
        b.add(25250, .offered(request: 2, offers: [c]))
        b.add(25250, .ordered(request: 2, offer: 0))
        b.add(25300, .reassigned(request: 1, from: 0, to: 1))
        b.add(25300, .accepted(request: 2, vehicle: 1))
        b.add(25300, .reoptimised(round))
        b.add(25300, .vehicleDeparted(vehicle: 1, at: RunBuilder.depot, occupancy: Occupancy()))
        b.add(
            25320,
            .vehicleArrived(vehicle: 0, at: s0, occupancy: Occupancy(), drivenMetres: 1112, driveTime: .seconds(120)))
        b.add(25330, .pickedUp(request: 0, vehicle: 0, at: s0))
        b.add(25340, .vehicleDeparted(vehicle: 0, at: s0, occupancy: Occupancy(seats: 1)))
        b.add(
            25540,
            .vehicleArrived(vehicle: 1, at: s1, occupancy: Occupancy(), drivenMetres: 2224, driveTime: .seconds(240)))
        b.add(25550, .pickedUp(request: 1, vehicle: 1, at: s1))
        b.add(25551, .pickedUp(request: 2, vehicle: 1, at: s1))
        b.add(25560, .vehicleDeparted(vehicle: 1, at: s1, occupancy: Occupancy(seats: 2)))
        b.add(
            25580,
            .vehicleArrived(
                vehicle: 0, at: s2, occupancy: Occupancy(seats: 1), drivenMetres: 2224, driveTime: .seconds(240)))
        b.add(25590, .droppedOff(request: 0, vehicle: 0, at: s2))
        b.add(25600, .reoptimised(ReoptimisationRound(method: .localSearch, outcome: .unchanged)))
        b.add(
            25680,
            .vehicleArrived(
                vehicle: 1, at: s2, occupancy: Occupancy(seats: 2), drivenMetres: 1112, driveTime: .seconds(120)))
        b.add(25690, .droppedOff(request: 1, vehicle: 1, at: s2))
        b.add(25691, .droppedOff(request: 2, vehicle: 1, at: s2))
        b.add(25700, .runEnded(unfinished: 0))
        return b
    }
}
