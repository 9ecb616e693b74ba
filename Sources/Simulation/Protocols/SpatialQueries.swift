/// Whether a point lies in the service area (implemented with a GEOS prepared polygon).
public protocol ServiceAreaTest {
    func contains(_ point: GeoPoint) -> Bool
}

/// A stop within walking reach of a point.
public struct NearbyStop: Hashable, Sendable {
    /// Index into the scenario's stop list.
    public var stop: Int
    /// Straight-line distance in metres.
    public var distance: Double
    public init(stop: Int, distance: Double) { self.stop = stop; self.distance = distance }
}

/// Finds stops near a point (implemented with a GEOS STRtree).
public protocol StopFinder {
    /// Stops within `radius` metres of `point`, nearest first (ties by stop index).
    func stops(near point: GeoPoint, within radius: Double) -> [NearbyStop]
}
