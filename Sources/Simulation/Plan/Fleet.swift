/// Every vehicle's fixed facts and its current plan.
public struct Fleet: Sendable {
    public let specs: [VehicleSpec]
    /// Each vehicle's capacity, read on the dispatch hot path (its type's, without the name).
    public let capacities: [Capacity]
    public var plans: [VehiclePlan]

    public init(specs: [VehicleSpec], plans: [VehiclePlan]) {
        precondition(specs.count == plans.count, "fleet with \(specs.count) specs and \(plans.count) plans")
        self.specs = specs; self.plans = plans
        capacities = specs.map(\.type.capacity)
    }

    public var count: Int { specs.count }
}

/// The seam between the engine and the pooling matcher.
public protocol Matcher {
    /// The cheapest feasible insertion of `spec` over the fleet, or `nil` if none fits.
    mutating func bestInsertion(of spec: TripSpec, fleet: Fleet, now: SimTime) -> Insertion?
    /// The cheapest feasible insertion of `spec` into `vehicle`'s plan as it is now, or `nil`.
    func bestInsertion(of spec: TripSpec, into vehicle: Int32, fleet: Fleet, now: SimTime) -> Insertion?
    /// Tells the matcher that `vehicle`'s plan changed (it may keep an index over plans).
    mutating func planDidChange(vehicle: Int32, fleet: Fleet)
}
