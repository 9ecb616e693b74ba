/// A key performance indicator that a capacity plan can target: its name, unit and definition.
///
/// The catalogue (`KPI.all`) is the vocabulary of `ridepool plan --target`; `KPISample` measures every
/// entry from a run's trip and vehicle tables. Definitions are in `results/README.md` ("plan.json").
public struct KPI: Hashable, Sendable {
    /// What a value counts, for display and for checking targets.
    public enum Unit: String, Sendable {
        /// A share in 0…1.
        case share
        /// Seconds.
        case seconds
        /// A dimensionless ratio ≥ 0 (detour factor, riders per vehicle).
        case ratio
        /// Kilometres.
        case km
    }

    public var name: String
    public var unit: Unit
    /// One line: what is divided by what, over which trips.
    public var meaning: String
    /// Whether the KPI is defined for the trips requested in one hour of the day (trip KPIs are;
    /// fleet KPIs, measured on vehicles' whole days, are not).
    public var hourly: Bool

    /// The values a target on this KPI can ask for (a share lies in 0…1, everything else is ≥ 0).
    public var possible: ClosedRange<Double> { unit == .share ? 0...1 : 0...Double.greatestFiniteMagnitude }

    /// Decimals in `plan.json` and reports (shares 4, seconds 1, ratios 3, km 3).
    public var decimals: Int {
        switch unit {
        case .share: 4
        case .seconds: 1
        case .ratio, .km: 3
        }
    }

    /// Its position in `KPI.all` (the order of `KPISample.values`).
    public var index: Int { KPI.all.firstIndex(of: self)! }

    /// The KPI called `name`, if any.
    public static func named(_ name: String) -> KPI? { all.first { $0.name == name } }

    /// No-offer reasons that no fleet size changes: the request cannot be served by this service
    /// design (area, stops, vehicle types), however many vehicles drive.
    /// (Every no-offer reason but `FLEET_SATURATED`.)
    public static let unservableReasons = Set(Summary.noOfferReasons).subtracting(["FLEET_SATURATED"])

    /// The catalogue, in the order of `KPISample.values` and of `plan.json` (new KPIs are appended).
    public static let all: [KPI] = [
        KPI(name: "served_share", unit: .share, meaning: "fulfilled ÷ all requests", hourly: true),
        KPI(
            name: "served_share_servable", unit: .share,
            meaning: "fulfilled ÷ servable requests (requests whose no-offer reason, if any, a fleet can change)",
            hourly: true),
        KPI(
            name: "accepted_share", unit: .share,
            meaning:
                "requests accepted with a vehicle ÷ servable requests (riders' own cancellations and no-shows do not count against the fleet)",
            hourly: true),
        KPI(
            name: "wait_mean", unit: .seconds, meaning: "mean wait_s (desired departure → pickup), fulfilled trips",
            hourly: true),
        KPI(name: "wait_p50", unit: .seconds, meaning: "median wait_s, fulfilled trips", hourly: true),
        KPI(name: "wait_p95", unit: .seconds, meaning: "95th percentile wait_s, fulfilled trips", hourly: true),
        KPI(name: "ride_time_mean", unit: .seconds, meaning: "mean ride_time_s, fulfilled trips", hourly: true),
        KPI(name: "detour_mean", unit: .ratio, meaning: "mean ride time ÷ direct time, fulfilled trips", hourly: true),
        KPI(
            name: "detour_p95", unit: .ratio, meaning: "95th percentile ride time ÷ direct time, fulfilled trips",
            hourly: true),
        KPI(
            name: "walk_mean", unit: .seconds,
            meaning: "mean walk to the pickup plus from the drop-off, fulfilled trips", hourly: true),
        KPI(
            name: "pooling_share", unit: .share, meaning: "fulfilled trips that shared the vehicle ÷ fulfilled",
            hourly: true),
        KPI(name: "occupancy_mean", unit: .ratio, meaning: "passenger-km ÷ vehicle-km, whole fleet", hourly: false),
        KPI(name: "empty_share", unit: .share, meaning: "empty vehicle-km ÷ vehicle-km", hourly: false),
        KPI(name: "vehicle_km_per_trip", unit: .km, meaning: "vehicle-km ÷ fulfilled trips", hourly: false),
        KPI(name: "fleet_utilisation", unit: .share, meaning: "busy time ÷ shift time, whole fleet", hourly: false),
        KPI(
            name: "rejected_share", unit: .share,
            meaning: "orders rejected at dispatch (no vehicle kept the offer's promise any more) ÷ orders", hourly: true
        )
    ]
}
