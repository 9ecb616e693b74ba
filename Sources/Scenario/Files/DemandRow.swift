import Simulation

/// One request of a demand CSV, before the scenario's mixes fill in what the row leaves open.
public struct DemandRow: Hashable, Sendable {
    /// `request_id`, unique within the file.
    public var id: String
    /// `customer_id`, when the file has it.
    public var customerID: String?
    /// `request_time_s`: when the request is made (and the desired departure).
    public var time: SimTime
    public var origin: GeoPoint
    public var destination: GeoPoint
    /// `loads` (e.g. `adult;child:booster`); `nil` lets the load mix decide.
    public var loads: [Load]?
    /// `approach_speed`; `nil` lets the approach-speed mix decide.
    public var approachSpeed: ApproachSpeed?
    /// `visual_impairment`; `nil` lets the visual-impairment share decide.
    public var visualImpairment: Bool?

    public init(
        id: String, customerID: String? = nil, time: SimTime, origin: GeoPoint, destination: GeoPoint,
        loads: [Load]? = nil, approachSpeed: ApproachSpeed? = nil, visualImpairment: Bool? = nil
    ) {
        self.id = id; self.customerID = customerID; self.time = time; self.origin = origin
        self.destination = destination; self.loads = loads; self.approachSpeed = approachSpeed
        self.visualImpairment = visualImpairment
    }
}
