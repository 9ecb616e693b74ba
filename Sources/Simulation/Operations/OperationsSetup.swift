/// A run's fleet operations: depots, where breaks are taken, the charging strategy and rebalancing.
/// Empty (the default) keeps the idealised fleet: vehicles stay where they drop their last rider.
public struct OperationsSetup: Sendable {
    public var depots: [Depot] = []
    /// Each depot's place in the travel model (same order as `depots`).
    public var depotPlaces: [PlaceID] = []
    public var breakPlace = BreakPlace.depot
    public var charging = ChargingStrategy()
    public var rebalancing = RebalancingRules()

    public init() {}

    /// The places of the depots that have chargers, in depot order.
    public var chargerPlaces: [PlaceID] { zip(depots, depotPlaces).compactMap { $0.chargers == nil ? nil : $1 } }
}

/// When electric vehicles charge: an idle vehicle (or one at its break) below `chargeBelowSoc` drives
/// to the charger with the earliest free plug and charges to `chargeToSoc` (FIFO queue at the plugs,
/// as MATSim's `ChargingWithQueueingLogic`).
public struct ChargingStrategy: Hashable, Sendable {
    public var chargeBelowSoc: Double
    public var chargeToSoc: Double
    public var curve: ChargingCurve

    public init(chargeBelowSoc: Double = 0.3, chargeToSoc: Double = 0.8, curve: ChargingCurve = ChargingCurve()) {
        self.chargeBelowSoc = chargeBelowSoc; self.chargeToSoc = chargeToSoc; self.curve = curve
    }
}

/// How idle vehicles are moved towards expected demand.
public struct RebalancingRules: Hashable, Sendable {
    public enum Strategy: String, Hashable, Sendable, CaseIterable, Codable {
        /// Vehicles wait where they dropped their last rider.
        case none
        /// Idle vehicles return to their depot (MATSim's `idleVehiclesReturnToDepots`).
        case depot
        /// Every interval, a minimum-cost flow moves idle vehicles between zones towards expected demand.
        case minCostFlow
    }
    /// Where expected demand comes from.
    public enum DemandEstimate: String, Hashable, Sendable, CaseIterable {
        /// Requests submitted in the last interval (rejected ones included: they are the unmet demand).
        case recent
        /// The scenario's own requests of the coming interval (an oracle: an upper bound on what a
        /// forecast can give).
        case profile
    }

    public var strategy: Strategy
    public var interval: SimTime
    public var demandEstimate: DemandEstimate
    /// No vehicle is sent farther than this.
    public var maxTravel: SimTime
    /// Side of the square zones in metres (unless zones come from a file).
    public var zoneSize: Double
    /// Vehicles idle for less than this are not moved (they may get a rider where they are).
    public var minIdle: SimTime

    public init(
        strategy: Strategy = .none, interval: SimTime = .minutes(15), demandEstimate: DemandEstimate = .recent,
        maxTravel: SimTime = .minutes(15), zoneSize: Double = 1500, minIdle: SimTime = .minutes(2)
    ) {
        self.strategy = strategy; self.interval = interval; self.demandEstimate = demandEstimate
        self.maxTravel = maxTravel; self.zoneSize = zoneSize; self.minIdle = minIdle
    }
}
