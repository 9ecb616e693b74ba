import Dispatching
import RoadNetwork
import Simulation

// The engine reaches its matcher through the `Matcher` protocol once per query. These concrete
// wrappers make the compiler specialise the (inlinable) pooling matcher and insertion search for
// each travel model, so that the millions of travel-time look-ups inside are direct calls.

/// The pooling matcher specialised for the road network.
struct NetworkPoolingMatcher: Matcher {
    var base: PoolingMatcher<NetworkTravelTime>
    mutating func bestInsertion(of spec: TripSpec, fleet: Fleet, now: SimTime) -> Insertion? {
        base.bestInsertion(of: spec, fleet: fleet, now: now)
    }
    func bestInsertion(of spec: TripSpec, into vehicle: Int32, fleet: Fleet, now: SimTime) -> Insertion? {
        base.bestInsertion(of: spec, into: vehicle, fleet: fleet, now: now)
    }
    mutating func planDidChange(vehicle: Int32, fleet: Fleet) { base.planDidChange(vehicle: vehicle, fleet: fleet) }
}

/// The pooling matcher specialised for straight-line travel.
struct StraightLinePoolingMatcher: Matcher {
    var base: PoolingMatcher<StraightLineTravelTime>
    mutating func bestInsertion(of spec: TripSpec, fleet: Fleet, now: SimTime) -> Insertion? {
        base.bestInsertion(of: spec, fleet: fleet, now: now)
    }
    func bestInsertion(of spec: TripSpec, into vehicle: Int32, fleet: Fleet, now: SimTime) -> Insertion? {
        base.bestInsertion(of: spec, into: vehicle, fleet: fleet, now: now)
    }
    mutating func planDidChange(vehicle: Int32, fleet: Fleet) { base.planDidChange(vehicle: vehicle, fleet: fleet) }
}

/// The pooling matcher specialised for the plane, turning driving vehicles off their legs (RidePy's rules).
struct PlanePoolingMatcher: Matcher {
    var base: PoolingMatcher<PlaneTravelTime>
    mutating func bestInsertion(of spec: TripSpec, fleet: Fleet, now: SimTime) -> Insertion? {
        base.bestInsertion(of: spec, fleet: fleet, now: now)
    }
    func bestInsertion(of spec: TripSpec, into vehicle: Int32, fleet: Fleet, now: SimTime) -> Insertion? {
        base.bestInsertion(of: spec, into: vehicle, fleet: fleet, now: now)
    }
    mutating func planDidChange(vehicle: Int32, fleet: Fleet) { base.planDidChange(vehicle: vehicle, fleet: fleet) }
}
