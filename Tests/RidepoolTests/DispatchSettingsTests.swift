import Foundation
import Scenario
import Simulation
import TestSupport
import Testing

@testable import Ridepool

/// The scenario's `dispatch` reaches the engine's setup; `--reoptimisation` and bench entries replace
/// the method; a workload replay keeps greedy insertion unless its scenario says otherwise.
@Suite("Dispatch settings: setup, --reoptimisation, workloads, bench entries")
struct DispatchSettingsTests {
    @Test("the scenario's dispatch section is the engine's, and the default without one")
    func setupCarriesTheScenarioDispatch() throws {
        let spec = try ScenarioLoader.load(path: Fixtures.scenario("examples/prebooking.yaml"))
        let world = try RunWorld(spec: spec, precompute: false)
        #expect(world.setup.dispatch == spec.dispatch && world.setup.dispatch.reoptimisation.method == .batch)
        let tiny = try RunWorld(spec: try ScenarioLoader.load(path: Fixtures.scenario("examples/tiny.yaml")))
        #expect(tiny.setup.dispatch == DispatchRules())
    }

    @Test(
        "--reoptimisation replaces only the method, and the resolved scenario shows it",
        arguments: [
            ReoptimisationRules.Method.none, .localSearch, .batch
        ])
    func reoptimisationOverride(method: ReoptimisationRules.Method) throws {
        let spec = try ScenarioLoader.load(path: Fixtures.scenario("examples/prebooking.yaml"))
        let changed = try spec.applying(RunOptions(runID: "r", reoptimisation: method))
        var expected = spec.dispatch
        expected.reoptimisation.method = method
        #expect(changed.dispatch == expected)
        #expect(changed.resolvedYAML().contains("  reoptimisation:\n    method: \(method.rawValue)\n"))
        #expect(try spec.applying(RunOptions(runID: "r")).dispatch == spec.dispatch)
    }

    @Test("--reoptimisation on a scenario without a dispatch section writes the section into the resolved scenario")
    func overrideOnADefaultScenario() throws {
        let spec = try ScenarioLoader.load(path: Fixtures.scenario("examples/tiny.yaml"))
        let changed = try spec.applying(RunOptions(runID: "r", reoptimisation: .localSearch))
        #expect(changed.dispatch.reoptimisation.method == .localSearch)
        let yaml = changed.resolvedYAML()
        #expect(yaml.contains("dispatch:\n") && yaml.contains("method: localSearch"))
        #expect(try ScenarioLoader.load(yaml: yaml, file: spec.file) == changed)
    }

