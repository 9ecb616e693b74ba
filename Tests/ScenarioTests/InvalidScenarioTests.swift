import Foundation
import TestSupport
import Testing

@testable import Scenario

/// One malformed file of `scenarios/examples/invalid/` and the diagnostic it must produce.
struct InvalidCase: CustomTestStringConvertible, Sendable {
    var file: String
    var field: String
    var line: Int?
    var phrase: String
    /// The file the diagnostic names when it is not the scenario (a CSV it references).
    var reportedIn: String?
    init(_ file: String, field: String, line: Int?, phrase: String, in reportedIn: String? = nil) {
        self.file = file; self.field = field; self.line = line; self.phrase = phrase; self.reportedIn = reportedIn
    }
    var testDescription: String { file }
}

private typealias Case = InvalidCase

@Suite struct InvalidScenarioTests {
    static let cases: [InvalidCase] = [
        Case("unknown_key_typo", field: "sead", line: 13, phrase: "unknown key 'sead'"),
        Case("wrong_schema_version", field: "schemaVersion", line: 2, phrase: "unsupported schemaVersion 2"),
        Case("missing_name", field: "name", line: 2, phrase: "missing required key 'name'"),
        Case("bad_name", field: "name", line: 3, phrase: "must match [A-Za-z0-9_-]+"),
        Case("bad_time", field: "timeSpan.start", line: 14, phrase: "must be a time of day"),
        Case("end_before_start", field: "timeSpan.end", line: 15, phrase: "must be later than start"),
        Case(
            "negative_count", field: "fleet.vehicles[0].count", line: 10,
            phrase: "must be a positive integer up to 1000000, got -3"),
        Case("unknown_vehicle_type", field: "fleet.vehicles[0].type", line: 10, phrase: "unknown vehicle type 'cab'"),
        Case("unknown_travel_model", field: "travel.model", line: 14, phrase: "unknown value 'roadgraph'"),
        Case("network_without_files", field: "travel.network", line: 14, phrase: "missing required key 'network'"),
        Case("network_two_sources", field: "travel.network.matsim", line: 17, phrase: "conflicts with geojson"),
        Case(
            "congestion_zero", field: "travel.congestion.08", line: 15, phrase: "must be a number in [0.1, 10], got 0"),
        Case("missing_service_area_file", field: "serviceArea", line: 4, phrase: "file not found"),
        Case(
            "duplicate_vehicle_type", field: "fleet.vehicleTypes[1].name", line: 9,
            phrase: "duplicate vehicle type name 'car'"),
        Case("bad_load_code", field: "demand.loadMix[0].loads", line: 13, phrase: "is not a list of loads"),
        Case(
            "nonpositive_mix_weight", field: "demand.approachSpeedMix.SLOW", line: 12,
            phrase: "must be a number in (0, 1000000], got 0"),
        Case("section_not_mapping", field: "walking", line: 13, phrase: "must be a mapping"),
        Case("missing_stops", field: "stops", line: 2, phrase: "missing required key 'stops'"),
        Case("yaml_syntax_error", field: "", line: 11, phrase: "YAML syntax error"),
        Case(
            "hourly_rates_count", field: "demand.poisson.requestsPerHour", line: 12,
            phrase: "exactly 24 hourly rates, got 23"),
        Case(
            "probability_out_of_range", field: "riders.noShowProbability", line: 14,
            phrase: "must be a number in [0, 1], got 1.5"),
        Case(
            "offer_lifetime_out_of_range", field: "matcher.offerLifetimeSeconds", line: 15,
            phrase: "must be a number in (0, 86400], got 1e+308"),
        Case(
            "ride_weight_out_of_range", field: "matcher.rideWeight", line: 15,
            phrase: "must be a number in [0, 1000000], got 1e+308"),
        Case("no_demand_source", field: "demand", line: 12, phrase: "at least one of 'replay' and 'poisson'"),
        Case("duplicate_key", field: "name", line: 3, phrase: "duplicate key 'name'"),
        Case(
            "vip_share_out_of_range", field: "customers.vipShare", line: 14,
            phrase: "must be a number in [0, 1], got 1.5"),
        Case(
            "account_shares_over_one", field: "customers.accounts", line: 15,
            phrase: "the shares add up to 1.3"),
        Case(
            "account_duplicate_department", field: "customers.accounts[0].departments", line: 15,
            phrase: "'Sales' is listed twice"),
        Case(
            "reoptimisation_unknown_method", field: "dispatch.reoptimisation.method", line: 7,
            phrase: "unknown value 'bacth'"),
        Case(
            "dispatch_key_spelling", field: "dispatch.reoptimization", line: 7, phrase: "unknown key 'reoptimization'"),
        Case(
            "capacity_per_hour_count", field: "dispatch.prebooking.capacityPerHour", line: 8,
            phrase: "must list exactly 24 hourly counts, got 23"),
        Case(
            "prebooked_lead_reversed", field: "demand.prebooked.leadHours.max", line: 15,
            phrase: "must be at least min")
    ]

