import Simulation

/// One request of a demand CSV, before the scenario's mixes fill in what the row leaves open.
public struct DemandRow: Hashable, Sendable {
    /// `request_id`, unique within the file.
    public var id: String
    /// `customer_id`, when the file has it.
    public var customerID: String?
    /// `request_time_s`: the desired departure (for an arrive-by request, the earliest the rider can
    /// leave); the rider's wait is measured from it.
    public var time: SimTime
    /// `booking_time_s`: when the request was made (it may be days before, so negative); `nil`:
    /// booked on the spot at `time` (or prebooked by the scenario's `demand.prebooked` draw).
    public var bookingTime: SimTime?
    /// `arrival_time_s`: the rider must arrive by then (an arrive-by request, later than `time`); `nil`:
    /// a departure request.
    public var arrival: SimTime?
    public var origin: GeoPoint
    public var destination: GeoPoint
    /// `loads` (e.g. `adult;child:booster`); `nil` lets the load mix decide.
    public var loads: [Load]?
    /// `approach_speed`; `nil` lets the approach-speed mix decide.
    public var approachSpeed: ApproachSpeed?
    /// `visual_impairment`; `nil` lets the visual-impairment share decide.
    public var visualImpairment: Bool?

    public init(
        id: String, customerID: String? = nil, time: SimTime, bookingTime: SimTime? = nil, arrival: SimTime? = nil,
        origin: GeoPoint, destination: GeoPoint, loads: [Load]? = nil, approachSpeed: ApproachSpeed? = nil,
        visualImpairment: Bool? = nil
    ) {
        self.id = id; self.customerID = customerID; self.time = time; self.bookingTime = bookingTime
        self.arrival = arrival; self.origin = origin
        self.destination = destination; self.loads = loads; self.approachSpeed = approachSpeed
        self.visualImpairment = visualImpairment
    }
}
