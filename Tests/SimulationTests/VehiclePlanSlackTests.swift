import Simulation
import Testing

/// `maxDelay` against an independent brute force, and retime's invariants, over seeded random plans.
@Suite("Vehicle plan slack")
struct VehiclePlanSlackTests {
    /// A random plan built by inserting trips at random positions, sometimes with a locked stop.
    static func randomPlan(seed: UInt64, hourlyFactors: [Double]? = nil) -> (
        plan: VehiclePlan, travel: MatrixTravel, now: SimTime
    ) {
        var g = SeededGenerator(seed: seed)
        let places = 6
        let travel = MatrixTravel(places: places, generator: &g)
        travel.hourlyFactors = hourlyFactors
        let now = SimTime.seconds(g.uniform(0...3600).rounded())
        var plan = VehiclePlan(
            position: PlaceID(g.uniform(0...5.999)), idleSince: now - .seconds(g.uniform(0...300).rounded()),
            shiftEnd: now + .seconds(g.uniform(4000...15_000).rounded()))
        let trips = Int(g.uniform(1...5.999))
        for t in 0..<trips {
            let p = PlaceID(g.uniform(0...5.999)), d = PlaceID(g.uniform(0...5.999))
            let earliest = now + .seconds(g.uniform(0...2500).rounded())
            let latest = earliest + .seconds(g.uniform(300...5000).rounded())
            let maxRide = SimTime.seconds(g.uniform(900...5000).rounded())
            let demand = Occupancy(seats: Int16(g.uniform(1...2.999)))
            let pickup = PlannedStop(
                place: p, trip: Int32(t), isPickup: true, earliest: earliest, latest: latest,
                duration: .seconds(g.uniform(0...120).rounded()), demand: demand)
            let promised = latest + .seconds(g.uniform(0...4000).rounded())
            let dropoff = PlannedStop(
                place: d, trip: Int32(t), isPickup: false, earliest: .zero, latest: promised,
                duration: .seconds(g.uniform(0...60).rounded()), demand: demand,
                promisedLatest: promised, maxRide: maxRide)
            let i = Int(g.uniform(0...Double(plan.stops.count) + 0.999))
            let j = Int(g.uniform(Double(i)...Double(plan.stops.count) + 0.999))
            plan.insert(pickup: pickup, at: i, dropoff: dropoff, before: j, travel: travel, now: now)
        }
        if g.unit() < 0.4 { _ = plan.lockNext(travel: travel, now: now) }
        return (plan, travel, now)
    }

    /// Whether arriving at stop k `delay` later than planned keeps every window from k on and the shift's end,
    /// simulated stop by stop with the plan's own windows.
    static func feasible(_ plan: VehiclePlan, from k: Int, delay: SimTime, travel: MatrixTravel) -> Bool {
        let stops = plan.stops
        var arrival = stops[k].arrival + delay, departure = SimTime.zero
        for j in k..<stops.count {
            if j > k {
                arrival = departure + travel.travelTime(from: stops[j - 1].place, to: stops[j].place, at: departure)
            }
            let start = max(arrival, stops[j].earliest)
            if start > stops[j].latest { return false }
            departure = start + stops[j].duration
        }
        return departure <= plan.shiftEnd
    }

    /// The largest delay (ms) that keeps stop k's suffix feasible: doubling, then bisection.
    static func bruteMaxDelay(_ plan: VehiclePlan, from k: Int, travel: MatrixTravel) -> SimTime? {
        guard feasible(plan, from: k, delay: .zero, travel: travel) else { return nil }
        var lo: Int64 = 0, hi: Int64 = 1
        while feasible(plan, from: k, delay: SimTime(ms: hi), travel: travel) { lo = hi; hi *= 2 }
        while hi - lo > 1 {
            let mid = (lo + hi) / 2
            if feasible(plan, from: k, delay: SimTime(ms: mid), travel: travel) { lo = mid } else { hi = mid }
        }
        return SimTime(ms: lo)
    }

