/// One candidate of a batch: vehicle `vehicle` serves exactly the requests `requests` at `cost`.
///
/// A column is one trip–vehicle edge of Alonso-Mora et al.'s RTV graph (PNAS 2017): the caller has already
/// found a feasible route for it and priced it. Each vehicle has at least one column, the one that keeps its
/// current plan, so that doing nothing is always an answer.
public struct AssignmentColumn: Hashable, Sendable {
    /// The vehicle, in `0..<vehicleCount`.
    public var vehicle: Int
    /// The requests served, sorted and distinct, each in `0..<requestCount`.
    public var requests: [Int]
    /// The column's cost, in whatever unit the caller prices in (milliseconds in ridepool). An integer, so
    /// that objectives add up exactly.
    public var cost: Int64

    public init(vehicle: Int, requests: [Int], cost: Int64) {
        self.vehicle = vehicle
        self.requests = requests
        self.cost = cost
    }
}
