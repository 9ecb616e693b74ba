import Foundation
import Reports

/// `ridepool bench`: runs a suite, writes its report, and sets it against the baseline.
public enum RunBench {
    /// What a bench produced.
    public struct Outcome: Sendable {
        public var report: BenchReport
        public var reportPath: String
        /// nil when the baseline was (re)written instead of compared.
        public var comparison: BenchComparison?
    }

    /// - Parameters:
    ///   - runs: overrides the suite's timed runs per scenario.
    ///   - createdUTC: the report's time stamp (the caller's wall clock: a bench measures wall time by nature).
    ///   - updateBaseline: write the report as the new baseline instead of comparing.
    ///   - progress: told each scenario's name as it starts, and each run's wall seconds.
    public static func run(
        suite: BenchSuite, runner: some BenchRunner, runs: Int? = nil, reportDirectory: String,
        baselinePath: String, updateBaseline: Bool, createdUTC: String,
        progress: ((String) -> Void)? = nil
    ) throws -> Outcome {
        let timed = runs ?? suite.runs
        guard timed >= 1 else { throw RidepoolError("--runs \(timed) is below 1", fix: "pass --runs 1 or more") }
        var records: [BenchRecord] = []
        var index = 0
        for (i, scenario) in suite.scenarios.enumerated() {
            let written = suite.scenariosAsWritten[i], method = suite.reoptimisation[i]
            let name = BenchSuite.recordName(scenario: scenario, reoptimisation: method)
            var measurements: [BenchMeasurement] = [], warm: [Double] = []
            for k in 0..<(suite.warmups + timed) {
                index += 1
                let m = try runner.run(scenario: scenario, index: index, reoptimisation: method)
                progress?(
                    "\(name) run \(k + 1)/\(suite.warmups + timed): "
                        + String(format: "%.2f s, %.0f MiB", m.wallSeconds, m.peakRSSMiB))
                if k < suite.warmups { warm.append(m.wallSeconds) } else { measurements.append(m) }
                if let first = measurements.first, m.kpis != first.kpis {
                    throw RidepoolError(
                        "bench: \(name) (\(scenario)) gave different KPIs in two runs",
                        fix: "this is a determinism bug: please report it")
                }
            }
            records.append(record(name: name, shown: written, measurements, warmups: warm))
        }
        let report = BenchReport(
            suite: suite.name, createdUTC: createdUTC, host: hostDescription(), runs: timed,
            tolerance: suite.tolerance, scenarios: records)
        try FileManager.default.createDirectory(atPath: reportDirectory, withIntermediateDirectories: true)
        let reportPath = freshPath(reportDirectory + "/" + createdUTC.replacingOccurrences(of: ":", with: ""))
        try write(report, to: reportPath)
        if updateBaseline {
            try FileManager.default.createDirectory(
                atPath: URL(fileURLWithPath: baselinePath).deletingLastPathComponent().path,
                withIntermediateDirectories: true)
            try write(report, to: baselinePath)
            return Outcome(report: report, reportPath: reportPath, comparison: nil)
        }
        let baseline = try BenchReport.read(path: baselinePath)
        return Outcome(
            report: report, reportPath: reportPath,
            comparison: BenchComparison(current: report, baseline: baseline, tolerance: suite.tolerance))
    }

    /// `<stem>.json`, or `<stem>-2.json`, `-3`, … when a bench in the same second wrote that name already.
    static func freshPath(_ stem: String) -> String {
        var path = stem + ".json", n = 1
        while FileManager.default.fileExists(atPath: path) { n += 1; path = stem + "-\(n).json" }
        return path
    }

    static func record(name: String, shown: String, _ ms: [BenchMeasurement], warmups: [Double]) -> BenchRecord {
        let first = ms[0]
        let wall = WallTimes(runs: ms.map(\.wallSeconds), warmups: warmups)
        let perSecond = { (x: Int) in wall.median > 0 ? (Double(x) / wall.median).rounded() : 0 }
        return BenchRecord(
            name: name, scenario: shown, requests: first.requests, vehicles: first.vehicles,
            events: first.events, kpis: first.kpis, wall: wall,
            simulate: ms.allSatisfy { $0.simulateSeconds != nil }
                ? WallTimes(runs: ms.map { $0.simulateSeconds! }, warmups: []) : nil,
            peakRSSMiB: ms.map(\.peakRSSMiB).max() ?? 0, eventsPerSecond: perSecond(first.events),
            vehicleSearches: first.vehicleSearches,
            vehicleSearchesPerSecond: perSecond(first.vehicleSearches))
    }

    static func write(_ report: BenchReport, to path: String) throws {
        try ResultFiles.writeText(String(decoding: try report.json(), as: UTF8.self) + "\n", to: path)
    }

    static func hostDescription() -> String {
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let memory = Double(ProcessInfo.processInfo.physicalMemory) / 1_073_741_824
        return String(
            format: "%d cores, %.0f GiB, %@", cores, memory, ProcessInfo.processInfo.operatingSystemVersionString)
    }
}
