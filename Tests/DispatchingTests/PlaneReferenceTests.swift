import RoadNetwork
import Simulation
import Testing

@testable import Dispatching

/// The fast paths that only hold with metric travel (a plane) against references that share none of
/// their shortcuts: the cost bound and the triangle-inequality pruning of `InsertionSearch`, and the
/// diversion of a driving vehicle from where it is, against a brute force that locates the vehicle
/// from its leg's coordinates and simulates every candidate route stop by stop.
@Suite("Plane fast paths against brute force")
struct PlaneReferenceTests {
    @Test(
        "with a cost bound, the metric search returns the brute-force best whenever it costs no more than the bound, over 1,500 seeded fleets"
    )
    func costBoundedSearchEqualsBruteForce() {
        var compared = 0, withinBound = 0, beyondBound = 0
        for seed in UInt64(1)...1500 {
            var inst = PlaneInstance(seed: seed)
            for v in 0..<inst.fleet.count {
                let plan = inst.fleet.plans[v], capacity = inst.fleet.capacities[v]
                let slow = BruteForceInsertion.best(
                    for: inst.spec, vehicle: Int32(v), plan: plan, capacity: capacity,
                    travel: inst.travel, now: inst.now)
                // Bounds below, at and above the best cost, and none at all.
                let bound: Int64 =
                    switch inst.g.pick(weights: [2, 1, 2, 1]) {
                    case 0: Int64(Double(slow?.cost ?? 10_000) * inst.g.uniform(0...0.999))
                    case 1: slow?.cost ?? 0
                    case 2: Int64(Double(slow?.cost ?? 10_000) * inst.g.uniform(1.001...3))
                    default: .max
                    }
                let fast = InsertionSearch.best(
                    for: inst.spec, vehicle: Int32(v), plan: plan, capacity: capacity,
                    travel: inst.travel, now: inst.now, costBound: bound)
                compared += 1
                guard let slow else {
                    #expect(fast == nil, "seed \(seed) vehicle \(v): the fast search found what brute force did not")
                    continue
                }
                if slow.cost <= bound {
                    withinBound += 1
                    #expect(fast == slow, "seed \(seed) vehicle \(v) bound \(bound)")
                } else if let fast {
                    // Beyond the bound the search may give up; what it does return must be real.
                    beyondBound += 1
                    #expect(fast.cost >= slow.cost, "seed \(seed) vehicle \(v)")
                    #expect(Self.simulatedCost(fast, inst: inst, vehicle: v) == fast.cost, "seed \(seed) vehicle \(v)")
                } else {
                    beyondBound += 1
                }
            }
        }
        // Both sides of the bound must be common, or the comparison proves little.
        #expect(
            withinBound > compared / 10 && beyondBound > compared / 20,
            "\(withinBound) within, \(beyondBound) beyond, of \(compared)")
    }

    @Test("a driving vehicle's insertion equals brute force from where it is now, over 1,200 seeded fleets")
    func divertingInsertionEqualsBruteForceFromWhereItIs() {
        var driving = 0, found = 0, diverted = 0
        for seed in UInt64(20_001)...21_200 {
            let inst = PlaneInstance(seed: seed)
            let matcher = PoolingMatcher(
                travel: inst.travel, projection: LocalProjection(origin: PlaneTravelTime.point(x: 5, y: 5)),
                bounds: (PlaneTravelTime.point(x: 0, y: 0), PlaneTravelTime.point(x: 10, y: 10)),
                vehicles: inst.fleet.count, cellSize: PlaneTravelTime.metresPerUnit,
                divertsMovingVehicles: true)
            for v in 0..<inst.fleet.count where inst.fleet.plans[v].isDriving(at: inst.now) {
                driving += 1
                let fast = matcher.bestInsertion(of: inst.spec, into: Int32(v), fleet: inst.fleet, now: inst.now)
                let slow = Self.bruteForceDiverting(inst, vehicle: v)
                #expect(
                    (fast == nil) == (slow == nil),
                    "seed \(seed) vehicle \(v): \(String(describing: fast)) vs \(String(describing: slow))")
                guard let fast, let slow else { continue }
                found += 1
                if slow.divertedAt != nil { diverted += 1 }
                // Where the vehicle is now is computed twice (the matcher's `placeAlong`, the reference's
                // own interpolation): the two may differ in the last bit, so a leg may round to a
                // millisecond more or less. Costs and times agree within 2 ms; positions agree unless
                // two positions tie within that margin.
                #expect(abs(fast.cost - slow.cost) <= 2, "seed \(seed) vehicle \(v): \(fast) vs \(slow)")
                #expect(
                    abs((fast.pickupTime - slow.pickupTime).ms) <= 2
                        && abs((fast.dropoffTime - slow.dropoffTime).ms) <= 2,
                    "seed \(seed) vehicle \(v): \(fast) vs \(slow)")
                if fast.pickupIndex != slow.pickupIndex || fast.dropoffIndex != slow.dropoffIndex
                    || (fast.divertedAt == nil) != (slow.divertedAt == nil)
                {
                    #expect(
                        Self.hasNearTie(inst, vehicle: v, to: fast.cost),
                        "seed \(seed) vehicle \(v): \(fast) vs \(slow)")
                }
                if let a = fast.divertedAt, let b = slow.divertedAt {
                    #expect(abs(a.lat - b.lat) < 1e-9 && abs(a.lon - b.lon) < 1e-9, "seed \(seed) vehicle \(v)")
                }
            }
        }
        #expect(
            driving > 1500 && found > driving / 4 && diverted > found / 10,
            "\(driving) driving, \(found) with an insertion, \(diverted) diverted")
    }

    // MARK: - The references

    /// The cost of `insertion` into vehicle `v` simulated stop by stop (nil if infeasible).
    static func simulatedCost(_ insertion: Insertion, inst: PlaneInstance, vehicle v: Int) -> Int64? {
        let plan = inst.fleet.plans[v]
        let route = VehiclePlan.inserting(
            inst.spec.pickupStop(), at: insertion.pickupIndex, inst.spec.dropoffStop(),
            before: insertion.dropoffIndex, into: plan.stops)
        guard
            let r = BruteForceInsertion.simulate(
                route, plan: plan, start: max(plan.anchorTime, inst.now), spec: inst.spec,
                capacity: inst.fleet.capacities[v], travel: inst.travel)
        else { return nil }
        let oldDrive = plan.stops.reduce(SimTime.zero) { $0 + $1.legTime! }
        return inst.spec.cost(addedDrive: r.drive - oldDrive, pickup: r.pickup, dropoff: r.dropoff)
    }

    /// Every insertion into driving vehicle `v` from where it is now, priced by simulation.
    ///
    /// The vehicle's point is interpolated from its leg's end points by the share of the leg's time
    /// gone; the stop it drives to becomes an ordinary first stop, its leg timed afresh from there.
    static func candidatesDiverting(_ inst: PlaneInstance, vehicle v: Int) -> [Insertion] {
        let plan = inst.fleet.plans[v]
        guard var head = plan.current, let leg = head.legTime else { return [] }
        let from = inst.travel.point(of: plan.position), to = inst.travel.point(of: head.place)
        let share = Double((inst.now - (head.arrival - leg)).ms) / Double(leg.ms)
        let here = GeoPoint(lat: from.lat + share * (to.lat - from.lat), lon: from.lon + share * (to.lon - from.lon))
        let herePlace = inst.travel.addPlace(here)
        head.legTime = nil
        var anchor = VehiclePlan(position: herePlace, idleSince: inst.now, shiftEnd: plan.shiftEnd)
        anchor.onboard = plan.onboard
        let stops = [head] + plan.stops
        let oldDrive =
            inst.travel.travelTime(from: herePlace, to: head.place, at: inst.now)
            + plan.stops.reduce(SimTime.zero) { $0 + $1.legTime! }
        var found: [Insertion] = []
        for i in 0...stops.count {
            for j in i...stops.count {
                let route = VehiclePlan.inserting(
                    inst.spec.pickupStop(), at: i, inst.spec.dropoffStop(), before: j, into: stops)
                guard
                    let r = BruteForceInsertion.simulate(
                        route, plan: anchor, start: inst.now, spec: inst.spec,
                        capacity: inst.fleet.capacities[v], travel: inst.travel)
                else { continue }
                // Index 0 goes before the stop it drives to (a diversion); later ones are plan indices.
                var c = Insertion(
                    vehicle: Int32(v), pickupIndex: max(0, i - 1), dropoffIndex: max(0, j - 1),
                    cost: inst.spec.cost(addedDrive: r.drive - oldDrive, pickup: r.pickup, dropoff: r.dropoff),
                    pickupTime: r.pickup, dropoffTime: r.dropoff)
                if i == 0 { c.divertedAt = here; c.dropoffIndex = j }
                found.append(c)
            }
        }
        return found
    }

    static func bruteForceDiverting(_ inst: PlaneInstance, vehicle v: Int) -> Insertion? {
        candidatesDiverting(inst, vehicle: v).min {
            ($0.cost, $0.divertedAt == nil ? 1 : 0, $0.pickupIndex, $0.dropoffIndex)
                < ($1.cost, $1.divertedAt == nil ? 1 : 0, $1.pickupIndex, $1.dropoffIndex)
        }
    }

    /// Whether two different insertions into `v` cost within 2 ms of `cost` (a tie the rounding may break either way).
    static func hasNearTie(_ inst: PlaneInstance, vehicle v: Int, to cost: Int64) -> Bool {
        candidatesDiverting(inst, vehicle: v).filter { abs($0.cost - cost) <= 2 }.count >= 2
    }
}
