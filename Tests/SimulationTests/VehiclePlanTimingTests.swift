import Simulation
import Testing

/// Retiming a hand-made plan: arrivals, waits, departures, occupancies, deadlines and the locked stop.
@Suite("Vehicle plan timing")
struct VehiclePlanTimingTests {
    /// Places 0 (depot), 1, 2, 3. Times in seconds.
    let travel = MatrixTravel([
        [0, 100, 200, 300],
        [100, 0, 50, 400],
        [200, 50, 0, 60],
        [300, 400, 60, 0]
    ])
    static let one = Occupancy(seats: 1)

    func pickup(
        _ trip: Int32, at place: PlaceID, earliest: Double, latest: Double, dwell: Double = 10,
        demand: Occupancy = one
    ) -> PlannedStop {
        PlannedStop(
            place: place, trip: trip, isPickup: true, earliest: .seconds(earliest), latest: .seconds(latest),
            duration: .seconds(dwell), demand: demand)
    }

    func dropoff(
        _ trip: Int32, at place: PlaceID, promised: Double, maxRide: Double = 1e6, dwell: Double = 5,
        demand: Occupancy = one
    ) -> PlannedStop {
        PlannedStop(
            place: place, trip: trip, isPickup: false, earliest: .zero, latest: .seconds(promised),
            duration: .seconds(dwell), demand: demand, promisedLatest: .seconds(promised), maxRide: .seconds(maxRide))
    }

    /// Vehicle idle at 0 since t = 1000 s; trip 1 from 1 to 3, trip 2 from 2 to 3, pooled: P1 P2 D1 D2.
    func pooledPlan(now: Double = 1000) -> VehiclePlan {
        var plan = VehiclePlan(position: 0, idleSince: .seconds(1000), shiftEnd: .seconds(10_000))
        plan.insert(
            pickup: pickup(1, at: 1, earliest: 1000, latest: 1500), at: 0,
            dropoff: dropoff(1, at: 3, promised: 3000), before: 0, travel: travel, now: .seconds(now))
        plan.insert(
            pickup: pickup(2, at: 2, earliest: 1300, latest: 1600, demand: Occupancy(seats: 2)), at: 1,
            dropoff: dropoff(2, at: 3, promised: 3000, demand: Occupancy(seats: 2)), before: 2,
            travel: travel, now: .seconds(now))
        return plan
    }

