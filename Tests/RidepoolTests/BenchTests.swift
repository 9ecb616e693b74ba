import Foundation
import TestSupport
import Testing

@testable import Ridepool

@Suite("ridepool bench: suite, report, baseline comparison")
struct BenchTests {
    static func suite() throws -> BenchSuite {
        try BenchSuite.load(path: Fixtures.scenario("examples/bench/tiny_suite.yaml"))
    }

    /// Runs the tiny suite in process; with `update`, writes the baseline instead of comparing.
    static func bench(baseline: String, update: Bool, work: String) throws -> RunBench.Outcome {
        try RunBench.run(
            suite: suite(), runner: InProcessRunner(workDirectory: work, cacheDirectory: nil),
            reportDirectory: work + "/reports", baselinePath: baseline, updateBaseline: update,
            createdUTC: update ? "2000-01-01T00:00:00Z" : "2000-01-01T00:00:01Z")
    }

    /// A baseline file made from `report` after `change`.
    static func fabricate(_ report: BenchReport, at path: String, _ change: (inout BenchReport) -> Void) throws {
        var r = report
        change(&r)
        try r.json().write(to: URL(fileURLWithPath: path))
    }

    @Test("a suite file loads with its scenarios resolved and its tolerance")
    func suiteLoads() throws {
        let s = try Self.suite()
        #expect(s.name == "tiny" && s.runs == 2 && s.warmups == 0 && s.scenarios.count == 2)
        #expect(s.scenarios.allSatisfy { FileManager.default.fileExists(atPath: $0) })
        #expect(s.tolerance.timeFactor == 1000 && s.tolerance.kpiRelative == 0)
    }

    @Test(
        "a suite number outside its documented range is refused with the range and a fix",
        arguments: [
            "runs: 0", "runs: 1001", "warmups: 101", "tolerance: {timeFactor: .inf}", "tolerance: {timeFactor: 1e308}",
            "tolerance: {kpiRelative: -1}", "tolerance: {memoryFactor: .nan}"
        ])
    func suiteNumbersOutOfRange(line: String) throws {
        let path = try Fixtures.scratch() + "/suite.yaml"
        try "schemaVersion: 1\nname: s\n\(line)\nscenarios: [\(Fixtures.scenario("examples/tiny.yaml"))]\n"
            .write(toFile: path, atomically: true, encoding: .utf8)
        let error = try #require(throws: RidepoolError.self) { try BenchSuite.load(path: path) }
        #expect(
            error.description.contains("suite.yaml") && error.description.contains(" in ")
                && error.description.contains("Fix:"),
            "\(error)")
    }

    @Test("the bench passes against the baseline it wrote, and records KPIs, times and counts")
    func passesAgainstItsOwnBaseline() throws {
        let work = try Fixtures.scratch()
        let baseline = work + "/baseline.json"
        let written = try Self.bench(baseline: baseline, update: true, work: work)
        #expect(written.comparison == nil && FileManager.default.fileExists(atPath: baseline))
        #expect(FileManager.default.fileExists(atPath: written.reportPath))
        let again = try Self.bench(baseline: baseline, update: false, work: work)
        let comparison = try #require(again.comparison)
        #expect(comparison.passed, "\(comparison.failures.map(BenchComparison.format))")
        for record in again.report.scenarios {
            #expect(
                record.wall.runs.count == 2 && record.events > 0 && record.kpis["requests"] == Double(record.requests))
            #expect(
                record.vehicleSearches > 0 && record.wall.min <= record.wall.median
                    && record.wall.median <= record.wall.max)
        }
        #expect(comparison.rows.contains { $0.metric == "served_share" })
    }

    @Test("a KPI that moved from the baseline fails the bench, naming scenario and KPI")
    func perturbedKPIFails() throws {
        let work = try Fixtures.scratch()
        let baseline = work + "/baseline.json"
        let first = try Self.bench(baseline: baseline, update: true, work: work)
        try Self.fabricate(first.report, at: baseline) { $0.scenarios[1].kpis["fulfilled"]! += 1 }
        let comparison = try #require(try Self.bench(baseline: baseline, update: false, work: work).comparison)
        #expect(!comparison.passed)
        #expect(comparison.failures.map(\.metric) == ["fulfilled"])
        #expect(comparison.failures.first?.scenario == "tiny_workload")
    }

    @Test("a run slower than the baseline by more than the time factor fails the bench")
    func injectedSlowdownFails() throws {
        let work = try Fixtures.scratch()
        let baseline = work + "/baseline.json"
        let first = try Self.bench(baseline: baseline, update: true, work: work)
        // A baseline a billion times faster than the first bench: the second bench's runs look slower
        // than the tolerated 1000× unless they were a million times faster than the first bench's (a
        // run's time varies with the machine's load, by far less than that).
        try Self.fabricate(first.report, at: baseline) { r in
            for i in r.scenarios.indices {
                r.scenarios[i].wall = WallTimes(runs: r.scenarios[i].wall.runs.map { $0 / 1e9 }, warmups: [])
            }
        }
        let comparison = try #require(try Self.bench(baseline: baseline, update: false, work: work).comparison)
        #expect(Set(comparison.failures.map(\.metric)) == ["wall_s.median"])
        #expect(comparison.failures.count == 2)
        #expect(comparison.table().contains("FAIL: slower than 1000× the baseline"))
    }

    @Test("a baseline that cannot be read is an error that says how to make one")
    func missingBaselineIsAnError() throws {
        let work = try Fixtures.scratch()
        #expect(throws: RidepoolError.self) {
            _ = try Self.bench(baseline: work + "/none.json", update: false, work: work)
        }
    }
}
