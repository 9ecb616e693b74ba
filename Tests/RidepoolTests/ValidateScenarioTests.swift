import Foundation
import TestSupport
import Testing

@testable import Ridepool

@Suite("ridepool validate")
struct ValidateScenarioTests {
    static let invalid: [String] = {
        let dir = Fixtures.scenario("examples/invalid")
        return ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).filter { $0.hasSuffix(".yaml") }
            .sorted()
    }()

    @Test(
        "the example scenarios are valid",
        arguments: [
            "examples/tiny.yaml", "examples/tiny_poisson.yaml", "examples/minimal.yaml", "examples/autonomous.yaml",
            "examples/operations.yaml", "cottbus/cottbus_operations.yaml", "examples/prebooking.yaml",
            "cottbus/cottbus_prebooked.yaml", "cottbus/cottbus_loaded.yaml"
        ])
    func examplesAreValid(scenario: String) {
        #expect(ValidateScenario.problems(scenarioPath: Fixtures.scenario(scenario)) == [])
    }

    @Test("every malformed example reports at least one problem naming its file and a fix", arguments: invalid)
    func malformedScenarioIsReported(file: String) {
        let problems = ValidateScenario.problems(scenarioPath: Fixtures.scenario("examples/invalid/" + file))
        #expect(!problems.isEmpty)
        #expect(problems.allSatisfy { $0.contains("Fix:") }, "\(problems)")
        #expect(
            problems.contains { $0.contains(file) || $0.contains(".csv") || $0.contains(".geojson") }, "\(problems)")
    }

    @Test(
        "fleet operations that need the travel model: a depot off the road network, a battery that cannot reach a charger"
    )
    func operationsCheckedAgainstTheTravelModel() {
        let off = ValidateScenario.problems(
            scenarioPath: Fixtures.scenario("examples/invalid/depot_off_network.yaml"))
        #expect(off.count == 1)
        #expect(off.allSatisfy { $0.contains("depots_off_network.csv line 3") && $0.contains("depot \"berlin\"") })
        let low = ValidateScenario.problems(
            scenarioPath: Fixtures.scenario("examples/invalid/battery_cannot_reach_charger.yaml"))
        #expect(low.count == 1)
        #expect(
            low.allSatisfy {
                $0.contains("battery_cannot_reach_charger.yaml") && $0.contains("fleet.vehicleTypes[0].battery")
                    && $0.contains("depot \"west\"")
            })
    }

    @Test("a zones GeoJSON with a feature that is not a polygon is refused, naming the file and the feature")
    func zonesFileChecked() {
        let problems = ValidateScenario.problems(
            scenarioPath: Fixtures.scenario("examples/invalid/rebalancing_zones_not_polygons.yaml"))
        #expect(problems.count == 1)
        #expect(problems.allSatisfy { $0.contains("bad_zones.geojson") && $0.contains("feature 2 of 2") })
    }

    @Test("a demand CSV's bad booking and arrival times are reported with the CSV line, the column and a fix")
    func badBookingTimesInTheDemandCSV() {
        let problems = ValidateScenario.problems(
            scenarioPath: Fixtures.scenario("examples/invalid/demand_bad_booking_times.yaml"))
        #expect(problems.count == 7, "\(problems)")
        #expect(problems.allSatisfy { $0.contains("bad_demand_booking.csv:") && $0.contains("Fix:") })
        #expect(problems.contains { $0.contains("bad_demand_booking.csv:3: booking_time_s: must not be later than") })
        #expect(problems.contains { $0.contains("bad_demand_booking.csv:5: arrival_time_s: must be later than") })
    }

    @Test("problems in several referenced files are all reported at once")
    func problemsInSeveralFilesAtOnce() throws {
        let dir = try Fixtures.scratch()
        try "not json".write(toFile: dir + "/area.geojson", atomically: true, encoding: .utf8)
        try "stop_id,lat,lon\na,95,13\n".write(toFile: dir + "/stops.csv", atomically: true, encoding: .utf8)
        try
            "request_id,request_time_s,origin_lat,origin_lon,destination_lat,destination_lon\nr1,abc,52.5,13.4,52.51,13.41\n"
            .write(toFile: dir + "/demand.csv", atomically: true, encoding: .utf8)
        try """
        schemaVersion: 1
        name: broken
        serviceArea: area.geojson
        stops: stops.csv
        fleet:
          vehicleTypes: [{name: van, seats: 6}]
          vehicles: [{type: van, count: 2, start: {lat: 52.5, lon: 13.4}}]
        demand: {replay: {file: demand.csv}}
        """.write(toFile: dir + "/s.yaml", atomically: true, encoding: .utf8)
        let problems = ValidateScenario.problems(scenarioPath: dir + "/s.yaml")
        #expect(problems.count == 3, "\(problems)")
        #expect(problems.contains { $0.contains("area.geojson") && $0.contains("not valid JSON") })
        #expect(problems.contains { $0.contains("stops.csv") && $0.contains("line 2") })
        #expect(problems.contains { $0.contains("demand.csv") && $0.contains("request_time_s") })
    }
}
