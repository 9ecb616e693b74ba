/// Index of a location known to the travel-time model: a stop, a vehicle start, or a door-to-door point.
public typealias PlaceID = Int32

/// A virtual stop where riders board and alight.
public struct Stop: Hashable, Sendable {
    public var id: String
    public var point: GeoPoint
    public init(id: String, point: GeoPoint) { self.id = id; self.point = point }
}
