import Operations
import Simulation

extension RunWorld {
    /// The `minCostFlow` rebalancing policy for this world: square zones over the service area's
    /// envelope, each zone's target the stop nearest its centre inside it (door to door: the centre, if
    /// in the service area), travel times of the run's model at the moment of each rebalancing.
    func fleetOperator<Travel: TravelTimeModel>(_ travel: Travel) -> (any FleetOperator)? {
        let rules = setup.operations.rebalancing
        guard rules.strategy == .minCostFlow else { return nil }
        let zones = SquareZones(projection: area.projection, bounds: area.bounds, cellSize: rules.zoneSize)
        let targets: [PlaceID?] = (0..<zones.count).map { z in
            let centre = zones.centre(of: z)
            if let stopIndex {
                let near = stopIndex.stops(near: centre, within: rules.zoneSize)
                return near.first { zones.zone(of: setup.stops[$0.stop].point) == z }.map { setup.stopPlaces[$0.stop] }
            }
            return area.contains(centre) ? travel.addPlace(centre) : nil
        }
        let clock = RebalancingClock()
        let policy = ZonalRebalancer(
            zoneOf: { zones.zone(of: travel.point(of: $0)) }, targets: targets,
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