    @Test("a workload replay keeps greedy insertion unless its scenario (or --reoptimisation) says otherwise")
    func workloadReplayDispatch() throws {
        let path = Fixtures.scenario("examples/workload/tiny_workload.yaml")
        let spec = try ScenarioLoader.load(path: path)
        let workload = try #require(spec.workload)
        #expect(try WorkloadWorld(spec: spec, workload: workload).setup.dispatch == DispatchRules())
        let batch = try spec.applying(RunOptions(runID: "r", reoptimisation: .batch))
        #expect(try WorkloadWorld(spec: batch, workload: workload).setup.dispatch.reoptimisation.method == .batch)
        var yaml = try String(contentsOfFile: path, encoding: .utf8)
        yaml += "\ndispatch: {reoptimisation: {method: localSearch, intervalSeconds: 30}}\n"
        let written = try ScenarioLoader.load(yaml: yaml, file: path)
        let setup = try WorkloadWorld(spec: written, workload: workload).setup
        #expect(
            setup.dispatch.reoptimisation.method == .localSearch
                && setup.dispatch.reoptimisation.interval == .seconds(30))
    }

    // MARK: Bench entries

    /// Records what it was asked and answers with fixed figures.
    final class RecordingRunner: BenchRunner, @unchecked Sendable {
        var calls: [(String, ReoptimisationRules.Method?)] = []
        func run(scenario: String, index: Int, reoptimisation: ReoptimisationRules.Method?) throws -> BenchMeasurement {
            calls.append((URL(fileURLWithPath: scenario).lastPathComponent, reoptimisation))
            return BenchMeasurement(
                wallSeconds: 1, peakRSSMiB: 1, requests: 1, vehicles: 1, events: 1, vehicleSearches: 1,
                kpis: ["requests": 1])
        }
    }

    static func suite(_ scenarios: String) throws -> String {
        let dir = try Fixtures.scratch()
        let tiny = Fixtures.scenario("examples/tiny.yaml"), minimal = Fixtures.scenario("examples/minimal.yaml")
        let text = """
            schemaVersion: 1
            name: strategies
            runs: 1
            warmups: 0
            scenarios:
            \(scenarios.replacingOccurrences(of: "TINY", with: tiny).replacingOccurrences(of: "MINIMAL", with: minimal))
            """
        try text.write(toFile: dir + "/suite.yaml", atomically: true, encoding: .utf8)
        return dir + "/suite.yaml"
    }

    @Test("a suite entry may set a re-optimisation method: the runner gets it, the record is named after it")
    func benchEntriesSetTheMethod() throws {
        let path = try Self.suite(
            """
              - TINY
              - {scenario: TINY, reoptimisation: localSearch}
              - {scenario: TINY, reoptimisation: batch}
              - {scenario: MINIMAL}
            """)
        let suite = try BenchSuite.load(path: path)
        #expect(suite.reoptimisation == [nil, .localSearch, .batch, nil])
        #expect(suite.scenarios.count == 4 && suite.scenariosAsWritten[1] == Fixtures.scenario("examples/tiny.yaml"))
        let runner = RecordingRunner()
        let work = try Fixtures.scratch()
        let outcome = try RunBench.run(
            suite: suite, runner: runner, reportDirectory: work, baselinePath: work + "/baseline.json",
            updateBaseline: true, createdUTC: "2000-01-01T00:00:00Z")
        #expect(runner.calls.map(\.1) == [nil, .localSearch, .batch, nil])
        #expect(runner.calls.map(\.0) == ["tiny.yaml", "tiny.yaml", "tiny.yaml", "minimal.yaml"])
        #expect(outcome.report.scenarios.map(\.name) == ["tiny", "tiny+localSearch", "tiny+batch", "minimal"])
    }

    @Test(
        "a bad suite entry is refused naming the entry, with a fix",
        arguments: [
            ("  - {scenario: TINY, reoptimisation: bacth}", "scenarios[0].reoptimisation: unknown method 'bacth'"),
            ("  - {scenario: TINY, reoptimization: batch}", "unknown key 'scenarios[0].reoptimization'"),
            ("  - {reoptimisation: batch}", "scenarios[0].scenario: missing"),
            ("  - [TINY]", "scenarios[0]: must be a scenario path or a mapping"),
            (
                "  - {scenario: TINY, reoptimisation: batch}\n  - {scenario: TINY, reoptimisation: batch}",
                "scenarios[1]: 'tiny+batch' is listed twice (first as scenarios[0])"
            ),
            ("  - TINY\n  - {scenario: TINY}", "scenarios[1]: 'tiny' is listed twice")
        ])
    func badBenchEntries(entries: String, phrase: String) throws {
        let error = try #require(throws: RidepoolError.self) { try BenchSuite.load(path: try Self.suite(entries)) }
        #expect(error.description.contains(phrase) && error.description.contains("suite.yaml"), "\(error)")
        #expect(error.description.contains("Fix:"), "\(error)")
    }

    @Test("the dispatch suite lists the loaded Cottbus day once per method")
    func dispatchSuiteLoads() throws {
        let suite = try BenchSuite.load(path: Fixtures.scenario("bench/dispatch.yaml"))
        #expect(suite.reoptimisation == [ReoptimisationRules.Method.none, .localSearch, .batch])
        #expect(Set(suite.scenarios) == [Fixtures.scenario("cottbus/cottbus_loaded.yaml")])
    }
}
