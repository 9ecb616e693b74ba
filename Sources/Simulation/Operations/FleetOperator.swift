/// The seam between the engine and the rebalancing policy (`Operations`): every interval the engine
/// shows the policy its idle vehicles and the expected demand, and the policy says where to send them.
/// The engine performs the moves; the policy never touches a plan.
public protocol FleetOperator {
    /// Where idle vehicles should go now. Each vehicle at most once; moves the engine cannot perform
    /// (the vehicle is no longer idle) are skipped.
    mutating func repositioning(_ snapshot: FleetSnapshot) -> [Reposition]
}

/// What the rebalancing policy sees.
public struct FleetSnapshot: Sendable {
    public var now: SimTime
    /// Vehicles free to move now, where they are.
    public var idle: [(vehicle: Int32, place: PlaceID)]
    /// Vehicles that will be free within the interval, where they will be (they count as supply
    /// in their zone but are not moved).
    public var soonIdle: [(vehicle: Int32, place: PlaceID)]
    /// Expected pickups over the coming interval (where riders will want a vehicle).
    public var expectedPickups: [PlaceID]

    public init(
        now: SimTime, idle: [(vehicle: Int32, place: PlaceID)], soonIdle: [(vehicle: Int32, place: PlaceID)],
        expectedPickups: [PlaceID]
    ) {
        self.now = now; self.idle = idle; self.soonIdle = soonIdle; self.expectedPickups = expectedPickups
    }
}

/// One move: send `vehicle` to `place`.
public struct Reposition: Hashable, Sendable {
    public var vehicle: Int32
    public var place: PlaceID
    public init(vehicle: Int32, place: PlaceID) { self.vehicle = vehicle; self.place = place }
}
