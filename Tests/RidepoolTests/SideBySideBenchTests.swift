import Foundation
import TestSupport
import Testing

@testable import Ridepool

/// `ridepool bench --side-by-side` without the project's shared tools: the tools are stub shell scripts
/// in a temporary directory that print a JSON line (this tests the parsing and the orchestration, not speed).
@Suite("ridepool bench --side-by-side: tool lines, table, missing tools, rounds")
struct SideBySideBenchTests {
    static let peerLine = """
        {"tool": "ridepy", "ridepy_version": "2.10.1", "sim_wall_s": 0.9191760809999323, "requests": 10000, \
        "served": 9439, "rejected": 561, "served_share": 0.9439, "wait_mean": 1.670487770087745, \
        "ridepy_system_quantities": {"avg_occupancy": 2.0}, "peak_rss_mib": 195.85546875}
        """
    static let instrumentLine = """
        {"tool": "dispatch_limit", "mode": "pruned", "workload": "w", "vehicles": 100, "wall_s": 0.060750, \
        "requests_per_s": 164610.3, "requests": 10000, "served": 9439, "rejected": 561, \
        "served_share": 0.94389999999999996, "wait_mean": 1.670487770087745, "profile_s": {"grid": 0.01}}
        """
    static let tinyPrefix = Fixtures.scenario("examples/workload/tiny_workload")

    /// A tools directory: `ridepy_bench.py` (run by /bin/sh as the peer's "Python") printing `peer` after
    /// a warning when called as `--import PREFIX` with an existing workload, and `dispatch_limit/run.sh`
    /// running `instrument` (shell commands).
    static func fakeTools(peer: String?, instrument: String?) throws -> String {
        let dir = try Fixtures.scratch() + "/tools"
        try FileManager.default.createDirectory(atPath: dir + "/dispatch_limit", withIntermediateDirectories: true)
        if let peer {
            let script = """
                [ "$1" = --import ] && [ -f "$2.requests.csv" ] || { echo "usage: --import PREFIX" >&2; exit 2; }
                echo "warning: numpy is old"
                echo '\(peer)'

                """
            try script.write(toFile: dir + "/ridepy_bench.py", atomically: true, encoding: .utf8)
        }
        if let instrument {
            try (instrument + "\n").write(toFile: dir + "/dispatch_limit/run.sh", atomically: true, encoding: .utf8)
        }
        return dir
    }

    static func times(_ runs: [Double], served: Int, requests: Int = 10_000, peak: Double) -> SideBySideTimes {
        SideBySideTimes(
            seconds: WallTimes(runs: runs, warmups: []),
            processSeconds: WallTimes(runs: runs.map { $0 * 2 }, warmups: []),
            peakRSSMiB: peak, requests: requests, served: served)
    }

