/// The customer extension's service rule (how a VIP's wait weighs) and the mix of simulated customers
/// using its features (scenario section `customers`).
///
/// With the defaults no simulated customer is VIP, has default requirements or an account, so a
/// scenario without the section runs exactly as before.
public struct CustomerRules: Hashable, Sendable {
    /// The matcher's weight on a VIP-tier customer's wait (the larger of this and `matcher.waitWeight` applies).
    public var vipWaitWeight: Double
    /// Share of simulated customers created with the VIP priority tier.
    public var vipShare: Double
    /// Share of simulated customers whose default requirements include a wheelchair.
    public var defaultWheelchairShare: Double
    /// Share of simulated customers whose default requirements include a child seat (`defaultChildSeat`).
    public var defaultChildSeatShare: Double
    public var defaultChildSeat: ChildSeat
    /// Corporate accounts created at the run's first rider step, each with the share of simulated
    /// customers attached to it (shares sum to at most 1; a customer joins at most one).
    public var accounts: [AccountShare]

    public init(
        vipWaitWeight: Double = 3, vipShare: Double = 0, defaultWheelchairShare: Double = 0,
        defaultChildSeatShare: Double = 0, defaultChildSeat: ChildSeat = .booster, accounts: [AccountShare] = []
    ) {
        self.vipWaitWeight = vipWaitWeight; self.vipShare = vipShare
        self.defaultWheelchairShare = defaultWheelchairShare; self.defaultChildSeatShare = defaultChildSeatShare
        self.defaultChildSeat = defaultChildSeat; self.accounts = accounts
    }
}

/// A scenario's corporate account: its name, its departments' names and the share of simulated
/// customers attached to it (each to one of its departments, uniformly, when it has any).
public struct AccountShare: Hashable, Sendable {
    public var name: String
    public var departments: [String]
    public var share: Double
    public init(name: String, departments: [String] = [], share: Double) {
        self.name = name; self.departments = departments; self.share = share
    }
}
