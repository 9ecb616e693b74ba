/// A rider's wish to travel, as it reaches the service.
public struct TripRequest: Hashable, Sendable {
    /// The demand row's id (unique within a run).
    public var id: String
    public var customerID: String
    /// When the request is made.
    public var time: SimTime
    /// When the rider wants to leave their origin (immediate requests: `time`).
    public var desiredDeparture: SimTime
    /// When the rider wants to arrive at their destination, if they asked by arrival time: offers then
    /// aim to arrive by this time, and `desiredDeparture` is only where the wait is measured from.
    public var arrival: SimTime?
    public var origin: GeoPoint
    public var destination: GeoPoint
    public var loads: [Load]
    public var approachSpeed: ApproachSpeed
    public var visualImpairment: Bool
    /// The customer's flags when the request was made (the service layer fills them in).
    public var customerFlags: [String]
    /// Time windows of its own (a replayed workload's), used instead of the service class's; nil: the class's.
    public var windows: TripWindows?
    /// The corporate account the trip is billed to (the service layer fills it in); nil: none.
    public var account: TripAccount?

    public init(
        id: String, customerID: String, time: SimTime, desiredDeparture: SimTime? = nil,
        arrival: SimTime? = nil, origin: GeoPoint, destination: GeoPoint, loads: [Load] = [.adult],
        approachSpeed: ApproachSpeed = .medium, visualImpairment: Bool = false, customerFlags: [String] = [],
        windows: TripWindows? = nil, account: TripAccount? = nil
    ) {
        self.id = id; self.customerID = customerID; self.time = time
        self.desiredDeparture = desiredDeparture ?? time; self.arrival = arrival
        self.customerFlags = customerFlags
        self.origin = origin; self.destination = destination; self.loads = loads
        self.approachSpeed = approachSpeed; self.visualImpairment = visualImpairment
        self.windows = windows; self.account = account
    }
}
