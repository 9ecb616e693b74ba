import Simulation

/// Where one vehicle starts, as read from a fleet-starts CSV.
public struct VehicleStart: Hashable, Sendable {
    /// The file's `vehicle_id`, when it has that column.
    public var id: String?
    public var point: GeoPoint
    public init(id: String?, point: GeoPoint) { self.id = id; self.point = point }
}
