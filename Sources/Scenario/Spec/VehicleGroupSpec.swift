import Simulation

/// A group of vehicles of one type that share their start rule and shift (with its depot and break).
public struct VehicleGroupSpec: Hashable, Sendable {
    /// The most vehicles of a group, and of a whole fleet (with `--fleet-size`).
    public static let maxVehicles = 1_000_000
    /// Index into `ScenarioSpec.vehicleTypes`.
    public var typeIndex: Int
    /// Number of vehicles. With a starts file and more vehicles than rows, the rows repeat in order.
    public var count: Int
    /// Absolute path of a fleet-starts CSV (see `FleetStartsFile`), or `nil` when `start` or `depot` is used.
    public var startsPath: String?
    /// The one start point of every vehicle of the group, or `nil` when `startsPath` or `depot` is used.
    public var start: GeoPoint?
    public var shiftStart: SimTime
    public var shiftEnd: SimTime
    /// Vehicle ids are `idPrefix` + index (0-based within the group) unless the starts file has ids.
    public var idPrefix: String
    /// The id of the depot (in `OperationsSpec.depots`) where the shifts start and end; the vehicles
    /// start at its point (`startsPath` and `start` are then `nil`).
    public var depot: String?
    /// The driver's break, inside the shift.
    public var shiftBreak: ShiftBreak?

    public init(
        typeIndex: Int, count: Int, startsPath: String? = nil, start: GeoPoint? = nil,
        shiftStart: SimTime, shiftEnd: SimTime, idPrefix: String, depot: String? = nil,
        shiftBreak: ShiftBreak? = nil
    ) {
        self.typeIndex = typeIndex; self.count = count; self.startsPath = startsPath; self.start = start
        self.shiftStart = shiftStart; self.shiftEnd = shiftEnd; self.idPrefix = idPrefix
        self.depot = depot; self.shiftBreak = shiftBreak
    }
}