    /// Loads `name` from the invalid folder and returns its diagnostics (it must fail).
    static func diagnostics(_ name: String) throws -> [Diagnostic] {
        let error = try #require(throws: ScenarioError.self) {
            try ScenarioLoader.load(path: Fixtures.invalid + "/" + name + ".yaml")
        }
        return error.diagnostics
    }

    @Test(arguments: cases + operationsCases)
    func malformedScenarioIsReportedWithFieldLineAndMessage(_ c: InvalidCase) throws {
        let found = try Self.diagnostics(c.file)
        #expect(found.count == 1, "expected exactly one problem, got:\n\(ScenarioError(diagnostics: found))")
        let d = try #require(found.first)
        #expect(d.field == c.field)
        if let line = c.line { #expect(d.line == line, "\(d)") } else { #expect(d.line != nil, "\(d)") }
        #expect(d.message.contains(c.phrase), "\(d)")
        #expect(d.file.hasSuffix(c.reportedIn ?? (c.file + ".yaml")), "\(d)")
        #expect(!d.fix.isEmpty)
    }

    @Test func everyInvalidExampleFileIsCoveredByTheTable() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Fixtures.invalid).filter {
            $0.hasSuffix(".yaml")
        }
        let listed = (Self.cases + Self.operationsCases).map { $0.file + ".yaml" }
        // The last four need the travel model, the geometry or the demand CSV (which loading does not read):
        // RidepoolTests' ValidateScenarioTests checks their messages.
        let covered = Set(
            listed + [
                "several_problems.yaml", "depots_bad_rows.yaml", "battery_cannot_reach_charger.yaml",
                "depot_off_network.yaml", "rebalancing_zones_not_polygons.yaml", "demand_bad_booking_times.yaml"
            ])
        #expect(Set(files) == covered)
        #expect(Self.cases.count >= 14)
    }

    @Test func severalProblemsInOneFileAreAllReportedAtOnce() throws {
        let found = try Self.diagnostics("several_problems")
        let got = Set(found.map { "\($0.line ?? 0) \($0.field)" })
        let expected: Set<String> = [
            "4 seed", "8 travel.speedKmh", "11 fleet.vehicleTypes[0].seatsFoldedPerwheelchair",
            "13 fleet.vehicles[0].start.lat", "13 fleet.vehicles[0].count", "17 demand.loadMix[0].weight",
            "20 serviceClasses[1].name", "20 serviceClasses[1].maxRideFactor"
        ]
        #expect(got == expected, "\(ScenarioError(diagnostics: found))")
        let typo = try #require(found.first { $0.field.hasSuffix("seatsFoldedPerwheelchair") })
        #expect(typo.fix.contains("did you mean 'seatsFoldedPerWheelchair'"))
    }

    @Test func unknownKeySuggestsTheClosestKnownKey() throws {
        let d = try #require(try Self.diagnostics("unknown_key_typo").first)
        #expect(d.fix.contains("did you mean 'seed'"))
    }

    @Test func unknownEnumValueListsTheAllowedValues() throws {
        let d = try #require(try Self.diagnostics("unknown_travel_model").first)
        #expect(d.fix.contains("allowed values: straightLine, network"))
    }

    @Test func diagnosticDescriptionReadsLikeACompilerMessage() throws {
        let d = try #require(try Self.diagnostics("negative_count").first)
        #expect(
            d.description.hasSuffix(
                "negative_count.yaml:10:26: fleet.vehicles[0].count: must be a positive integer up to 1000000, got -3. Fix: use a value from 1 to 1000000"
            ))
    }

    @Test func missingScenarioFileIsReported() throws {
        let error = try #require(throws: ScenarioError.self) { try ScenarioLoader.load(path: "/nonexistent/x.yaml") }
        #expect(error.diagnostics.first?.message == "cannot read the scenario file")
    }

    @Test(arguments: ["", "# only a comment\n"])
    func emptyScenarioIsReported(_ text: String) throws {
        let error = try #require(throws: ScenarioError.self) {
            try ScenarioLoader.load(yaml: text, file: "/tmp/empty.yaml")
        }
        #expect(error.diagnostics.first?.message == "the file is empty")
    }
}
