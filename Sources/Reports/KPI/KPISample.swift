import Simulation

/// Every catalogue KPI of one run, for the whole day and for each hour of the day.
///
/// Hour `h` holds the trips *requested* in [h:00, h+1:00) (hours past midnight continue 24, 25, …);
/// fleet KPIs (`KPI.hourly == false`) are `nil` there.
public struct KPISample: Hashable, Sendable, Codable {
    /// One hour's requests and trip KPIs.
    public struct Hour: Hashable, Sendable, Codable {
        public var hour: Int
        public var requests: Int
        /// In `KPI.all` order; `nil` for fleet KPIs and empty denominators.
        public var values: [Double?]
        public init(hour: Int, requests: Int, values: [Double?]) {
            self.hour = hour; self.requests = requests; self.values = values
        }
    }

    /// In `KPI.all` order; `nil` where a denominator is empty.
    public var values: [Double?]
    /// Hours with at least one request, ascending.
    public var hours: [Hour]

    public init(values: [Double?], hours: [Hour]) { self.values = values; self.hours = hours }

    /// Measures a run from its tables.
    /// - Complexity: O(t log t) for t trips (percentiles sort).
    public init(trips: [TripRow], vehicles: [VehicleRow]) {
        var day = TripStats()
        var byHour: [Int: TripStats] = [:]
        for t in trips {
            day.add(t)
            byHour[Int(t.requestTime.ms / 3_600_000), default: TripStats()].add(t)
        }
        var metres = 0.0, empty = 0.0, passenger = 0.0, busy = 0.0, shift = 0.0
        for v in vehicles {
            metres += v.metresTotal; empty += v.metresEmpty; passenger += v.passengerMetres
            busy += v.busy.seconds; shift += v.shiftLength.seconds
        }
        let fleet: [String: Double?] = [
            "occupancy_mean": metres > 0 ? passenger / metres : nil,
            "empty_share": metres > 0 ? empty / metres : nil,
            "vehicle_km_per_trip": day.fulfilled > 0 ? metres / 1000 / Double(day.fulfilled) : nil,
            "fleet_utilisation": shift > 0 ? busy / shift : nil
        ]
        values = KPI.all.map { $0.hourly ? day.value($0.name) : fleet[$0.name] ?? nil }
        hours = byHour.keys.sorted().map { h in
            let s = byHour[h]!
            return Hour(hour: h, requests: s.requests, values: KPI.all.map { $0.hourly ? s.value($0.name) : nil })
        }
    }

    /// The day's value of `kpi`.
    public func value(_ kpi: KPI) -> Double? { values[kpi.index] }
}
