/// Counts and samples of a set of trips (a whole run, or the trips requested in one hour): the
/// trip-based part of the KPI catalogue.
struct TripStats {
    var requests = 0
    var servable = 0
    var ordered = 0
    var accepted = 0
    var rejected = 0
    var fulfilled = 0
    var pooled = 0
    var waits: [Double] = []
    var rides: [Double] = []
    var detours: [Double] = []
    var walks: [Double] = []

    mutating func add(_ t: TripRow) {
        requests += 1
        if t.isServable { servable += 1 }
        if t.orderTime != nil { ordered += 1 }
        if t.acceptedTime != nil { accepted += 1 }
        if t.reason == "Rejected" { rejected += 1 }
        guard t.isFulfilled else { return }
        fulfilled += 1
        if t.shared == true { pooled += 1 }
        if let w = t.wait { waits.append(w.seconds) }
        if let r = t.rideTime {
            rides.append(r.seconds)
            if let d = t.directTime, d.ms > 0 { detours.append(Double(r.ms) / Double(d.ms)) }
        }
        walks.append((t.walkToPickup ?? .zero).seconds + (t.walkFromDropoff ?? .zero).seconds)
    }

    /// The value of trip KPI `name` (nil when its denominator is empty, or for a fleet KPI).
    func value(_ name: String) -> Double? {
        func share(_ a: Int, _ b: Int) -> Double? { b > 0 ? Double(a) / Double(b) : nil }
        func mean(_ v: [Double]) -> Double? { v.isEmpty ? nil : v.reduce(0, +) / Double(v.count) }
        switch name {
        case "served_share": return share(fulfilled, requests)
        case "served_share_servable": return share(fulfilled, servable)
        case "accepted_share": return share(accepted, servable)
        case "wait_mean": return mean(waits)
        case "wait_p50": return Percentile.nearestRank(waits.sorted(), 50)
        case "wait_p95": return Percentile.nearestRank(waits.sorted(), 95)
        case "ride_time_mean": return mean(rides)
        case "detour_mean": return mean(detours)
        case "detour_p95": return Percentile.nearestRank(detours.sorted(), 95)
        case "walk_mean": return mean(walks)
        case "pooling_share": return share(pooled, fulfilled)
        case "rejected_share": return share(rejected, ordered)
        default: return nil
        }
    }
}
