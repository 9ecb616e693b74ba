/// How long and how far a vehicle drives between two places.
///
/// Implementations live above `Simulation` (`RoadNetwork`): the straight-line model now, the road
/// graph later. Places are registered once (`addPlace`) and then referred to by index, so that a
/// model can snap, cache or precompute per place.
public protocol TravelTimeModel: AnyObject {
    /// Registers a location and returns its index (a model may snap it to its own nodes).
    func addPlace(_ point: GeoPoint) -> PlaceID
    /// Where vehicles serve `place` (a road network's snapped node; the point itself otherwise).
    func point(of place: PlaceID) -> GeoPoint
    /// Metres from the registered point to where vehicles serve it (0 without snapping; `.infinity`
    /// when it cannot be served at all).
    func snapDistance(of place: PlaceID) -> Double
    /// Driving time from `a` to `b` when leaving at `time`.
    /// - Complexity: O(1) for precomputed places; on the dispatch hot path.
    func travelTime(from a: PlaceID, to b: PlaceID, at time: SimTime) -> SimTime
    /// Driving distance in metres from `a` to `b`.
    func distance(from a: PlaceID, to b: PlaceID) -> Double
    /// An upper bound on the straight-line metres a vehicle covers per second: lets a matcher
    /// rule out vehicles by distance alone.
    var maxStraightLineSpeed: Double { get }
    /// A lower bound on the travel time from `a` to `b` at any time of day, cheaper than
    /// `travelTime` (e.g. from coarse area-to-area minima); `.zero` when the model has none.
    /// - Complexity: O(1); the matcher asks it for every vehicle near a pickup.
    func lowerBound(from a: PlaceID, to b: PlaceID) -> SimTime
    /// Whether `lowerBound` may be tighter than the straight line at `maxStraightLineSpeed`. When it is
    /// not, a vehicle that can reach a place from a planned stop can also reach it from where it is
    /// next free (the triangle inequality), so a matcher need only look there.
    var refinesStraightLineBound: Bool { get }
    /// Whether travel times keep the triangle inequality (up to each leg's rounding to the millisecond)
    /// and do not depend on the time of day: then part of an insertion's added drive bounds the whole
    /// from below, and the insertion search skips positions that cannot win (`InsertionSearch`'s
    /// `costBound`). The straight line and the plane are; a road network with hourly congestion is not.
    var isMetric: Bool { get }
    /// A hint that the coming look-ups mostly go to or from `a` and `b` (a query's pickup and drop-off),
    /// so that a model can serve them from memory laid out for it. Answers never change.
    func focus(on a: PlaceID, _ b: PlaceID)
    /// Where a vehicle is after `fraction` (0…1) of its drive from `a` to `b`, as a place it can be
    /// diverted from: a scratch place the model reuses on the next call (register it with `addPlace`
    /// to keep it). `nil` when vehicles cannot turn between places (a road network).
    func placeAlong(from a: PlaceID, to b: PlaceID, fraction: Double) -> (place: PlaceID, point: GeoPoint)?
    /// Parameters for the run header (the verifier recomputes travel times from them).
    var description: TravelModelInfo { get }
}

extension TravelTimeModel {
    public func snapDistance(of place: PlaceID) -> Double { 0 }
    public func lowerBound(from a: PlaceID, to b: PlaceID) -> SimTime { .zero }
    public var refinesStraightLineBound: Bool { false }
    public var isMetric: Bool { false }
    public func focus(on a: PlaceID, _ b: PlaceID) {}
    public func placeAlong(from a: PlaceID, to b: PlaceID, fraction: Double) -> (place: PlaceID, point: GeoPoint)? {
        nil
    }
}

/// A travel model's kind and parameters, recorded in the event log.
public struct TravelModelInfo: Hashable, Sendable {
    public var kind: String
    /// Vehicle speed in m/s: the straight-line model's speed, or for a road network an upper bound on
    /// straight-line metres per second (so that great-circle ÷ speed bounds every drive from below).
    public var speed: Double
    /// Driven distance ÷ great-circle distance (straight-line model).
    public var detourFactor: Double
    public init(kind: String, speed: Double, detourFactor: Double) {
        self.kind = kind; self.speed = speed; self.detourFactor = detourFactor
    }
}
