import Dispatching
import RoadNetwork
import Simulation

/// A pooling matcher for one concrete travel model, as a non-generic type of this module.
///
/// The engine reaches its matcher through the `Matcher` protocol once per query. A conformance of
/// the generic `PoolingMatcher<Travel>` would be its unspecialised code; a concrete type here makes
/// the compiler specialise the (inlinable) pooling matcher and insertion search for its model, so
/// that the millions of travel-time look-ups inside are direct calls. The forwarding is written
/// once, below; each model only names its type.
protocol SpecialisedPoolingMatcher: Matcher {
    associatedtype Travel: TravelTimeModel
    var base: PoolingMatcher<Travel> { get set }
    init(base: PoolingMatcher<Travel>)
}

extension SpecialisedPoolingMatcher {
    @inline(__always)
    mutating func bestInsertion(of spec: TripSpec, fleet: Fleet, now: SimTime) -> Insertion? {
        base.bestInsertion(of: spec, fleet: fleet, now: now)
    }
    @inline(__always)
    func bestInsertion(of spec: TripSpec, into vehicle: Int32, fleet: Fleet, now: SimTime) -> Insertion? {
        base.bestInsertion(of: spec, into: vehicle, fleet: fleet, now: now)
    }
    @inline(__always)
    mutating func planDidChange(vehicle: Int32, fleet: Fleet) { base.planDidChange(vehicle: vehicle, fleet: fleet) }
}

/// The pooling matcher specialised for the road network.
struct NetworkPoolingMatcher: SpecialisedPoolingMatcher {
    var base: PoolingMatcher<NetworkTravelTime>
}

/// The pooling matcher specialised for straight-line travel.
struct StraightLinePoolingMatcher: SpecialisedPoolingMatcher {
    var base: PoolingMatcher<StraightLineTravelTime>
}

/// The pooling matcher specialised for the plane, turning driving vehicles off their legs (RidePy's rules).
struct PlanePoolingMatcher: SpecialisedPoolingMatcher {
    var base: PoolingMatcher<PlaneTravelTime>
}
