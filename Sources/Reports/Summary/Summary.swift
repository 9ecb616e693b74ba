/// The run's KPIs (`summary.json`), all functions of the trip and vehicle tables.
///
/// Shares and means are `nil` when their denominator is zero (`null` in JSON). Definitions of every
/// key: `results/README.md`.
public struct Summary: Hashable, Sendable {
    /// Mean and nearest-rank percentiles of a sample (`nil` for an empty sample).
    public struct Stat: Hashable, Sendable {
        public var count: Int
        public var mean: Double?
        public var p50: Double?
        public var p95: Double?
        public var max: Double?

        public init(count: Int, mean: Double?, p50: Double?, p95: Double?, max: Double?) {
            self.count = count; self.mean = mean; self.p50 = p50; self.p95 = p95; self.max = max
        }
    }

    /// Requests, fulfilled trips and their waits in one group (a service class, a load type, a customer flag).
    public struct Group: Hashable, Sendable {
        public var name: String
        public var requests: Int
        public var fulfilled: Int
        /// Seconds from desired departure to pickup, the group's fulfilled trips.
        public var wait: Stat
        public var servedShare: Double? { requests > 0 ? Double(fulfilled) / Double(requests) : nil }

        public init(
            name: String, requests: Int, fulfilled: Int,
            wait: Stat = Stat(count: 0, mean: nil, p50: nil, p95: nil, max: nil)
        ) {
            self.name = name; self.requests = requests; self.fulfilled = fulfilled; self.wait = wait
        }
    }

    /// What a corporate account was billed for: its trips, their fares and the vehicle-km attributed to them.
    public struct AccountTotals: Hashable, Sendable {
        /// The account's id (`none`: trips billed to no account).
        public var id: String
        public var name: String
        /// Requests billed to the account.
        public var requests = 0
        public var fulfilled = 0
        /// Σ price of the account's fulfilled trips (the ordered offer's), in cents.
        public var fareCents = 0
        /// Σ `TripRow.attributedMetres` of the account's trips.
        public var attributedMetres = 0.0

        public init(id: String, name: String) { self.id = id; self.name = name }
    }

    /// A count per reason, in a fixed order (known reasons first, then others sorted).
    public struct ReasonCount: Hashable, Sendable {
        public var reason: String
        public var count: Int
    }

    public var requests = 0
    /// Requests that received at least one offer, and the offers made in all.
    public var offers = 0, offersTotal = 0
    public var ordered = 0
    public var accepted = 0
    public var fulfilled = 0
    public var noOffer: [ReasonCount] = []
    public var rejected = 0
    public var declined: [ReasonCount] = []
    /// Orders the service refused, by reason (no trip was created).
    public var orderRefused: [ReasonCount] = []
    /// Trips cancelled by the customer, and by the integrator.
    public var cancelledByCustomer = 0, cancelledByIntegrator = 0
    public var noShows = 0
    public var unfinished = 0
    /// Seconds from desired departure to pickup, fulfilled trips.
    public var wait = Stat(count: 0)
    /// Seconds from pickup to drop-off, fulfilled trips.
    public var rideTime = Stat(count: 0)
    /// Ride time ÷ direct time, fulfilled trips with a positive direct time.
    public var detourFactor = Stat(count: 0)
    /// Seconds walked to the pickup plus from the drop-off, fulfilled trips.
    public var walk = Stat(count: 0)
    /// Fulfilled trips that shared the vehicle with another trip.
    public var pooled = 0
    /// Metres the fleet drove, and of those with nobody on board.
    public var vehicleMetres = 0.0, vehicleMetresEmpty = 0.0
    /// Σ driven metres × riders on board.
    public var passengerMetres = 0.0
    /// Σ busy time and Σ shift length of the vehicles, in seconds.
    public var busySeconds = 0.0, shiftSeconds = 0.0
    /// Ordered trips per service class (in the scenario's order).
    public var perServiceClass: [Group] = []
    /// `adult`, `child`, `wheelchair`, `child_seat`, in this order.
    public var perLoadType: [Group] = []
    /// Requests per customer flag (in the scenario's order; a request counts for each flag it carries),
    /// and `none` for requests without flags.
    public var perCustomerFlag: [Group] = []
    /// Seconds from order to the dispatcher's decision (accepted or rejected), decided orders.
    public var dispatchLatency = Stat(count: 0)
    /// Trips ended `Terminated` with the rider on board (the ride was cut) and before pickup.
    public var terminatedOnBoard = 0, terminatedBeforePickup = 0
    /// Trips moved to another vehicle at least once, and the moves.
    public var reassignedTrips = 0, reassignments = 0
    /// Vehicle breakdowns, and the vehicle-seconds out of service they caused (within shifts).
    public var breakdowns = 0, outOfServiceSeconds = 0.0
    /// Seconds from the vehicle's readiness for boarding authentication to the rider's authentication.
    public var authentication = Stat(count: 0)
    /// No-shows of riders who did not authenticate at a vehicle that waited for them.
    public var authenticationNoShows = 0
    /// Per corporate account in creation order, then `none`; empty when the run has no account.
    public var perAccount: [AccountTotals] = []
    /// Fleet operations (empty km by purpose, energy, charging, breaks, overtime); nil unless the run
    /// has operations (`RunHeader.hasOperations`).
    public var operations: Operations?
    /// What became of the trips booked ahead; nil unless some order was answered as a prebooking.
    public var prebooking: Prebooking?
    /// The sums of the re-optimisation rounds; nil unless the run had a round.
    public var reoptimisation: ReoptimisationTotals?

    /// Reasons always listed in `no_offer`, in this order.
    public static let noOfferReasons = [
        "OUT_OF_SERVICE_AREA", "NO_STOPS_NEAR_ORIGIN", "NO_STOPS_NEAR_DESTINATION",
        "NO_STOPS_NEAR_ORIGIN_AND_DESTINATION", "TRIP_TOO_SHORT", "INVALID_LOAD", "FLEET_SATURATED"
    ]
    /// Reasons always listed in `declined`, in this order.
    public static let declineReasons = ["NO_ACCEPTABLE_OFFER"]
    /// Reasons always listed in `order_refused`, in this order.
    public static let orderRefusalReasons = ["FLEET_SATURATED", "OFFER_EXPIRED"]

    public var servedShare: Double? { ratio(fulfilled, requests) }
    /// Orders rejected at dispatch ÷ orders.
    public var rejectedShare: Double? { ratio(rejected, ordered) }
    public var terminated: Int { terminatedOnBoard + terminatedBeforePickup }
    public var poolingShare: Double? { ratio(pooled, fulfilled) }
    /// Passenger-km ÷ vehicle-km.
    public var occupancyMean: Double? { vehicleMetres > 0 ? passengerMetres / vehicleMetres : nil }
    /// Σ busy ÷ Σ shift length.
    public var fleetUtilisation: Double? { shiftSeconds > 0 ? busySeconds / shiftSeconds : nil }

    private func ratio(_ a: Int, _ b: Int) -> Double? { b > 0 ? Double(a) / Double(b) : nil }
}

extension Summary.Stat {
    init(count: Int) { self.count = count }

    /// Mean and nearest-rank p50, p95 and max of `values` (summed in the given order: deterministic).
    init(_ values: [Double]) {
        let sorted = values.sorted()
        count = values.count
        mean = values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
        p50 = Percentile.nearestRank(sorted, 50)
        p95 = Percentile.nearestRank(sorted, 95)
        max = sorted.last
    }
}
