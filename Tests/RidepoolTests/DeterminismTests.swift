import Foundation
import TestSupport
import Testing

@testable import Ridepool

@Suite("Same scenario and seed give byte-identical results")
struct DeterminismTests {
    static let contractFiles = ["events.jsonl", "trips.csv", "summary.json", "vehicles.csv", "scenario.resolved.yaml"]

    @Test(
        "two runs of one scenario and seed write identical files",
        arguments: [
            "examples/tiny.yaml", "examples/tiny_poisson.yaml", "examples/autonomous.yaml", "examples/operations.yaml"
        ])
    func twoRunsAreByteIdentical(scenario: String) throws {
        let out = try Fixtures.scratch()
        let a = try RunScenario.run(
            scenarioPath: Fixtures.scenario(scenario), options: RunOptions(outputRoot: out, runID: "a"))
        let b = try RunScenario.run(
            scenarioPath: Fixtures.scenario(scenario), options: RunOptions(outputRoot: out, runID: "b"))
        #expect(a.requests > 0 && a.summary.requests == a.requests)
        for file in Self.contractFiles {
            let x = try Fixtures.bytes(a.directory + "/" + file), y = try Fixtures.bytes(b.directory + "/" + file)
            #expect(!x.isEmpty && x == y, "\(file) differs between two runs of \(scenario)")
        }
    }

    @Test("fleet operations with min-cost-flow rebalancing: two runs write identical files, and operate")
    func operationsRunsAreByteIdentical() throws {
        let out = try Fixtures.scratch()
        let path = Fixtures.scenario("examples/operations.yaml")
        let runs = try ["a", "b"].map {
            try RunScenario.run(
                scenarioPath: path, options: RunOptions(outputRoot: out, runID: $0, rebalancing: .minCostFlow))
        }
        for file in Self.contractFiles {
            let x = try Fixtures.bytes(runs[0].directory + "/" + file),
                y = try Fixtures.bytes(runs[1].directory + "/" + file)
            #expect(!x.isEmpty && x == y, "\(file) differs between two runs")
        }
        let log = String(decoding: try Fixtures.bytes(runs[0].directory + "/events.jsonl"), as: UTF8.self)
        for type in ["shift_start", "shift_end", "break_start", "set_out"] {
            #expect(log.contains("\"type\":\"\(type)\""), "no \(type) event")
        }
    }

    @Test("another seed changes the riders' draws and so the event log")
    func anotherSeedChangesTheLog() throws {
        let out = try Fixtures.scratch()
        let path = Fixtures.scenario("examples/tiny_poisson.yaml")
        let a = try RunScenario.run(scenarioPath: path, options: RunOptions(seed: 1, outputRoot: out, runID: "a"))
        let b = try RunScenario.run(scenarioPath: path, options: RunOptions(seed: 2, outputRoot: out, runID: "b"))
        #expect(try Fixtures.bytes(a.directory + "/events.jsonl") != Fixtures.bytes(b.directory + "/events.jsonl"))
    }

    @Test("running the written scenario.resolved.yaml reproduces the run exactly")
    func resolvedScenarioReproducesTheRun() throws {
        let out = try Fixtures.scratch()
        let first = try RunScenario.run(
            scenarioPath: Fixtures.scenario("examples/tiny.yaml"),
            options: RunOptions(seed: 7, fleetSize: 2, outputRoot: out, runID: "first"))
        let again = try RunScenario.run(
            scenarioPath: first.directory + "/scenario.resolved.yaml",
            options: RunOptions(outputRoot: out, runID: "again"))
        for file in ["events.jsonl", "trips.csv", "summary.json"] {
            #expect(
                try Fixtures.bytes(first.directory + "/" + file) == Fixtures.bytes(again.directory + "/" + file),
                "\(file)")
        }
    }
}
