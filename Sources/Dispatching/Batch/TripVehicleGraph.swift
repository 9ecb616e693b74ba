import Simulation

/// The request–vehicle and trip–vehicle graphs of one batch (Alonso-Mora et al., PNAS 2017):
/// which riders each vehicle could serve, and which groups of them ("trips") it could serve together,
/// each with the plan that serves them and its cost.
///
/// A vehicle's *base* plan is its plan without the batch's riders (its locked stop, the drop-offs of
/// riders on board and its operational stops stay). A trip of size k is built only if every trip of
/// size k − 1 inside it is feasible (the paper's pruning), by inserting each of its riders into the
/// plan of the others with the O(1)-per-check `InsertionSearch` and keeping the cheapest: exact for
/// one rider, the best of k insertion orders above (FleetPy's exhaustive search goes to 4 riders; the
/// insertion keeps each level linear in the trips of the level below).
struct TripVehicleGraph<Travel: TravelTimeModel> {
    /// One candidate trip of one vehicle: its riders (batch indices, sorted), plan and cost.
    struct Trip {
        var riders: [Int]
        var plan: VehiclePlan
        var cost: Int64
    }

    let travel: Travel
    let riders: [TripSpec]
    /// A batch rider's index by trip.
    let riderIndex: [Int32: Int]
    let now: SimTime
    /// Vehicles a rider is tried with: the cheapest single insertions, plus the vehicle it is in.
    let vehiclesPerRider: Int
    /// Riders a vehicle is tried with: those it holds now, then the cheapest others up to this many.
    let ridersPerVehicle: Int
    let maxTripSize: Int
    let maxTripsPerLevel: Int

    /// The rider–vehicle edges: for each vehicle, the riders it could take alone into its base plan,
    /// keeping for each rider only its `vehiclesPerRider` cheapest vehicles and its own, and for each
    /// vehicle the riders it holds now and its `ridersPerVehicle` cheapest others (ascending).
    func edges(bases: [VehiclePlan], fleet: Fleet, current: [Int32?]) -> [[Int]] {
        var byVehicle = Array(repeating: [(cost: Int64, rider: Int)](), count: bases.count)
        for (i, spec) in riders.enumerated() {
            var found: [(cost: Int64, vehicle: Int)] = []
            for v in bases.indices {
                guard
                    let insertion = InsertionSearch.best(
                        for: spec, vehicle: Int32(v), plan: bases[v], capacity: fleet.capacities[v], travel: travel,
                        now: now)
                else { continue }
                found.append((insertion.cost, v))
            }
            found.sort { ($0.cost, $0.vehicle) < ($1.cost, $1.vehicle) }
            var kept = found.prefix(vehiclesPerRider).map(\.vehicle)
            if let own = current[i].map(Int.init), !kept.contains(own), found.contains(where: { $0.vehicle == own }) {
                kept.append(own)
            }
            for v in kept { byVehicle[v].append((found.first { $0.vehicle == v }!.cost, i)) }
        }
        return byVehicle.enumerated().map { v, riders in
            let own = riders.filter { current[$0.rider] == Int32(v) }.map(\.rider)
            let others = riders.filter { current[$0.rider] != Int32(v) }.sorted {
                ($0.cost, $0.rider) < ($1.cost, $1.rider)
            }
            return (own + others.prefix(max(0, ridersPerVehicle - own.count)).map(\.rider)).sorted()
        }
    }

    /// Every trip of vehicle `v` up to `maxTripSize` riders among `candidates`, level by level.
    /// - Parameter candidates: the riders of the vehicle's edges, ascending.
    func trips(vehicle v: Int32, base: VehiclePlan, capacity: Capacity, candidates: [Int]) -> [Trip] {
        var all: [Trip] = []
        var level: [[Int]: Trip] = [:]
        for i in candidates {
            if let t = extend(nil, with: i, vehicle: v, base: base, capacity: capacity) { level[[i]] = t }
        }
        var size = 1
        while !level.isEmpty {
            let kept = Self.cheapest(level, maxTripsPerLevel)
            all += kept
            guard size < maxTripSize else { break }
            size += 1
            let below = Dictionary(uniqueKeysWithValues: kept.map { ($0.riders, $0) })
            var next: [[Int]: Trip] = [:]
            for t in kept {
                for i in candidates where i > t.riders.last! {
                    let key = t.riders + [i]
                    // Every sub-trip of size k − 1 must be feasible (and kept); each is tried as the base.
                    let subs = key.indices.map { d -> (added: Int, sub: Trip?) in
                        var rest = key
                        let added = rest.remove(at: d)
                        return (added, below[rest])
                    }
                    guard subs.allSatisfy({ $0.sub != nil }) else { continue }
                    var best: Trip?
                    for (added, sub) in subs {
                        guard let c = extend(sub, with: added, vehicle: v, base: base, capacity: capacity) else {
                            continue
                        }
                        if best.map({ c.cost < $0.cost }) ?? true { best = c }
                    }
                    if let best { next[key] = best }
                }
            }
            level = next
        }
        return all
    }

    /// The trip `trip` (or the base plan) with rider `i` inserted at its cheapest place; `nil` if it does not fit.
    private func extend(_ trip: Trip?, with i: Int, vehicle v: Int32, base: VehiclePlan, capacity: Capacity) -> Trip? {
        let plan = trip?.plan ?? base
        let spec = riders[i]
        guard
            let insertion = InsertionSearch.best(
                for: spec, vehicle: v, plan: plan, capacity: capacity, travel: travel, now: now)
        else { return nil }
        var grown = plan
        grown.insert(
            pickup: spec.pickupStop(), at: insertion.pickupIndex, dropoff: spec.dropoffStop(),
            before: insertion.dropoffIndex, travel: travel, now: now)
        guard grown.isFeasible else { return nil }
        let riders = ((trip?.riders ?? []) + [i]).sorted()
        return Trip(riders: riders, plan: grown, cost: cost(of: grown))
    }

    /// The dispatcher's cost of a plan (`VehiclePlan.plannedCost`) over the batch's riders.
    func cost(of plan: VehiclePlan) -> Int64 {
        plan.plannedCost(spec: { riderIndex[$0].map { riders[$0] } }).cost
    }

    /// The `limit` cheapest trips of a level, ties by riders (deterministic).
    private static func cheapest(_ level: [[Int]: Trip], _ limit: Int) -> [Trip] {
        // Sort the keys (not the trips, whose plans are costly to move).
        let keys = level.map { (cost: $0.value.cost, riders: $0.key) }.sorted { a, b in
            a.cost != b.cost ? a.cost < b.cost : a.riders.lexicographicallyPrecedes(b.riders)
        }
        return keys.prefix(limit).map { level[$0.riders]! }
    }
}
