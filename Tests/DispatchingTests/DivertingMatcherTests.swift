import RoadNetwork
import Simulation
import Testing

@testable import Dispatching

/// The pooling matcher on a plane, where driving vehicles may be turned off their legs: its grid
/// prunes with where each vehicle is at the query's time, and must never prune the best insertion.
@Suite("Pooling matcher with diversion on a plane")
struct DivertingMatcherTests {
    static let day = SimTime.hours(24)

    static func place(_ travel: PlaneTravelTime, _ x: Double, _ y: Double) -> PlaceID {
        travel.addPlace(PlaneTravelTime.point(x: x, y: y))
    }

    static func matcher(_ travel: PlaneTravelTime, vehicles: Int, cellUnits: Double) -> PoolingMatcher<PlaneTravelTime>
    {
        PoolingMatcher(
            travel: travel, projection: LocalProjection(origin: PlaneTravelTime.point(x: 5, y: 5)),
            bounds: (PlaneTravelTime.point(x: 0, y: 0), PlaneTravelTime.point(x: 10, y: 10)),
            vehicles: vehicles, cellSize: cellUnits * PlaneTravelTime.metresPerUnit, divertsMovingVehicles: true)
    }

    static func spec(
        trip: Int32, from p: PlaceID, to d: PlaceID, now: SimTime, wait: SimTime,
        travel: PlaneTravelTime
    ) -> TripSpec {
        let direct = travel.travelTime(from: p, to: d, at: now)
        return TripSpec(
            trip: trip, pickupPlace: p, dropoffPlace: d, pickupEarliest: now, pickupLatest: now + wait,
            dropoffLatest: now + wait + direct * 1.5, maxRide: day, demand: [Load.adult].demand,
            boarding: .zero, alighting: .zero, desiredDeparture: now, waitWeight: 0, rideWeight: 0)
    }

    @Test("a driving vehicle is a candidate only if where it is now can reach the pickup")
    func drivingVehicleJudgedByWhereItIsNow() {
        let travel = PlaneTravelTime(secondsPerUnit: 1000, capacity: 16)
        let start = Self.place(travel, 0, 0), goal = Self.place(travel, 10, 0), beyond = Self.place(travel, 10, 1)
        let type = VehicleType(name: "van", seats: 8)
        var plan = VehiclePlan(position: start, idleSince: .zero, shiftEnd: Self.day)
        let first = Self.spec(trip: 0, from: goal, to: beyond, now: .zero, wait: Self.day, travel: travel)
        plan.insert(
            pickup: first.pickupStop(), at: 0, dropoff: first.dropoffStop(), before: 0, travel: travel, now: .zero)
        _ = plan.lockNext(travel: travel, now: .zero)  // drives (0,0) → (10,0), 10,000 s
        let fleet = Fleet(
            specs: [
                VehicleSpec(
                    id: "v", type: type, start: PlaneTravelTime.point(x: 0, y: 0),
                    shiftStart: .zero, shiftEnd: Self.day)
            ], plans: [plan])
        var matcher = Self.matcher(travel, vehicles: 1, cellUnits: 1)
        matcher.planDidChange(vehicle: 0, fleet: fleet)
        let now = SimTime.seconds(8000)  // at (8, 0)
        // Behind it, where its leg began: 7.5 units away now, 3 units of wait.
        let behind = Self.spec(
            trip: 1, from: Self.place(travel, 0.5, 0), to: beyond, now: now, wait: .seconds(3000), travel: travel)
        #expect(matcher.candidateCount(for: behind, fleet: fleet, now: now) == 0)
        #expect(matcher.bestInsertion(of: behind, fleet: fleet, now: now) == nil)
        // Ahead of it, off the leg: 1.1 units away.
        let ahead = Self.spec(
            trip: 2, from: Self.place(travel, 9, 0.5), to: beyond, now: now, wait: .seconds(3000), travel: travel)
        #expect(matcher.candidateCount(for: ahead, fleet: fleet, now: now) == 1)
        #expect(matcher.bestInsertion(of: ahead, fleet: fleet, now: now)?.divertedAt != nil)
    }

