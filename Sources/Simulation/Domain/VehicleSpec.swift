/// One vehicle of the fleet as configured: its type, where it starts and its shift.
public struct VehicleSpec: Hashable, Sendable {
    public var id: String
    public var type: VehicleType
    public var start: GeoPoint
    public var shiftStart: SimTime
    public var shiftEnd: SimTime

    public init(id: String, type: VehicleType, start: GeoPoint, shiftStart: SimTime, shiftEnd: SimTime) {
        self.id = id; self.type = type; self.start = start; self.shiftStart = shiftStart; self.shiftEnd = shiftEnd
    }
}
