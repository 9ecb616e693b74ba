import Foundation

/// What one `ridepool bench` wrote: `results/bench/<timestamp>.json`, and the baseline's format.
/// Keys are documented in `results/README.md` ("Benchmark results").
public struct BenchReport: Codable, Sendable {
    public var schema = 1
    public var suite: String
    public var createdUTC: String
    public var host: String
    public var runs: Int
    public var tolerance: BenchTolerance
    public var scenarios: [BenchRecord]

    enum CodingKeys: String, CodingKey {
        case schema, suite, createdUTC = "created_utc", host, runs, tolerance, scenarios
    }

    /// Two-space JSON with sorted keys.
    public func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }

    public static func read(path: String) throws -> BenchReport {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw RidepoolError(
                "cannot read the bench baseline \(path)",
                fix: "run `ridepool bench --update-baseline` to create it, or pass --baseline FILE")
        }
        do { return try JSONDecoder().decode(BenchReport.self, from: data) } catch {
            throw RidepoolError(
                "\(path) is not a bench report: \(error)", fix: "regenerate it with `ridepool bench --update-baseline`")
        }
    }
}

/// One scenario's figures: deterministic KPIs, and the timing of its runs.
public struct BenchRecord: Codable, Sendable {
    public var name: String
    public var scenario: String
    public var requests: Int
    public var vehicles: Int
    public var events: Int
    /// Flat KPIs from summary.json (`wait_s.mean` → `wait_mean_s`); deterministic.
    public var kpis: [String: Double]
    public var wall: WallTimes
    /// The simulation alone (without loading and writing) in the same runs, when the runner knows it.
    public var simulate: WallTimes?
    public var peakRSSMiB: Double
    public var eventsPerSecond: Double
    public var vehicleSearches: Int
    public var vehicleSearchesPerSecond: Double

    enum CodingKeys: String, CodingKey {
        case name, scenario, requests, vehicles, events, kpis, wall = "wall_s", simulate = "simulate_s"
        case peakRSSMiB = "peak_rss_mib"
        case eventsPerSecond = "events_per_s", vehicleSearches = "vehicle_searches"
        case vehicleSearchesPerSecond = "vehicle_searches_per_s"
    }
}

/// Wall-clock seconds of the timed runs.
public struct WallTimes: Codable, Sendable {
    public var runs: [Double]
    public var median: Double
    public var min: Double
    public var max: Double
    public var warmups: [Double]

    public init(runs: [Double], warmups: [Double]) {
        self.runs = runs; self.warmups = warmups
        let sorted = runs.sorted()
        let n = sorted.count
        median = n == 0 ? 0 : n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2
        min = sorted.first ?? 0; max = sorted.last ?? 0
    }
}