    @Test("the grid never prunes the best insertion: 800 seeded fleets, many driving, against every vehicle searched")
    func prunedEqualsEveryVehicle() {
        var offers = 0, diverted = 0
        for seed in UInt64(1)...800 {
            var g = SeededGenerator(seed: seed)
            let travel = PlaneTravelTime(secondsPerUnit: 1000, capacity: 200)
            let places = (0..<40).map { _ in Self.place(travel, g.uniform(-0.5...10.5), g.uniform(-0.5...10.5)) }
            func anyPlace() -> PlaceID { places[Int(g.uniform(0...Double(places.count) - 0.001))] }
            let count = Int(g.uniform(3...20.999))
            let type = VehicleType(name: "van", seats: Int16(g.uniform(2...8.999)))
            var specs: [VehicleSpec] = [], plans: [VehiclePlan] = []
            for v in 0..<count {
                specs.append(
                    VehicleSpec(
                        id: "v\(v)", type: type, start: PlaneTravelTime.point(x: 5, y: 5),
                        shiftStart: .zero, shiftEnd: Self.day))
                var plan = VehiclePlan(position: anyPlace(), idleSince: .zero, shiftEnd: Self.day)
                for t in 0..<Int(g.uniform(0...3.999)) {
                    let s = Self.spec(
                        trip: Int32(100 * v + t), from: anyPlace(), to: anyPlace(), now: .zero,
                        wait: .seconds(g.uniform(0...6000)), travel: travel)
                    if let ins = InsertionSearch.best(
                        for: s, vehicle: Int32(v), plan: plan, capacity: type.capacity,
                        travel: travel, now: .zero)
                    {
                        plan.insert(
                            pickup: s.pickupStop(), at: ins.pickupIndex, dropoff: s.dropoffStop(),
                            before: ins.dropoffIndex, travel: travel, now: .zero)
                    }
                }
                plans.append(plan)
            }
            // Each vehicle sets out at once and is where its plan has it at `now`, as the engine keeps it.
            let now = SimTime.seconds(g.uniform(0...4000))
            for v in plans.indices { PlaneInstance.drive(&plans[v], until: now, travel: travel) }
            let fleet = Fleet(specs: specs, plans: plans)
            // Cells from a fifth of a unit (long cell walks) to three units.
            var matcher = Self.matcher(travel, vehicles: count, cellUnits: g.uniform(0.2...3))
            for v in 0..<count { matcher.planDidChange(vehicle: Int32(v), fleet: fleet) }
            let spec = Self.spec(
                trip: 9999, from: anyPlace(), to: anyPlace(), now: now, wait: .seconds(g.uniform(300...3000)),
                travel: travel)
            let pruned = matcher.bestInsertion(of: spec, fleet: fleet, now: now)
            var every: Insertion?
            for v in 0..<count {
                guard let c = matcher.bestInsertion(of: spec, into: Int32(v), fleet: fleet, now: now) else { continue }
                if every.map({ c.isBetter(than: $0) }) ?? true { every = c }
            }
            #expect(pruned == every, "seed \(seed)")
            if every != nil { offers += 1 }
            if every?.divertedAt != nil { diverted += 1 }
        }
        // Both outcomes and diversions must be common, or the comparison proves little.
        #expect(offers > 200 && offers < 760, "\(offers) offers")
        #expect(diverted > 50, "\(diverted) diverted")
    }

    @Test("a leg is indexed in every grid cell it crosses, also beyond the grid's edges", arguments: UInt64(1)...20)
    func legCellsCoverTheSegment(seed: UInt64) {
        var g = SeededGenerator(seed: seed)
        let cell = g.uniform(50...900)
        let grid = VehicleGrid(
            min: PlanePoint(x: 0, y: 0), max: PlanePoint(x: 5000, y: 4000), cellSize: cell, vehicles: 1)
        for _ in 0..<50 {
            let a = PlanePoint(x: g.uniform(-800...5800), y: g.uniform(-800...4800))
            // Some legs axis-parallel, some along cell borders: the walk's edge cases.
            let b: PlanePoint =
                switch Int(g.uniform(0...2.999)) {
                case 0: PlanePoint(x: a.x, y: g.uniform(-800...4800))
                case 1:
                    PlanePoint(x: (a.x / cell).rounded() * cell + 3 * cell, y: (a.y / cell).rounded() * cell + 2 * cell)
                default: PlanePoint(x: g.uniform(-800...5800), y: g.uniform(-800...4800))
                }
            var points: [(place: PlaceID, point: PlanePoint, leaves: SimTime)] = []
            grid.appendCellsCrossed(from: a, to: b, leaves: .zero, into: &points)
            let walked = points.map { grid.cell($0.point.x, $0.point.y) }
            // Every point of the leg lies in a walked cell, or on its border (rounding decides which
            // side a point exactly on a border falls; the grid's 1 m reach margin covers that).
            for k in 0...2000 {
                let f = Double(k) / 2000
                let p = PlanePoint(x: a.x + f * (b.x - a.x), y: a.y + f * (b.y - a.y))
                let near = walked.contains { Self.distance(from: p, toCell: $0, of: grid) < 1e-6 }
                #expect(near, "seed \(seed): (\(a.x), \(a.y)) → (\(b.x), \(b.y)) misses (\(p.x), \(p.y))")
            }
        }
    }

    /// Metres from `p` to grid cell `c` (border cells reach out to infinity, as the grid treats them).
    static func distance(from p: PlanePoint, toCell c: (Int, Int), of grid: VehicleGrid) -> Double {
        let low = (
            x: c.0 == 0 ? -Double.infinity : grid.originX + Double(c.0) * grid.cellSize,
            y: c.1 == 0 ? -Double.infinity : grid.originY + Double(c.1) * grid.cellSize
        )
        let high = (
            x: c.0 == grid.columns - 1 ? Double.infinity : grid.originX + Double(c.0 + 1) * grid.cellSize,
            y: c.1 == grid.rows - 1 ? Double.infinity : grid.originY + Double(c.1 + 1) * grid.cellSize
        )
        let dx = max(0, low.x - p.x, p.x - high.x), dy = max(0, low.y - p.y, p.y - high.y)
        return (dx * dx + dy * dy).squareRoot()
    }
}