    @Test("arrivals, waits, departures and occupancies follow the matrix")
    func retime() {
        let plan = pooledPlan()
        let s = plan.stops
        #expect(s.map(\.trip) == [1, 2, 1, 2])
        #expect(s.map(\.isPickup) == [true, true, false, false])
        // P1: 1000 + 100 = 1100 arrive, leave 1110.
        #expect(s[0].arrival == .seconds(1100) && s[0].departure == .seconds(1110))
        // P2: arrive 1110 + 50 = 1160, early: waits to 1300, leaves 1310.
        #expect(
            s[1].arrival == .seconds(1160) && s[1].serviceStart == .seconds(1300) && s[1].departure == .seconds(1310))
        // D1 at 3: 1310 + 60 = 1370, leave 1375; D2 at the same place: no drive, leave 1380.
        #expect(s[2].arrival == .seconds(1370) && s[2].departure == .seconds(1375))
        #expect(s[3].arrival == .seconds(1375) && s[3].departure == .seconds(1380))
        #expect(s.map(\.occupancyAfter) == [Occupancy(seats: 1), Occupancy(seats: 3), Occupancy(seats: 2), Occupancy()])
        #expect(plan.endTime == .seconds(1380))
        #expect(plan.endMaxDelay == .seconds(10_000 - 1380))
        #expect(!plan.isIdle && plan.anchorPlace == 0 && plan.anchorTime == .seconds(1000))
    }

    @Test("slack: the window nearest in time limits it, waiting adds to it")
    func maxDelayByHand() {
        let s = pooledPlan().stops
        // D1, D2: latest 3000 (promised); arrival 1370 / 1375. End slack 8620.
        #expect(s[3].maxDelay == .seconds(3000 - 1375))
        // D1's own window allows 1630, but delaying it delays D2, which allows only 1625.
        #expect(s[2].maxDelay == .seconds(3000 - 1375))
        // P2 held at its start 1300 (its earliest became 1300): wait 140 + D1's slack, capped by latest 1600 − 1160.
        #expect(s[1].earliest == .seconds(1300))
        #expect(s[1].maxDelay == .seconds(1600 - 1160))
        // P1: latest 1500 − 1100 = 400 < 0 wait + 440.
        #expect(s[0].maxDelay == .seconds(400))
    }

    @Test("an idle vehicle's anchor moves to now; planning in the past never starts before now")
    func idleAnchorMovesToNow() {
        let plan = pooledPlan(now: 1200)
        #expect(plan.idleSince == .seconds(1200))
        #expect(plan.stops[0].arrival == .seconds(1300))
    }

    @Test("a drop-off's deadline is the earlier of the promise and pickup start + maximum ride")
    func dropoffDeadline() {
        var plan = VehiclePlan(position: 0, idleSince: .seconds(1000), shiftEnd: .seconds(10_000))
        plan.insert(
            pickup: pickup(1, at: 1, earliest: 1200, latest: 1500), at: 0,
            dropoff: dropoff(1, at: 3, promised: 3000, maxRide: 450), before: 0, travel: travel, now: .seconds(1000))
        // Pickup starts at 1200 (waits from 1100): deadline 1650 < 3000.
        #expect(plan.stops[1].latest == .seconds(1650))
        // Drop-off arrival 1210 + 400 = 1610; slack 40; the pickup may slip by its wait 100 + 40.
        #expect(plan.stops[1].maxDelay == .seconds(40))
        #expect(plan.stops[0].maxDelay == .seconds(140))
        // The promise wins when it is earlier.
        var tight = VehiclePlan(position: 0, idleSince: .seconds(1000), shiftEnd: .seconds(10_000))
        tight.insert(
            pickup: pickup(1, at: 1, earliest: 1200, latest: 1500), at: 0,
            dropoff: dropoff(1, at: 3, promised: 1620, maxRide: 450), before: 0, travel: travel, now: .seconds(1000))
        #expect(tight.stops[1].latest == .seconds(1620))
    }

    @Test("the shift's end limits the slack of every stop")
    func shiftEndLimits() {
        var plan = VehiclePlan(position: 0, idleSince: .seconds(1000), shiftEnd: .seconds(1520))
        plan.insert(
            pickup: pickup(1, at: 1, earliest: 1000, latest: 5000), at: 0,
            dropoff: dropoff(1, at: 3, promised: 9000), before: 0, travel: travel, now: .seconds(1000))
        // 1100 → 1110 → 1510 → 1515: five seconds left.
        #expect(plan.endMaxDelay == .seconds(5))
        #expect(plan.stops.map(\.maxDelay) == [.seconds(5), .seconds(5)])
    }

    @Test("pickups are held: removing an earlier stop never brings a later pickup forward")
    func holdRule() {
        var plan = pooledPlan()
        let before = plan.stops[1].serviceStart
        // Make trip 2's pickup start driven by the drive, not its window: move trip 1 so P2 is not early.
        var late = VehiclePlan(position: 0, idleSince: .seconds(1000), shiftEnd: .seconds(10_000))
        late.insert(
            pickup: pickup(1, at: 3, earliest: 1000, latest: 2000), at: 0,
            dropoff: dropoff(1, at: 0, promised: 5000), before: 0, travel: travel, now: .seconds(1000))
        late.insert(
            pickup: pickup(2, at: 2, earliest: 1000, latest: 2000), at: 1,
            dropoff: dropoff(2, at: 1, promised: 5000), before: 2, travel: travel, now: .seconds(1000))
        // P1 at 3: 1300–1310; P2 at 2: 1370 → 1380; D1 at 0 …
        #expect(late.stops.map(\.trip) == [1, 2, 1, 2])
        let heldStart = late.stops[1].serviceStart
        #expect(heldStart == .seconds(1370))
        late.removeStops(ofTrip: 1, travel: travel, now: .seconds(1000))
        // Now the vehicle could be at 2 by 1200, but the rider was promised 1370 and the plan holds it.
        #expect(late.stops.count == 2)
        #expect(late.stops[0].arrival == .seconds(1200))
        #expect(late.stops[0].serviceStart == heldStart)
        #expect(late.stops[0].departure == heldStart + .seconds(10))
        // The pooled plan's P2 was early already; removing trip 1 leaves its start at 1300 too.
        plan.removeStops(ofTrip: 1, travel: travel, now: .seconds(1000))
        #expect(plan.stops[0].serviceStart == before)
    }

    @Test("lockNext takes the first stop out of the plan and the rest follows its departure")
    func lockNext() throws {
        var plan = pooledPlan()
        let first = plan.stops[0]
        let next = plan.lockNext(travel: travel, now: .seconds(1000))
        let locked = try #require(next)
        #expect(locked == first)
        #expect(plan.current == first)
        #expect(plan.position == 0)
        #expect(plan.anchorPlace == 1 && plan.anchorTime == .seconds(1110))
        #expect(plan.anchorOccupancy == Occupancy(seats: 1))
        #expect(plan.stops.map(\.trip) == [2, 1, 2])
        #expect(plan.stops[0].arrival == .seconds(1160))
        // The drop-off of the locked pickup's trip keeps its deadline from the locked pickup.
        #expect(plan.stops[1].latest == .seconds(3000))
        #expect(!plan.isIdle)
    }

    @Test("updateCurrent retimes the rest; finishCurrent makes the vehicle free where the stop was")
    func updateAndFinish() throws {
        var plan = pooledPlan()
        _ = plan.lockNext(travel: travel, now: .seconds(1000))
        // A longer stop: leave at 1400 instead of 1110.
        plan.updateCurrent({ $0.departure = .seconds(1400) }, travel: travel, now: .seconds(1100))
        #expect(plan.anchorTime == .seconds(1400))
        #expect(plan.stops[0].arrival == .seconds(1450))
        // P2 was held at 1300 but the vehicle is later now: it starts on arrival.
        #expect(plan.stops[0].serviceStart == .seconds(1450))
        plan.finishCurrent(at: .seconds(1400), travel: travel)
        #expect(plan.current == nil)
        #expect(plan.position == 1)
        #expect(plan.idleSince == .seconds(1400))
        #expect(plan.anchorPlace == 1 && plan.anchorTime == .seconds(1400))
        #expect(plan.stops[0].arrival == .seconds(1450))
        // Without a locked stop the on-board count is the plan's own.
        #expect(plan.anchorOccupancy == Occupancy())
    }

    @Test("updateCurrent on an idle plan changes nothing; lockNext on an empty plan returns nil")
    func idleEdgeCases() {
        var plan = VehiclePlan(position: 2, idleSince: .seconds(50), shiftEnd: .seconds(500))
        plan.updateCurrent({ $0.departure = .seconds(9999) }, travel: travel, now: .seconds(60))
        #expect(plan.current == nil)
        #expect(plan.lockNext(travel: travel, now: .seconds(60)) == nil)
        #expect(plan.isIdle && plan.anchorPlace == 2)
        #expect(plan.endMaxDelay == .seconds(450))
    }

    @Test("riderBoarded turns the ride limit into the drop-off's promise, kept after the pickup is done")
    func riderBoarded() throws {
        var plan = VehiclePlan(position: 0, idleSince: .seconds(1000), shiftEnd: .seconds(10_000))
        plan.insert(
            pickup: pickup(1, at: 1, earliest: 1000, latest: 1500), at: 0,
            dropoff: dropoff(1, at: 3, promised: 3000, maxRide: 600), before: 0, travel: travel, now: .seconds(1000))
        #expect(plan.stops[1].latest == .seconds(1700))
        _ = plan.lockNext(travel: travel, now: .seconds(1000))
        // The engine boards at the planned start, 1100.
        plan.riderBoarded(trip: 1, at: .seconds(1100), travel: travel, now: .seconds(1100))
        #expect(plan.stops[0].latest == .seconds(1700))
        #expect(plan.stops[0].promisedLatest == .seconds(1700))
        // Once the pickup is no longer in the plan, the deadline stays where boarding put it.
        plan.finishCurrent(at: .seconds(1140), travel: travel)
        #expect(plan.stops[0].latest == .seconds(1700))
        #expect(plan.stops[0].arrival == .seconds(1540))
        #expect(plan.stops[0].maxDelay == .seconds(160))
    }

    @Test("a rider boarding later than planned gets the ride limit from the actual boarding time")
    func riderBoardedLate() throws {
        var plan = VehiclePlan(position: 0, idleSince: .seconds(1000), shiftEnd: .seconds(10_000))
        plan.insert(
            pickup: pickup(1, at: 1, earliest: 1000, latest: 1500), at: 0,
            dropoff: dropoff(1, at: 3, promised: 3000, maxRide: 600), before: 0, travel: travel, now: .seconds(1000))
        _ = plan.lockNext(travel: travel, now: .seconds(1000))
        plan.riderBoarded(trip: 1, at: .seconds(1130), travel: travel, now: .seconds(1130))
        #expect(plan.stops[0].promisedLatest == .seconds(1730))
        #expect(plan.stops[0].latest == .seconds(1730))
    }
}
