import Foundation
import Reports

/// `ridepool bench --side-by-side`: the peer (RidePy), the instrument (`dispatch_limit`) and ridepool on the
/// same workloads, in interleaved rounds (round k: peer, instrument, ridepool on each workload in turn) so
/// that the machine's drift hits all three alike; writes the report.
public enum RunSideBySide {
    /// What a side-by-side bench produced.
    public struct Outcome: Sendable {
        public var report: SideBySideReport
        public var reportPath: String
    }

    /// - Parameters:
    ///   - ridepool: runs the workloads' scenarios (the CLI: `ChildProcessRunner`).
    ///   - runs: rounds.
    ///   - workDirectory: the tools' captured output and ridepool's runs go here.
    ///   - createdUTC: the report's time stamp (the caller's wall clock).
    ///   - progress: told each round's figures per workload, and each tool that is missing or failed.
    public static func run(
        workloads: [SideBySideWorkload], tools: SideBySideTools, ridepool: some BenchRunner, runs: Int,
        workDirectory: String, reportDirectory: String, createdUTC: String, progress: ((String) -> Void)? = nil
    ) throws -> Outcome {
        guard runs >= 1 else { throw RidepoolError("--runs \(runs) is below 1", fix: "pass --runs 1 or more") }
        guard !workloads.isEmpty else {
            throw RidepoolError(
                "bench --side-by-side: no workload to run",
                fix: "pass --workload PREFIX, or a suite with workload scenarios (scenarios/bench/suite.yaml)")
        }
        for line in tools.missing { progress?("missing: " + line) }
        var peer = workloads.map { _ in tools.peer.map(ExternalToolRuns.init) }
        var instrument = workloads.map { _ in tools.instrument.map(ExternalToolRuns.init) }
        var ours = workloads.map { _ in [BenchMeasurement]() }
        var failures: [String] = []
        var index = 0
        for round in 1...runs {
            for (w, workload) in workloads.enumerated() {
                index += 1
                var said = ["round \(round)/\(runs) \(workload.name):"]
                for isPeer in [true, false] {
                    guard var external = isPeer ? peer[w] : instrument[w] else { continue }
                    let line = external.runOnce(prefix: workload.prefix, workDirectory: workDirectory, index: index)
                    if let line { said.append("\(external.tool.role) \(SideBySideTable.seconds(line.seconds)) s,") }
                    if line == nil, let failure = external.failure, !failures.contains(failure) {
                        failures.append(failure)
                        progress?("failed: " + failure)
                    }
                    if isPeer { peer[w] = external } else { instrument[w] = external }
                }
                let m = try ridepool.run(scenario: workload.scenario, index: index, reoptimisation: nil)
                if let first = ours[w].first, first.kpis != m.kpis {
                    throw RidepoolError(
                        "bench: \(workload.name) (\(workload.scenario)) gave different KPIs in two runs",
                        fix: "this is a determinism bug: please report it")
                }
                ours[w].append(m)
                let simulate = m.simulateSeconds.map { SideBySideTable.seconds($0) + " s" } ?? "—"
                progress?(
                    (said + ["ridepool \(simulate) (whole \(SideBySideTable.seconds(m.wallSeconds)) s)"])
                        .joined(separator: " "))
            }
        }
        let records = workloads.indices.map { w in
            SideBySideRecord(
                name: workloads[w].name, prefix: workloads[w].prefix, scenario: workloads[w].scenario,
                peer: peer[w]?.times, instrument: instrument[w]?.times, ridepool: times(ours[w]))
        }
        let report = SideBySideReport(
            createdUTC: createdUTC, host: RunBench.hostDescription(), runs: runs, tools: tools.directory,
            missing: tools.missing + failures, workloads: records)
        try FileManager.default.createDirectory(atPath: reportDirectory, withIntermediateDirectories: true)
        let stem = reportDirectory + "/side_by_side-" + createdUTC.replacingOccurrences(of: ":", with: "")
        let reportPath = RunBench.freshPath(stem)
        try ResultFiles.writeText(String(decoding: try report.json(), as: UTF8.self) + "\n", to: reportPath)
        return Outcome(report: report, reportPath: reportPath)
    }

    /// ridepool's runs of one workload: `simulate_s`, the whole process from outside, peak memory, and
    /// the fulfilled requests as served.
    static func times(_ ms: [BenchMeasurement]) -> SideBySideTimes {
        let reported = ms.compactMap(\.reportedWallSeconds)
        return SideBySideTimes(
            seconds: WallTimes(runs: ms.map { $0.simulateSeconds ?? $0.wallSeconds }, warmups: []),
            processSeconds: WallTimes(runs: ms.map(\.wallSeconds), warmups: []),
            peakRSSMiB: ms.map(\.peakRSSMiB).max() ?? 0,
            requests: Int(ms[0].kpis["requests"] ?? Double(ms[0].requests)),
            served: Int(ms[0].kpis["fulfilled"] ?? 0),
            reportedSeconds: reported.count == ms.count ? WallTimes(runs: reported, warmups: []) : nil)
    }
}
