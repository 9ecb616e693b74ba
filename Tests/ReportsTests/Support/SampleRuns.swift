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

extension SampleRuns {
    static let shuttle = VehicleType(name: "shuttle", seats: 4, boardingAuthentication: true)
    /// Where v0 halts when it breaks down: a quarter of the way from S0 to S1 (≈ 278 m).
    static let breakdownPoint = StopRef(stop: -1, point: GeoPoint(lat: 52.5225, lon: 13.4))

    /// Two shuttles that need boarding authentication; v0 breaks down at 25445 s and is repaired 600 s later.
    ///
    /// Orders decided 3, 5, 4, 2 and 1 s after they were placed. A (S0 → S2, v0) authenticates in 20 s and
    /// is on board when v0 breaks down: terminated there. B (S1 → S2) moves from v0 to v1, authenticates
    /// in 25 s and is fulfilled. C is rejected at dispatch. D (S1 → S2, v1) does not authenticate: a
    /// no-show. E (S1 → S2, v0) is terminated at its pickup (no vehicle takes it over).
    static func breakdownRun() -> RunBuilder {
        let b = RunBuilder(type: shuttle, vehicles: 2, requestCount: 5)
        let fromS1 = RunBuilder.offer(from: 1, to: 2, earliest: 25400, latest: 25800, dropoffLatest: 26000, direct: 120)
        b.book(
            0, RunBuilder.request("A", at: 25200),
            RunBuilder.offer(from: 0, to: 2, earliest: 25260, latest: 25500, dropoffLatest: 26100), at: 25200,
            latency: 3)
        b.book(1, RunBuilder.request("B", at: 25210, from: 1), fromS1, at: 25210, latency: 5)
        b.add(25220, .requested(request: 2, RunBuilder.request("C", at: 25220)))
        b.add(
            25220,
            .offered(
                request: 2, offers: [RunBuilder.offer(earliest: 25300, latest: 25700, dropoffLatest: 26200)]))
        b.add(25220, .ordered(request: 2, offer: 0))
        b.add(25224, .rejected(request: 2, reason: .fleetSaturated))
        b.book(3, RunBuilder.request("D", at: 25230, from: 1), fromS1, at: 25230, latency: 2, vehicle: 1)
        b.book(4, RunBuilder.request("E", at: 25240, from: 1), fromS1, at: 25240, latency: 1)
        b.drive(
            from: RunBuilder.depot, at: 25245, to: RunBuilder.stop(0), arrive: 25365, metres: 1112, occ: Occupancy())
        b.add(25365, .readyForBoardingAuthentication(request: 0, vehicle: 0, at: RunBuilder.stop(0)))
        b.add(25385, .boardingAuthenticated(request: 0, vehicle: 0))
        b.add(25390, .pickedUp(request: 0, vehicle: 0, at: RunBuilder.stop(0)))
        b.drive(
            from: RunBuilder.stop(0), at: 25395, to: breakdownPoint, arrive: 25445, metres: 278,
            occ: Occupancy(seats: 1))
        b.add(25445, .vehicleBrokeDown(vehicle: 0, at: breakdownPoint))
        b.add(25445, .terminated(request: 0, vehicle: 0, at: breakdownPoint, cause: .vehicleBreakdown))
        b.add(25445, .reassigned(request: 1, from: 0, to: 1))
        b.add(25445, .terminated(request: 4, vehicle: 0, at: RunBuilder.stop(1), cause: .vehicleBreakdown))
        b.drive(
            from: RunBuilder.depot, at: 25450, to: RunBuilder.stop(1), arrive: 25680, metres: 2224, occ: Occupancy(),
            vehicle: 1)
        b.add(25680, .readyForBoardingAuthentication(request: 1, vehicle: 1, at: RunBuilder.stop(1)))
        b.add(25680, .readyForBoardingAuthentication(request: 3, vehicle: 1, at: RunBuilder.stop(1)))
        b.add(25705, .boardingAuthenticated(request: 1, vehicle: 1))
        b.add(25706, .pickedUp(request: 1, vehicle: 1, at: RunBuilder.stop(1)))
        b.add(25708, .noShow(request: 3, vehicle: 1, at: RunBuilder.stop(1)))
        b.drive(
            from: RunBuilder.stop(1), at: 25710, to: RunBuilder.stop(2), arrive: 25830, metres: 1112,
            occ: Occupancy(seats: 1), vehicle: 1)
        b.add(25835, .droppedOff(request: 1, vehicle: 1, at: RunBuilder.stop(2)))
        b.add(26045, .vehicleRepaired(vehicle: 0))
        b.add(26100, .runEnded(unfinished: 0))
        return b
    }
}
