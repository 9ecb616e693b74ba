import Simulation

/// The pooling matcher: prunes candidate vehicles with a spatial grid over their plans, then runs
/// the O(1)-per-check `InsertionSearch` on each candidate.
///
/// `bestInsertion` is `@inlinable` so that a run specialises it (and the insertion search) for its
/// concrete travel model: no dynamic dispatch per travel-time look-up.
public struct PoolingMatcher<Travel: TravelTimeModel>: Matcher {
    @usableFromInline let travel: Travel
    @usableFromInline let projection: LocalProjection
    @usableFromInline var grid: VehicleGrid
    @usableFromInline var planePoints: [PlanePoint] = []
    /// The last grid query and its answer: offers ask the same pickup with several drop-offs.
    @usableFromInline var lastQuery: (place: PlaceID, latest: SimTime, now: SimTime, generation: Int)?
    @usableFromInline var lastCandidates: [Int32] = []
    @usableFromInline var generation = 0
    /// Scratch storage for a vehicle's grid points (see `refreshGrid`).
    @usableFromInline var pointBuffer: [(place: PlaceID, point: PlanePoint, leaves: SimTime)] = []
    /// Vehicles whose plans changed since their points were last indexed (`isStale` by vehicle).
    @usableFromInline var staleVehicles: [Int32] = []
    @usableFromInline var isStale: [Bool]
    /// Whether a vehicle driving to its locked stop may be turned off its leg for a new trip (needs a
    /// travel model with `placeAlong`, a plane); see `PoolingMatcher+Diversion`.
    @usableFromInline let divertsMovingVehicles: Bool
    /// Counters for benchmarks (updated once per query), if any.
    @usableFromInline let stats: MatcherStats?
    /// When every query's pickup deadline is at most this far after its time: planned stops leaving
    /// later than this after a vehicle's anchor stay out of the grid (they cannot precede a pickup
    /// before the vehicle's plan changes again, which refreshes its points). `nil`: all stops.
    @usableFromInline let horizon: SimTime?
    /// Whether the grid holds a vehicle's planned stops besides where it is next free: only when the
    /// travel model's lower bound is tighter than the straight line (see `refinesStraightLineBound`);
    /// otherwise a stop within reach implies the anchor (or the driven leg) is, and one point suffices.
    @usableFromInline let indexesPlannedStops: Bool
    /// Whether the search is given the best cost found so far as a bound (`TravelTimeModel.isMetric`).
    @usableFromInline let prunesByCost: Bool

    /// - Parameter bounds: the service area's envelope (WGS84); the grid covers it with `cellSize` metres cells.
    public init(
        travel: Travel, projection: LocalProjection, bounds: (min: GeoPoint, max: GeoPoint),
        vehicles: Int, cellSize: Double = 1000, divertsMovingVehicles: Bool = false,
        stats: MatcherStats? = nil, horizon: SimTime? = nil
    ) {
        self.travel = travel
        self.divertsMovingVehicles = divertsMovingVehicles
        self.stats = stats
        self.horizon = horizon
        indexesPlannedStops = travel.refinesStraightLineBound
        prunesByCost = travel.isMetric
        self.projection = projection
        isStale = Array(repeating: false, count: vehicles)
        let a = projection.project(bounds.min), b = projection.project(bounds.max)
        grid = VehicleGrid(
            min: PlanePoint(x: min(a.x, b.x), y: min(a.y, b.y)),
            max: PlanePoint(x: max(a.x, b.x), y: max(a.y, b.y)),
            cellSize: cellSize, vehicles: vehicles)
    }

    @usableFromInline mutating func plane(_ place: PlaceID) -> PlanePoint {
        while planePoints.count <= Int(place) {
            planePoints.append(projection.project(travel.point(of: PlaceID(planePoints.count))))
        }
        return planePoints[Int(place)]
    }

    /// Marks `vehicle`'s grid points stale; the next query refreshes them. A vehicle's plan often
    /// changes several times between two queries (boarding, then leaving for the next stop), and
    /// only its last plan needs indexing.
    public mutating func planDidChange(vehicle: Int32, fleet: Fleet) {
        generation += 1
        if !isStale[Int(vehicle)] {
            isStale[Int(vehicle)] = true
            staleVehicles.append(vehicle)
        }
    }

