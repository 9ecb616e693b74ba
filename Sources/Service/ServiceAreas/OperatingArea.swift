import Simulation

/// An area the service operates in, as `ServiceAreaService` shows it: its polygons, its stops and its
/// daily hours.
public struct OperatingArea: Hashable, Sendable {
    /// What `GetServiceArea` and `ListServiceHours` look the area up by.
    public var id: String
    public var displayName: String
    /// The served region (origins and destinations outside it are `OUT_OF_SERVICE_AREA`).
    public var polygons: [AreaPolygon]
    /// The virtual stops; empty door to door.
    public var stops: [Stop]
    /// Whether vehicles pick up and drop off at the riders' own locations.
    public var doorToDoor: Bool
    /// Daily service hours; `nil` is around the clock.
    public var hours: ServiceHours?

    public init(
        id: String, displayName: String, polygons: [AreaPolygon], stops: [Stop], doorToDoor: Bool,
        hours: ServiceHours?
    ) {
        self.id = id; self.displayName = displayName; self.polygons = polygons; self.stops = stops
        self.doorToDoor = doorToDoor; self.hours = hours
    }
}

/// One polygon of a service area in WGS84: its outer ring and its holes, each ring closed (first
/// point repeated last, as GeoJSON has it).
public struct AreaPolygon: Hashable, Sendable {
    public var exterior: [GeoPoint]
    public var holes: [[GeoPoint]]

    public init(exterior: [GeoPoint], holes: [[GeoPoint]] = []) {
        self.exterior = exterior; self.holes = holes
    }
}
