/// A configured level of service: how long riders may wait and how long they may ride.
public struct ServiceClass: Hashable, Sendable {
    public var name: String
    /// Longest time from the desired departure to pickup.
    public var maxWait: SimTime
    /// Maximum ride time = `maxRideFactor` × direct time + `maxRideConstant`.
    public var maxRideFactor: Double
    public var maxRideConstant: SimTime
    /// Customer flags a rider must carry to be offered this class.
    public var requiredFlags: [String]
    /// Price = `baseFare` + `perKm` × direct km (in the currency's minor unit, e.g. cents).
    public var baseFare: Int
    public var perKm: Int

    public init(
        name: String, maxWait: SimTime, maxRideFactor: Double, maxRideConstant: SimTime,
        requiredFlags: [String] = [], baseFare: Int = 0, perKm: Int = 0
    ) {
        self.name = name; self.maxWait = maxWait; self.maxRideFactor = maxRideFactor
        self.maxRideConstant = maxRideConstant; self.requiredFlags = requiredFlags
        self.baseFare = baseFare; self.perKm = perKm
    }

    /// The longest ride allowed for a trip whose direct drive takes `direct`.
    public func maxRide(direct: SimTime) -> SimTime { direct * maxRideFactor + maxRideConstant }

    /// The price of a trip of `directMetres`, in minor currency units.
    public func price(directMetres: Double) -> Int { baseFare + Int((Double(perKm) * directMetres / 1000).rounded()) }
}
