import Foundation

/// What `ridepool bench --side-by-side` wrote: `results/bench/side_by_side-<UTC time>.json`.
/// Keys are documented in `results/README.md` ("Side-by-side results").
public struct SideBySideReport: Codable, Sendable {
    public var schema = 1
    public var createdUTC: String
    public var host: String
    /// Rounds (each runs every tool once on every workload).
    public var runs: Int
    /// The tools directory as given.
    public var tools: String
    /// What was missing or failed, one line each (the columns left empty).
    public var missing: [String]
    public var workloads: [SideBySideRecord]

    enum CodingKeys: String, CodingKey {
        case schema, createdUTC = "created_utc", host, runs, tools, missing, workloads
    }

    /// Two-space JSON with sorted keys.
    public func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }
}

/// One workload, measured by the three: the peer, the instrument (nil when missing or failed) and ridepool.
public struct SideBySideRecord: Codable, Sendable {
    public var name: String
    public var prefix: String
    public var scenario: String
    public var peer: SideBySideTimes?
    public var instrument: SideBySideTimes?
    public var ridepool: SideBySideTimes

    /// The reference the served shares are checked against: the peer's, else the instrument's (it makes
    /// the peer's decisions).
    public var reference: SideBySideTimes? { peer ?? instrument }

    /// ridepool's simulation ÷ the instrument's (medians): how far ridepool is from the speed limit.
    public var ridepoolOverInstrument: Double? { ratio(ridepool.seconds.median, instrument?.seconds.median) }
    /// The peer's simulation ÷ ridepool's (medians).
    public var peerOverRidepoolSimulation: Double? { ratio(peer?.seconds.median, ridepool.seconds.median) }
    /// The peer's simulation ÷ ridepool's whole process (medians).
    public var peerOverRidepoolWholeProcess: Double? {
        ratio(peer?.seconds.median, ridepool.processSeconds.median)
    }

    /// Whether `times` served a different number of requests than the reference.
    public func servesDifferently(_ times: SideBySideTimes?) -> Bool {
        guard let times, let reference else { return false }
        return times.served != reference.served || times.requests != reference.requests
    }

    /// The three ratios by name (`ridepool_over_instrument`, `peer_over_ridepool_simulation`,
    /// `peer_over_ridepool_whole_process`), those that exist; written for readers of the file.
    public var ratios: [String: Double]

    public init(
        name: String, prefix: String, scenario: String, peer: SideBySideTimes?, instrument: SideBySideTimes?,
        ridepool: SideBySideTimes
    ) {
        self.name = name; self.prefix = prefix; self.scenario = scenario
        self.peer = peer; self.instrument = instrument; self.ridepool = ridepool
        ratios = [:]
        ratios = [
            "ridepool_over_instrument": ridepoolOverInstrument,
            "peer_over_ridepool_simulation": peerOverRidepoolSimulation,
            "peer_over_ridepool_whole_process": peerOverRidepoolWholeProcess
        ].compactMapValues { $0 }
    }

    private func ratio(_ a: Double?, _ b: Double?) -> Double? {
        guard let a, let b, b > 0 else { return nil }
        return a / b
    }
}

/// One tool's runs on one workload.
public struct SideBySideTimes: Codable, Sendable {
    /// The simulation alone, s (the peer's `sim_wall_s`, the instrument's `wall_s`, ridepool's `simulate_s`).
    public var seconds: WallTimes
    /// The whole child process, s, as this bench measured it from outside.
    public var processSeconds: WallTimes
    /// The largest peak resident memory of the runs, MiB (the tool's own report when it makes one, else
    /// the child process's `ru_maxrss`; for the instrument, that of its `sh run.sh`).
    public var peakRSSMiB: Double
    public var requests: Int
    public var served: Int
    /// `served ÷ requests`.
    public var servedShare: Double
    /// ridepool only: its whole run as it measured itself (its metrics' `wall_s`), s.
    public var reportedSeconds: WallTimes?

    public init(
        seconds: WallTimes, processSeconds: WallTimes, peakRSSMiB: Double, requests: Int, served: Int,
        reportedSeconds: WallTimes? = nil
    ) {
        self.seconds = seconds; self.processSeconds = processSeconds; self.peakRSSMiB = peakRSSMiB
        self.requests = requests; self.served = served; self.reportedSeconds = reportedSeconds
        servedShare = requests > 0 ? Double(served) / Double(requests) : 0
    }

    enum CodingKeys: String, CodingKey {
        case seconds = "simulation_s", processSeconds = "process_s", peakRSSMiB = "peak_rss_mib", requests, served
        case servedShare = "served_share", reportedSeconds = "reported_wall_s"
    }
}