    @Test("the peer's JSON line parses after other output: simulation seconds, counts, its peak memory")
    func peerLineParses() throws {
        let line = try #require(
            ToolResultLine.parse("loading…\n" + Self.peerLine + "\n\n", secondsKey: ToolResultLine.peerSecondsKey))
        #expect(line.seconds == 0.9191760809999323 && line.requests == 10_000 && line.served == 9439)
        #expect(line.peakRSSMiB == 195.85546875 && line.waitMean == 1.670487770087745)
    }

    @Test("the instrument's JSON line parses; served comes from served_share when the count is absent")
    func instrumentLineParses() throws {
        let line = try #require(ToolResultLine.parse(Self.instrumentLine, secondsKey: "wall_s"))
        #expect(line.seconds == 0.060750 && line.served == 9439 && line.peakRSSMiB == nil)
        let shareOnly = #"{"wall_s": 0.5, "requests": 400, "served_share": 0.15}"#
        #expect(ToolResultLine.parse(shareOnly, secondsKey: "wall_s")?.served == 60)
    }

    @Test("output without a JSON line holding the seconds and the counts gives nothing")
    func unusableOutput() {
        #expect(ToolResultLine.parse(Self.instrumentLine, secondsKey: ToolResultLine.peerSecondsKey) == nil)
        #expect(ToolResultLine.parse("Traceback (most recent call last):\n{ not json", secondsKey: "wall_s") == nil)
        #expect(ToolResultLine.parse(#"{"wall_s": 1.0, "served": 3}"#, secondsKey: "wall_s") == nil)
        #expect(ToolResultLine.parse("", secondsKey: "wall_s") == nil)
    }

    @Test("median and range of the rounds")
    func medianAndRange() {
        let odd = WallTimes(runs: [3, 1, 2], warmups: []), even = WallTimes(runs: [4, 1, 2, 3], warmups: [])
        #expect(odd.median == 2 && odd.min == 1 && odd.max == 3)
        #expect(even.median == 2.5 && even.min == 1 && even.max == 4)
        #expect(SideBySideTable.spread(odd) == "2.00 [1.00–3.00]" && SideBySideTable.spread(nil) == "—")
    }

    @Test("the table: one fixed-width row per workload, ratios of the medians, — for a missing tool, ! for a mismatch")
    func tableFormatting() {
        let full = SideBySideRecord(
            name: "ridepy_v100_r10k", prefix: "/w/a", scenario: "/s/a.yaml",
            peer: Self.times([0.9, 1.0, 1.1], served: 9439, peak: 196),
            instrument: Self.times([0.05, 0.06, 0.07], served: 9439, peak: 5),
            ridepool: Self.times([0.09, 0.1, 0.2], served: 9439, peak: 53))
        let partial = SideBySideRecord(
            name: "big", prefix: "/w/b", scenario: "/s/b.yaml",
            peer: Self.times([90], served: 94_061, requests: 100_000, peak: 405),
            instrument: nil, ridepool: Self.times([4.5], served: 93_910, requests: 100_000, peak: 211))
        let report = SideBySideReport(
            createdUTC: "2000-01-01T00:00:00Z", host: "h", runs: 3, tools: "t",
            missing: ["instrument: t/dispatch_limit/run.sh not found"], workloads: [full, partial])
        let lines = SideBySideTable.render(report).split(separator: "\n").map(String.init)
        #expect(lines.count == 6)
        #expect(Set(lines[0...3].map(\.count)).count == 1, "fixed width:\n\(lines.joined(separator: "\n"))")
        let a = lines[2].split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(a[0] == "ridepy_v100_r10k" && a[1] == "1.00 [0.900–1.10]" && a[2] == "0.0600 [0.0500–0.0700]")
        #expect(a[5] == "1.67×" && a[6] == "10.0×" && a[7] == "5.00×" && a[8] == "53 / 196")
        #expect(a[9] == "0.94390" && a[10] == "0.94390" && a[11] == "0.94390")
        let b = lines[3].split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(b[2] == "—" && b[5] == "—" && b[6] == "20.0×" && b[10] == "—" && b[11] == "0.93910 !")
        #expect(lines[5] == "missing: instrument: t/dispatch_limit/run.sh not found")
        #expect(full.ratios["peer_over_ridepool_simulation"] == 10 && partial.ratios.count == 2)
    }

    @Test("a missing tools directory is an error naming it and the shared tools")
    func toolsDirectoryMissing() throws {
        let missing = try Fixtures.scratch() + "/no-such-tools"
        let error = try #require(throws: RidepoolError.self) {
            try SideBySideTools.locate(directory: missing, peerPython: "/bin/sh")
        }
        #expect(error.message.contains(missing) && error.fix.contains("shared tools") && error.fix.contains("--tools"))
    }

    @Test("a missing peer venv or instrument leaves its tool out, with one line saying how to get it")
    func missingTools() throws {
        let dir = try Self.fakeTools(peer: "{}", instrument: nil)
        let tools = try SideBySideTools.locate(directory: dir, peerPython: "/no/venv/bin/python")
        #expect(tools.peer == nil && tools.instrument == nil && tools.missing.count == 2)
        #expect(tools.missing[0] == "peer: /no/venv/bin/python not found; run \(dir)/setup_ridepy_venv.sh")
        #expect(tools.missing[1].hasPrefix("instrument: \(dir)/dispatch_limit/run.sh not found"))
        let found = try SideBySideTools.locate(directory: dir, peerPython: "/bin/sh")
        #expect(found.peer?.arguments(prefix: "P") == ["/bin/sh", dir + "/ridepy_bench.py", "--import", "P"])
    }

    @Test("the suite's workload scenarios are the default workloads; an ad-hoc prefix gets a scenario")
    func workloads() throws {
        let suite = try BenchSuite.load(path: Fixtures.scenario("examples/bench/tiny_suite.yaml"))
        let found = try SideBySideWorkload.fromSuite(suite)
        #expect(found.map(\.name) == ["tiny_workload"] && found.first?.prefix == Self.tinyPrefix)
        let work = try Fixtures.scratch()
        let adHoc = try SideBySideWorkload.adHoc(prefix: Self.tinyPrefix, directory: work, index: 1)
        let text = try String(contentsOfFile: adHoc.scenario, encoding: .utf8)
        #expect(text.contains("secondsPerUnit: 1000") && text.contains("tiny_workload.fleet.csv"))
        #expect(throws: RidepoolError.self) {
            try SideBySideWorkload.adHoc(prefix: work + "/nothing", directory: work, index: 2)
        }
    }

    /// Two rounds on the tiny workload: stub tools, ridepool in process.
    static func bench(tools: SideBySideTools) throws -> RunSideBySide.Outcome {
        let work = try Fixtures.scratch()
        let workload = try SideBySideWorkload.adHoc(prefix: tinyPrefix, directory: work, index: 1)
        return try RunSideBySide.run(
            workloads: [workload], tools: tools, ridepool: InProcessRunner(workDirectory: work, cacheDirectory: nil),
            runs: 2, workDirectory: work, reportDirectory: work + "/reports", createdUTC: "2000-01-01T00:00:00Z")
    }

    @Test("rounds run every tool on the workload; the report holds their figures and is written as JSON")
    func stubbedRounds() throws {
        let peer = #"{"sim_wall_s": 0.5, "requests": 400, "served": 61, "peak_rss_mib": 120}"#
        let instrument = #"echo '{"wall_s": 0.01, "requests": 400, "served_share": 0.15}'"#
        let tools = try SideBySideTools.locate(
            directory: try Self.fakeTools(peer: peer, instrument: instrument), peerPython: "/bin/sh")
        let outcome = try Self.bench(tools: tools)
        let record = try #require(outcome.report.workloads.first)
        #expect(outcome.report.missing.isEmpty && outcome.report.runs == 2)
        #expect(record.peer?.seconds.runs == [0.5, 0.5] && record.peer?.peakRSSMiB == 120)
        #expect(record.instrument?.seconds.runs == [0.01, 0.01] && record.instrument?.served == 60)
        #expect(record.ridepool.seconds.runs.count == 2 && record.ridepool.requests == 400)
        #expect(!record.servesDifferently(record.ridepool), "ridepool served \(record.ridepool.served), peer 61")
        #expect(record.servesDifferently(record.instrument))
        let data = try #require(FileManager.default.contents(atPath: outcome.reportPath))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let first = try #require((json["workloads"] as? [[String: Any]])?.first)
        #expect((first["ratios"] as? [String: Any])?.count == 3 && outcome.reportPath.contains("side_by_side-"))
    }

    @Test("a tool that fails leaves its column empty and says why; the others still run")
    func failingTool() throws {
        let instrument = "echo 'g++: not found' >&2; exit 3"
        let tools = try SideBySideTools.locate(
            directory: try Self.fakeTools(peer: "no json here", instrument: instrument), peerPython: "/bin/sh")
        let outcome = try Self.bench(tools: tools)
        let record = try #require(outcome.report.workloads.first)
        #expect(record.peer == nil && record.instrument == nil && record.ridepool.seconds.runs.count == 2)
        #expect(outcome.report.missing.count == 2, "\(outcome.report.missing)")
        #expect(outcome.report.missing.contains { $0.hasPrefix("peer: ") && $0.contains("printed no JSON line") })
        #expect(outcome.report.missing.contains { $0.contains("exited with status 3: g++: not found") })
    }
}
