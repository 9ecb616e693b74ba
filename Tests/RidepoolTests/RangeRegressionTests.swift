import Foundation
import Scenario
import TestSupport
import Testing

@testable import Ridepool

/// Issue 14: a valid double with no meaning once converted (to milliseconds, to a cost) trapped
/// `validate` or `run`. Now the reading edge refuses it with file, line, field, range and fix.
@Suite("issue 14: numbers outside their documented range are refused where they are read")
struct RangeRegressionTests {
    static func invalid(_ name: String) -> String { Fixtures.scenario("examples/invalid/\(name).yaml") }

    @Test("validate: offerLifetimeSeconds 1e308 is one problem naming file, line, field, range and fix (it trapped)")
    func hugeOfferLifetimeIsAProblem() {
        let problems = ValidateScenario.problems(scenarioPath: Self.invalid("offer_lifetime_out_of_range"))
        #expect(problems.count == 1, "\(problems)")
        let p = problems.first ?? ""
        #expect(
            p.contains("offer_lifetime_out_of_range.yaml:15:") && p.contains("matcher.offerLifetimeSeconds"), "\(p)")
        #expect(p.contains("(0, 86400]") && p.contains("1e+308") && p.contains("Fix:"), "\(p)")
    }

    @Test("validate and run: rideWeight 1e308 is refused before the first quote (run trapped in TripSpec.cost)")
    func hugeRideWeightIsRefusedBeforeTheRun() throws {
        let path = Self.invalid("ride_weight_out_of_range")
        let problems = ValidateScenario.problems(scenarioPath: path)
        #expect(
            problems.count == 1 && problems[0].contains("matcher.rideWeight") && problems[0].contains("[0, 1000000]"),
            "\(problems)")
        let error = try #require(throws: ScenarioError.self) {
            try RunScenario.run(scenarioPath: path, options: RunOptions(outputRoot: try Fixtures.scratch(), runID: "r"))
        }
        #expect(error.diagnostics.map(\.field) == ["matcher.rideWeight"])
    }

    @Test("run: the largest allowed weights, lifetimes and waits run to the end")
    func largestAllowedValuesRun() throws {
        let dir = try Fixtures.scratch()
        let data = Fixtures.scenario("examples/data")
        try """
        schemaVersion: 1
        name: extremes
        seed: 18446744073709551615
        timeSpan: {start: "00:00", end: "47:59:59", drainHours: 168}
        serviceArea: \(data)/tiny_area.geojson
        stops: \(data)/tiny_stops.csv
        travel: {speedKmh: 1, detourFactor: 10}
        walking: {slowMps: 0.1, mediumMps: 10, fastMps: 10, detourFactor: 10, maxWalkMinutes: 1440}
        fleet:
          vehicleTypes: [{name: van, seats: 32767}]
          vehicles: [{type: van, count: 2, start: {lat: 52.52, lon: 13.40}}]
        demand: {replay: {file: \(data)/tiny_demand.csv}, scale: 3, loadMix: [{loads: adult, weight: 1000000}]}
        riders: {decisionDelaySeconds: {min: 86400, max: 86400}, waitToleranceMinutes: {min: 1440, max: 1440},
                 noShowWaitSeconds: 3600}
        serviceClasses: [{name: s, maxWaitMinutes: 1440, maxRideFactor: 100, maxRideConstantMinutes: 1440,
                          baseFareCents: 1000000, perKmCents: 100000}]
        service: {bookingHorizonHours: 8760, pastToleranceMinutes: 1440}
        matcher: {maxStopCandidates: 100, alternatives: 100, offerLifetimeSeconds: 86400, waitWeight: 1000000,
                  rideWeight: 1000000, minimumTripMetres: 100000}
        """.write(toFile: dir + "/s.yaml", atomically: true, encoding: .utf8)
        #expect(ValidateScenario.problems(scenarioPath: dir + "/s.yaml") == [])
        let result = try RunScenario.run(
            scenarioPath: dir + "/s.yaml", options: RunOptions(outputRoot: dir, runID: "r"))
        #expect(result.requests == 90)
    }
}
