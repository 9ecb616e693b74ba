/// Whether and how the dispatcher revisits its decisions (`dispatch.reoptimisation`).
///
/// Every `interval`, riders accepted but not yet picked up may move between vehicles and be
/// re-sequenced when that lowers the fleet's cost, never breaking a promise (the offer's windows
/// stay as they were). Off by default, so replays of the peer's greedy dispatcher stay comparable.
public struct ReoptimisationRules: Hashable, Sendable {
    public enum Method: String, Hashable, Sendable, CaseIterable, Codable {
        /// Greedy insertion only: every decision is made once.
        case none
        /// Remove-and-reinsert and pairwise swaps of riders, first improvement, in trip order.
        case localSearch
        /// Batch assignment of every movable rider and every held order over the fleet
        /// (request–vehicle and trip–vehicle graphs, an integer program; Alonso-Mora et al. 2017),
        /// then the local search on its plans.
        case batch
    }

    public var method: Method
    /// Time between two rounds.
    public var interval: SimTime
    /// Orders that greedy insertion cannot place wait in `Ordered` for the next round (which may
    /// place them by moving others) instead of being rejected at once. Only with a method other than `none`.
    public var holdUnplacedOrders: Bool
    /// Batch: the most riders one vehicle takes in one trip of the trip–vehicle graph (1…4).
    public var maxTripSize: Int
    /// Batch: trips kept per vehicle and size, cheapest first (bounds the integer program).
    public var maxTripsPerVehicle: Int
    /// Batch: the solver's branch-and-bound node limit (deterministic on every machine).
    public var nodeLimit: Int
    /// Batch: the solver's wall-clock safety limit, in seconds. Reaching it can make results differ
    /// between machines; the round records when it was reached.
    public var timeLimitSeconds: Double
    /// Batch: what serving a held order is worth, in the dispatcher's cost (driving time plus weighted
    /// wait and ride): a held order is placed when its plan costs less than this more. A value above any
    /// plan's cost (Alonso-Mora's large c_ko) places every order it can, however long the detour, and on
    /// the loaded Cottbus day serves fewer riders overall; 30 minutes places those that pool well.
    public var heldOrderValue: SimTime

    public init(
        method: Method = .none, interval: SimTime = .seconds(60), holdUnplacedOrders: Bool = true,
        maxTripSize: Int = 3, maxTripsPerVehicle: Int = 30, nodeLimit: Int = 2000, timeLimitSeconds: Double = 10,
        heldOrderValue: SimTime = .minutes(30)
    ) {
        self.method = method; self.interval = interval; self.holdUnplacedOrders = holdUnplacedOrders
        self.maxTripSize = maxTripSize; self.maxTripsPerVehicle = maxTripsPerVehicle
        self.nodeLimit = nodeLimit; self.timeLimitSeconds = timeLimitSeconds; self.heldOrderValue = heldOrderValue
    }
}
