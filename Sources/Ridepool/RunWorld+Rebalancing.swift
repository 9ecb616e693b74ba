import Operations
import Simulation

extension RunWorld {
    /// The `minCostFlow` rebalancing policy for this world: the scenario's zones GeoJSON, or square zones
    /// over the service area's envelope; each zone's target the stop nearest its centre inside it (door to
    /// door: the centre, if in the service area and the zone); travel times of the run's model at the
    /// moment of each rebalancing.
    func fleetOperator<Travel: TravelTimeModel>(_ travel: Travel) -> (any FleetOperator)? {
        let rules = setup.operations.rebalancing
        guard rules.strategy == .minCostFlow else { return nil }
        let square = SquareZones(projection: area.projection, bounds: area.bounds, cellSize: rules.zoneSize)
        let (count, zoneOf, centre): (Int, (GeoPoint) -> Int?, (Int) -> GeoPoint) =
            zones.map { map in (map.count, map.zone(of:), map.centre(of:)) }
            ?? (square.count, square.zone(of:), square.centre(of:))
        let reach = zones == nil ? rules.zoneSize : 100_000
        let targets: [PlaceID?] = (0..<count).map { z in
            let c = centre(z)
            if let stopIndex {
                let near = stopIndex.stops(near: c, within: reach)
                return near.first { zoneOf(setup.stops[$0.stop].point) == z }.map { setup.stopPlaces[$0.stop] }
            }
            return area.contains(c) && zoneOf(c) == z ? travel.addPlace(c) : nil
        }
        let clock = RebalancingClock()
        let policy = ZonalRebalancer(
            zoneOf: { zoneOf(travel.point(of: $0)) }, targets: targets,
            travelTime: { travel.travelTime(from: $0, to: $1, at: clock.now) }, maxTravel: rules.maxTravel)
        return TimedFleetOperator(base: policy, clock: clock)
    }
}

/// The moment of the rebalancing under way, for travel times by time of day.
private final class RebalancingClock {
    var now = SimTime.zero
}

/// A fleet operator that sets the clock its travel times read before each rebalancing.
private struct TimedFleetOperator<Base: FleetOperator>: FleetOperator {
    var base: Base
    let clock: RebalancingClock
    mutating func repositioning(_ snapshot: FleetSnapshot) -> [Reposition] {
        clock.now = snapshot.now
        return base.repositioning(snapshot)
    }
}