    /// Re-indexes the vehicles whose plans changed since the last query.
    /// - Complexity: O(points) per stale vehicle.
    @usableFromInline mutating func refreshGrid(_ fleet: Fleet) {
        guard !staleVehicles.isEmpty else { return }
        // The points go into a reused buffer (no allocation per plan change).
        var points = pointBuffer
        pointBuffer = []
        for vehicle in staleVehicles {
            isStale[Int(vehicle)] = false
            points.removeAll(keepingCapacity: true)
            // Plain reads of the plan first (a closure that used `self` would copy the matcher).
            var leg: (from: PlaceID, to: PlaceID, start: SimTime, end: SimTime)?
            let horizon = horizon, diverts = divertsMovingVehicles, stopsToo = indexesPlannedStops
            fleet.withPlans { plans in
                guard plans[vehicle].endMaxDelay >= .zero else { return }
                let anchor = plans[vehicle].anchor
                if diverts, let c = plans[vehicle].current, let start = plans[vehicle].legStart {
                    leg = (plans[vehicle].position, c.place, start, c.arrival)
                }
                // Every later point is reached through the leg (when diverted) or the anchor.
                guard stopsToo || leg == nil else { return }
                points.append((anchor.place, PlanePoint(x: 0, y: 0), anchor.time))
                guard stopsToo else { return }
                let last = horizon.map { anchor.time + $0 } ?? .distantFuture
                for s in plans[vehicle].stops where s.departure <= last {
                    points.append((s.place, PlanePoint(x: 0, y: 0), s.departure))
                }
            }
            for k in points.indices { points[k].point = plane(points[k].place) }
            // A vehicle that may be turned off its leg: a point in every cell the leg crosses (no
            // place), and the leg itself, which the grid tests exactly. Where the vehicle is on the
            // leg at a query's `now` lies in one of those cells, so a query reaching it visits that cell.
            var driven: DrivenLeg?
            if let leg {
                driven = DrivenLeg(from: plane(leg.from), to: plane(leg.to), start: leg.start, end: leg.end)
                grid.appendCellsCrossed(from: driven!.from, to: driven!.to, leaves: leg.start, into: &points)
            }
            grid.update(vehicle: vehicle, points: points, leg: driven)
        }
        staleVehicles.removeAll(keepingCapacity: true)
        pointBuffer = points
    }

    /// - Complexity: the grid query plus O(n²) O(1)-checks per candidate vehicle with n planned stops.
    @inlinable
    public mutating func bestInsertion(of spec: TripSpec, fleet: Fleet, now: SimTime) -> Insertion? {
        let q = lastQuery
        let reusable =
            q?.place == spec.pickupPlace && q?.latest == spec.pickupLatest && q?.now == now
            && q?.generation == generation
        if !reusable {
            refreshGrid(fleet)
            lastCandidates = grid.candidates(
                near: plane(spec.pickupPlace), place: spec.pickupPlace,
                latest: spec.pickupLatest, now: now, travel: travel)
            lastQuery = (spec.pickupPlace, spec.pickupLatest, now, generation)
        }
        var best: Insertion?
        if let stats { stats.queries += 1; stats.vehicleSearches += lastCandidates.count }
        travel.focus(on: spec.pickupPlace, spec.dropoffPlace)
        // Plans are read in place (no copy of each candidate's plan; see `Fleet.withPlans`).
        // Locals: inside the closure, members of `self` would be read through a copy of the matcher.
        let travel = travel, diverts = divertsMovingVehicles, prunes = prunesByCost, candidates = lastCandidates
        fleet.withPlans { plans in
            for v in candidates {
                let c: Insertion?
                let bound = prunes ? best?.cost ?? .max : nil
                if diverts && plans[v].isDriving(at: now) {
                    c = Self.divertingInsertion(
                        of: spec, vehicle: v, in: plans, capacity: fleet.capacities[Int(v)],
                        travel: travel, now: now, costBound: bound)
                } else {
                    c = InsertionSearch.best(
                        for: spec, vehicle: v, in: plans,
                        capacity: fleet.capacities[Int(v)], travel: travel, now: now, costBound: bound)
                }
                guard let c else { continue }
                if best.map({ c.isBetter(than: $0) }) ?? true { best = c }
            }
        }
        return best
    }
}

/// The reference matcher: every vehicle, every insertion, simulated stop by stop.
public struct BruteForceMatcher<Travel: TravelTimeModel>: Matcher {
    private let travel: Travel
    public init(travel: Travel) { self.travel = travel }

    public mutating func planDidChange(vehicle: Int32, fleet: Fleet) {}

    public func bestInsertion(of spec: TripSpec, into vehicle: Int32, fleet: Fleet, now: SimTime) -> Insertion? {
        BruteForceInsertion.best(
            for: spec, vehicle: vehicle, plan: fleet.plans[Int(vehicle)],
            capacity: fleet.capacities[Int(vehicle)], travel: travel, now: now)
    }

    public mutating func bestInsertion(of spec: TripSpec, fleet: Fleet, now: SimTime) -> Insertion? {
        var best: Insertion?
        for v in 0..<fleet.count {
            guard
                let c = BruteForceInsertion.best(
                    for: spec, vehicle: Int32(v), plan: fleet.plans[v],
                    capacity: fleet.capacities[v], travel: travel, now: now)
            else { continue }
            if best.map({ c.isBetter(than: $0) }) ?? true { best = c }
        }
        return best
    }
}

extension PoolingMatcher {
    public func bestInsertion(of spec: TripSpec, into vehicle: Int32, fleet: Fleet, now: SimTime) -> Insertion? {
        if divertsMovingVehicles && fleet.plans[Int(vehicle)].isDriving(at: now) {
            return fleet.withPlans { plans in
                Self.divertingInsertion(
                    of: spec, vehicle: vehicle, in: plans,
                    capacity: fleet.capacities[Int(vehicle)], travel: travel, now: now, costBound: nil)
            }
        }
        return InsertionSearch.best(
            for: spec, vehicle: vehicle, plan: fleet.plans[Int(vehicle)],
            capacity: fleet.capacities[Int(vehicle)], travel: travel, now: now)
    }

    /// How many vehicles the grid would hand to the insertion search (for tests and benchmarks).
    public mutating func candidateCount(for spec: TripSpec, fleet: Fleet, now: SimTime) -> Int {
        refreshGrid(fleet)
        return grid.candidates(
            near: plane(spec.pickupPlace), place: spec.pickupPlace, latest: spec.pickupLatest, now: now,
            travel: travel
        ).count
    }
}
