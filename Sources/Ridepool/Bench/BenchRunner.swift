import Foundation
import Simulation

/// One run of one scenario, measured.
public struct BenchMeasurement: Sendable {
    public var wallSeconds: Double
    /// The simulation alone (the engine's run, without loading and writing), if the runner knows it.
    public var simulateSeconds: Double?
    /// The whole run as the child process itself reported it (its metrics' `wall_s`), if it did.
    public var reportedWallSeconds: Double?
    /// Peak resident memory of the run (a child process's own; in process: the process's peak so far).
    public var peakRSSMiB: Double
    public var requests: Int
    public var vehicles: Int
    public var events: Int
    public var vehicleSearches: Int
    /// summary.json of the run, flattened (see `BenchKPIs`).
    public var kpis: [String: Double]

    public init(
        wallSeconds: Double, simulateSeconds: Double? = nil, reportedWallSeconds: Double? = nil, peakRSSMiB: Double,
        requests: Int, vehicles: Int, events: Int, vehicleSearches: Int, kpis: [String: Double]
    ) {
        self.wallSeconds = wallSeconds; self.simulateSeconds = simulateSeconds
        self.reportedWallSeconds = reportedWallSeconds; self.peakRSSMiB = peakRSSMiB
        self.requests = requests
        self.vehicles = vehicles; self.events = events; self.vehicleSearches = vehicleSearches; self.kpis = kpis
    }
}

/// Runs a scenario once for the bench.
public protocol BenchRunner {
    /// - Parameter reoptimisation: replaces the scenario's re-optimisation method (nil: the scenario's).
    func run(scenario: String, index: Int, reoptimisation: ReoptimisationRules.Method?) throws -> BenchMeasurement
}

/// The KPIs a bench compares, read from a run's summary.json.
public enum BenchKPIs {
    /// summary.json paths and the flat names they get.
    static let keys: [(path: [String], name: String)] = [
        (["requests"], "requests"), (["offers"], "offers"), (["accepted"], "accepted"), (["rejected"], "rejected"),
        (["fulfilled"], "fulfilled"), (["unfinished"], "unfinished"), (["served_share"], "served_share"),
        (["wait_s", "mean"], "wait_mean_s"), (["wait_s", "p95"], "wait_p95_s"),
        (["ride_time_s", "mean"], "ride_time_mean_s"),
        (["detour_factor", "mean"], "detour_factor_mean"), (["pooling_share"], "pooling_share"),
        (["occupancy_mean"], "occupancy_mean"), (["vehicle_km", "total"], "vehicle_km_total"),
        (["fleet_utilisation"], "fleet_utilisation")
    ]

    /// The flat KPIs of the summary.json at `path` (null and absent values left out).
    public static func read(summaryPath path: String) throws -> [String: Double] {
        guard let data = FileManager.default.contents(atPath: path),
            let root = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        else {
            throw RidepoolError("cannot read the run's summary \(path)", fix: "check that the run finished")
        }
        var out: [String: Double] = [:]
        for (keyPath, name) in keys {
            var node: Any? = root
            for k in keyPath { node = (node as? [String: Any])?[k] }
            if let x = (node as? NSNumber)?.doubleValue { out[name] = x }
        }
        return out
    }
}
