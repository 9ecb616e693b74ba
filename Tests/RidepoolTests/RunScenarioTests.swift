import Foundation
import Reports
import TestSupport
import Testing

@testable import Ridepool

@Suite("ridepool run: results, verification and overrides")
struct RunScenarioTests {
    @Test(
        "a run leaves every contract file, no partial file, and passes the independent verifier",
        // autonomous, cottbus_incidents: dispatch latency, shuttles with boarding authentication, breakdowns;
        // prebooking: booking times, arrive-by requests and every dispatch key.
        arguments: [
            "examples/tiny.yaml", "examples/tiny_poisson.yaml", "examples/autonomous.yaml",
            "cottbus/cottbus_incidents.yaml", "examples/prebooking.yaml"
        ])
    func runPassesTheVerifier(scenario: String) throws {
        let result = try RunScenario.run(
            scenarioPath: Fixtures.scenario(scenario),
            options: RunOptions(outputRoot: try Fixtures.scratch(), runID: "r"))
        let files = try FileManager.default.contentsOfDirectory(atPath: result.directory).sorted()
        #expect(
            files == [
                "events.jsonl", "report.html", "scenario.resolved.yaml", "summary.json", "trips.csv", "vehicles.csv"
            ])
        let report = try Verifier.verify(runDirectory: result.directory)
        #expect(report.violations == [])
        #expect(report.checked.trips == result.requests)
        #expect(result.summary.fulfilled > 0)
    }

    @Test("the autonomous example rejects at dispatch, authenticates, breaks down, re-dispatches and terminates")
    func autonomousExampleShowsEveryPhaseInTheSummaryAndReport() throws {
        let result = try RunScenario.run(
            scenarioPath: Fixtures.scenario("examples/autonomous.yaml"),
            options: RunOptions(outputRoot: try Fixtures.scratch(), runID: "r"))
        let s = result.summary
        #expect(s.rejected > 0 && s.dispatchLatency.count == s.accepted + s.rejected)
        #expect(s.breakdowns == 2 && s.outOfServiceSeconds > 0)
        #expect(s.terminated > 0 && s.reassignedTrips > 0)
        #expect(s.authentication.count > 0 && s.authenticationNoShows > 0)
        let html = try String(contentsOfFile: result.directory + "/report.html", encoding: .utf8)
        #expect(html.contains("vehicle breakdowns (2)") && html.contains("rejected at dispatch"))
    }

    @Test("--fleet-size replaces the fleet and shows in vehicles.csv and the resolved scenario")
    func fleetSizeOverride() throws {
        let result = try RunScenario.run(
            scenarioPath: Fixtures.scenario("examples/tiny.yaml"),
            options: RunOptions(fleetSize: 1, outputRoot: try Fixtures.scratch(), runID: "r"))
        #expect(result.vehicles == 1)
        let rows = try String(contentsOfFile: result.directory + "/vehicles.csv", encoding: .utf8).split(
            separator: "\n")
        #expect(rows.count == 2)
        #expect(
            try String(contentsOfFile: result.directory + "/scenario.resolved.yaml", encoding: .utf8).contains(
                "count: 1"))
    }

    @Test("--demand-scale 2 doubles a replayed demand; 0.5 keeps about half")
    func demandScaleOverride() throws {
        let path = Fixtures.scenario("examples/tiny.yaml")
        let base = try RunScenario.run(
            scenarioPath: path, options: RunOptions(outputRoot: try Fixtures.scratch(), runID: "a"))
        let double = try RunScenario.run(
            scenarioPath: path, options: RunOptions(demandScale: 2, outputRoot: try Fixtures.scratch(), runID: "b"))
        let half = try RunScenario.run(
            scenarioPath: path, options: RunOptions(demandScale: 0.5, outputRoot: try Fixtures.scratch(), runID: "c"))
        #expect(double.requests == 2 * base.requests)
        #expect(half.requests > base.requests / 4 && half.requests < base.requests * 3 / 4)
    }

    @Test(
        "impossible overrides are refused with the fix",
        arguments: [
            RunOptions(fleetSize: 0, runID: "x"), RunOptions(demandScale: -1, runID: "x"),
            RunOptions(demandScale: .nan, runID: "x"),
            RunOptions(fleetSize: 1_000_001, runID: "x"), RunOptions(demandScale: 1e308, runID: "x"),
            RunOptions(demandScale: 101, runID: "x")
        ])
    func badOverridesAreRefused(options: RunOptions) throws {
        let error = try #require(throws: RidepoolError.self) {
            try RunScenario.run(scenarioPath: Fixtures.scenario("examples/tiny.yaml"), options: options)
        }
        #expect(error.description.contains("Fix:"))
    }
}
