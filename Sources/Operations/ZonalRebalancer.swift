import Simulation

/// Minimum-cost-flow rebalancing between zones (`RebalancingRules.Strategy.minCostFlow`).
///
/// Every interval, per zone: supply = the vehicles idle there now plus those that will be idle there
/// soon; expected demand = the expected pickups there. The total supply is shared over the zones in
/// proportion to expected demand (largest remainder, ties to the lower zone index), which is each
/// zone's target. A zone with more than its target sends away its surplus, `min(idle, supply −
/// target)`: only vehicles idle now can move (MATSim's `MinCostFlowRebalancingStrategy`); a zone with
/// less receives up to its deficit, `target − supply`. A `TransportationProblem` matches surplus to
/// deficit at minimum total travel time, and each unit of a zone-to-zone flow becomes the idle vehicle of
/// the sending zone nearest (by travel time) to the receiving zone's place.
///
/// Where we differ from MATSim (`MinCostFlowRebalancingStrategy`, `TransportProblem`,
/// `AggregatedMinCostRelocationCalculator`):
/// - targets are proportional shares of the supply, not `floor(α · demand + β)`: nothing to tune, and
///   the targets add up to the vehicles there are;
/// - costs are network travel times between the zones' places, not straight-line distances between
///   centroids, and no move is longer than `maxTravel`: zone pairs farther apart get no flow, and a
///   vehicle whose own drive to the receiving place is longer stays (so a flow may move fewer vehicles);
/// - the vehicle for a flow is chosen by travel time, not Euclidean distance, ties by vehicle id.
///
/// Zones without a place (`targets[z] == nil`) and places in no zone take no part: their vehicles are
/// neither counted nor moved, their pickups not counted. Vehicles that will be idle soon count as
/// supply and are never moved. The result is a function of the snapshot alone: deterministic.
public struct ZonalRebalancer: FleetOperator {
    private let zoneOf: (PlaceID) -> Int?
    private let targets: [PlaceID?]
    private let travelTime: (PlaceID, PlaceID) -> SimTime
    private let maxTravel: SimTime

    /// - Parameters:
    ///   - zoneOf: the zone of a travel-model place (an index into `targets`), nil if in none.
    ///   - targets: each zone's place, where the vehicles sent to it go; nil if the zone is not served.
    ///   - travelTime: the drive between two places.
    ///   - maxTravel: no vehicle is sent on a longer drive.
    public init(
        zoneOf: @escaping (PlaceID) -> Int?, targets: [PlaceID?], travelTime: @escaping (PlaceID, PlaceID) -> SimTime,
        maxTravel: SimTime
    ) {
        self.zoneOf = zoneOf
        self.targets = targets
        self.travelTime = travelTime
        self.maxTravel = maxTravel
    }

    public mutating func repositioning(_ snapshot: FleetSnapshot) -> [Reposition] {
        let zones = tally(snapshot)
        let target = Self.proportionalShares(of: zones.supply.reduce(0, +), by: zones.demand)
        let surplus = target.indices.map { max(0, min(zones.idle[$0].count, zones.supply[$0] - target[$0])) }
        let deficit = target.indices.map { max(0, target[$0] - zones.supply[$0]) }
        return vehicles(for: zoneFlows(surplus: surplus, deficit: deficit), idle: zones.idle)
    }

    /// Per served zone: its idle vehicles, its supply (idle and soon idle) and its expected pickups.
    private func tally(
        _ snapshot: FleetSnapshot
    ) -> (idle: [[(vehicle: Int32, place: PlaceID)]], supply: [Int], demand: [Int]) {
        var idle = [[(vehicle: Int32, place: PlaceID)]](repeating: [], count: targets.count)
        var supply = [Int](repeating: 0, count: targets.count), demand = supply
        for v in snapshot.idle {
            guard let z = servedZone(of: v.place) else { continue }
            idle[z].append(v)
            supply[z] += 1
        }
        for v in snapshot.soonIdle {
            if let z = servedZone(of: v.place) { supply[z] += 1 }
        }
        for place in snapshot.expectedPickups {
            if let z = servedZone(of: place) { demand[z] += 1 }
        }
        return (idle, supply, demand)
    }

    /// The transportation problem between the zones with a surplus and those with a deficit, at the
    /// travel time between their places, over pairs no farther apart than `maxTravel`.
    private func zoneFlows(surplus: [Int], deficit: [Int]) -> [(from: Int, to: Int, units: Int)] {
        let senders = surplus.indices.filter { surplus[$0] > 0 }
        let receivers = deficit.indices.filter { deficit[$0] > 0 }
        let flows = TransportationProblem.solve(
            supply: senders.map { surplus[$0] }, demand: receivers.map { deficit[$0] }
        ) { i, j in
            let a = senders[i], b = receivers[j]
            guard a != b, let from = targets[a], let to = targets[b] else { return nil }
            let t = travelTime(from, to)
            return t <= maxTravel ? t.ms : nil
        }
        return flows.map { (senders[$0.from], receivers[$0.to], $0.units) }
    }

    /// Each flow's units as the sending zone's idle vehicles nearest to the receiving zone's place (ties
    /// by vehicle id), each vehicle once, none on a drive longer than `maxTravel`; sorted by vehicle id.
    /// Flows are taken in (from, to) order, so a zone's first flow picks first: a greedy choice, not a
    /// joint assignment of a zone's vehicles to its flows.
    private func vehicles(
        for flows: [(from: Int, to: Int, units: Int)], idle: [[(vehicle: Int32, place: PlaceID)]]
    ) -> [Reposition] {
        var moves: [Reposition] = []
        var moved = Set<Int32>()
        for flow in flows {
            let destination = targets[flow.to]!
            let candidates = idle[flow.from]
                .filter { !moved.contains($0.vehicle) }
                .map { (vehicle: $0.vehicle, time: travelTime($0.place, destination)) }
                .filter { $0.time <= maxTravel }
                .sorted { ($0.time, $0.vehicle) < ($1.time, $1.vehicle) }
            for c in candidates.prefix(flow.units) {
                moved.insert(c.vehicle)
                moves.append(Reposition(vehicle: c.vehicle, place: destination))
            }
        }
        return moves.sorted { $0.vehicle < $1.vehicle }
    }

    /// The zone of `place` if it is one with a place of its own.
    private func servedZone(of place: PlaceID) -> Int? {
        guard let z = zoneOf(place), targets.indices.contains(z), targets[z] != nil else { return nil }
        return z
    }

    /// `total` shared in proportion to `weights` by largest remainder: each share is the floor of its
    /// quota, and the units left go one each to the largest remainders, ties to the lower index. The
    /// shares add up to `total` (unless every weight is zero: then all are zero); a zero weight gets zero.
    static func proportionalShares(of total: Int, by weights: [Int]) -> [Int] {
        let sum = weights.reduce(0, +)
        guard sum > 0 else { return weights.map { _ in 0 } }
        var shares = weights.map { total * $0 / sum }
        let remainders = weights.map { total * $0 % sum }
        let left = total - shares.reduce(0, +)
        let order = weights.indices.sorted { (-remainders[$0], $0) < (-remainders[$1], $1) }
        for i in order.prefix(left) { shares[i] += 1 }
        return shares
    }
}
