/// One vehicle of the fleet as configured: its type, where it starts and its shift.
public struct VehicleSpec: Hashable, Sendable {
    public var id: String
    public var type: VehicleType
    public var start: GeoPoint
    public var shiftStart: SimTime
    public var shiftEnd: SimTime
    /// The depot (index into the run's depots) where the shift starts and ends; `nil`: none (the
    /// vehicle starts at `start` and stays where it is at the end).
    public var depot: Int32?
    /// The driver's break, if the shift has one.
    public var shiftBreak: ShiftBreak?

    public init(
        id: String, type: VehicleType, start: GeoPoint, shiftStart: SimTime, shiftEnd: SimTime,
        depot: Int32? = nil, shiftBreak: ShiftBreak? = nil
    ) {
        self.id = id; self.type = type; self.start = start; self.shiftStart = shiftStart; self.shiftEnd = shiftEnd
        self.depot = depot; self.shiftBreak = shiftBreak
    }
}