    @Test("maxDelay of every stop equals the brute-force largest delay over 2,000 seeded plans")
    func maxDelayEqualsBruteForce() {
        var compared = 0, mismatches: [String] = []
        for seed in UInt64(1)...2000 {
            let (plan, travel, _) = Self.randomPlan(seed: seed)
            for k in plan.stops.indices {
                guard let want = Self.bruteMaxDelay(plan, from: k, travel: travel) else { continue }
                compared += 1
                if plan.stops[k].maxDelay != want {
                    mismatches.append(
                        "seed \(seed) stop \(k): \(plan.stops[k].maxDelay.ms) ms, brute force \(want.ms) ms")
                }
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
        #expect(compared > 4000, "only \(compared) feasible stops compared")
    }

    @Test("retime chains arrivals, holds pickups, tracks occupancy and deadlines over 500 seeded plans")
    func retimeInvariants() {
        var problems: [String] = []
        func check(_ ok: Bool, _ what: @autoclosure () -> String) { if !ok { problems.append(what()) } }
        for seed in UInt64(5001)...5500 {
            let (plan, travel, now) = Self.randomPlan(seed: seed)
            var t = plan.current?.departure ?? max(plan.idleSince, now), place = plan.anchorPlace
            var occupancy = plan.anchorOccupancy
            var pickupStart: [Int32: SimTime] = [:]
            if let c = plan.current, c.isPickup { pickupStart[c.trip] = c.serviceStart }
            for (k, s) in plan.stops.enumerated() {
                check(
                    s.arrival == t + travel.travelTime(from: place, to: s.place, at: t),
                    "seed \(seed) stop \(k) arrival")
                check(s.departure == max(s.arrival, s.earliest) + s.duration, "seed \(seed) stop \(k) departure")
                if s.isPickup {
                    check(s.earliest == s.serviceStart, "seed \(seed) stop \(k) pickup not held")
                    pickupStart[s.trip] = s.serviceStart
                    occupancy += s.demand
                } else {
                    occupancy -= s.demand
                    if let p = pickupStart[s.trip] {
                        check(s.latest == min(s.promisedLatest, p + s.maxRide), "seed \(seed) stop \(k) deadline")
                    }
                }
                check(s.occupancyAfter == occupancy, "seed \(seed) stop \(k) occupancy")
                t = s.departure; place = s.place
            }
            check(plan.endTime == t, "seed \(seed) end time")
            check(plan.endMaxDelay == plan.shiftEnd - t, "seed \(seed) end slack")
        }
        #expect(problems.isEmpty, "\(problems.prefix(5))")
    }

    @Test("retiming twice changes nothing (held pickups are a fixed point)")
    func retimeIdempotent() {
        for seed in UInt64(7001)...7200 {
            var (plan, travel, now) = Self.randomPlan(seed: seed)
            let before = plan.stops
            plan.retime(travel, now: now)
            #expect(plan.stops == before, "seed \(seed)")
        }
    }

    @Test("removing a trip never makes a remaining pickup start earlier, over 500 seeded plans")
    func removalKeepsPickups() {
        var checked = 0
        for seed in UInt64(9001)...9500 {
            var (plan, travel, now) = Self.randomPlan(seed: seed)
            guard let victim = plan.stops.first?.trip else { continue }
            let starts = Dictionary(
                plan.stops.filter(\.isPickup).map { ($0.trip, $0.serviceStart) }, uniquingKeysWith: { a, _ in a })
            plan.removeStops(ofTrip: victim, travel: travel, now: now)
            #expect(!plan.stops.contains { $0.trip == victim })
            for s in plan.stops where s.isPickup {
                #expect(s.serviceStart >= starts[s.trip]!, "seed \(seed) trip \(s.trip)")
                checked += 1
            }
        }
        #expect(checked > 300)
    }

    @Test(
        "removing a trip never makes any remaining stop start later, time-of-day travel times included",
        arguments: [
            nil,
            [
                1.0, 1.5, 0.8, 1.3, 2.0, 0.9, 1.2, 1.6, 1.0, 1.4, 0.7, 1.1, 1.0, 1.5, 0.8, 1.3, 2.0, 0.9, 1.2, 1.6, 1.0,
                1.4, 0.7, 1.1
            ]
        ])
    func removalNeverDelays(hourlyFactors: [Double]?) {
        var checked = 0
        for seed in UInt64(9501)...10_500 {
            var (plan, travel, now) = Self.randomPlan(seed: seed, hourlyFactors: hourlyFactors)
            for victim in Set(plan.stops.map(\.trip)).sorted() {
                var after = plan
                let starts = plan.stops.map { ($0.trip, $0.isPickup, $0.serviceStart) }
                after.removeStops(ofTrip: victim, travel: travel, now: now)
                for s in after.stops {
                    let before = starts.first { $0.0 == s.trip && $0.1 == s.isPickup }!.2
                    #expect(
                        s.serviceStart <= before,
                        "seed \(seed) removing \(victim): trip \(s.trip) now \(s.serviceStart), was \(before)")
                    checked += 1
                }
            }
            _ = plan.lockNext(travel: travel, now: now)
        }
        #expect(checked > 2000)
    }
}
