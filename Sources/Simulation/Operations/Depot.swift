/// An operation facility: where vehicles start and end their shifts, park, take breaks and charge.
///
/// As MATSim's `drt-extensions` operation facilities (a place with a parking capacity and chargers)
/// and FleetPy's depots (`max_nr_parking`, charging units).
public struct Depot: Hashable, Sendable {
    public var id: String
    public var point: GeoPoint
    /// Vehicles that may park there at once (reported, not enforced on arrival: a vehicle at the
    /// end of its shift always comes home).
    public var parking: Int
    /// Its chargers, if any.
    public var chargers: ChargerGroup?

    public init(id: String, point: GeoPoint, parking: Int, chargers: ChargerGroup? = nil) {
        self.id = id; self.point = point; self.parking = parking; self.chargers = chargers
    }
}

/// Identical charging points at one depot.
public struct ChargerGroup: Hashable, Sendable {
    /// Vehicles that can charge at once (≥ 1).
    public var plugs: Int
    /// Power per plug in kW.
    public var powerKW: Double

    public init(plugs: Int, powerKW: Double) { self.plugs = plugs; self.powerKW = powerKW }
}
