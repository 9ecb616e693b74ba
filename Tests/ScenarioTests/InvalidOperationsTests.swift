import TestSupport
import Testing

@testable import Scenario

private typealias Case = InvalidCase

extension InvalidScenarioTests {
    /// The malformed `operations`, shift, break and battery examples (checked with the others).
    static let operationsCases: [InvalidCase] = [
        Case(
            "shift_depot_unknown", field: "fleet.vehicles[0].shift.depot", line: 12,
            phrase: "no depot has the id 'eats'"),
        Case(
            "shift_depot_without_depots", field: "fleet.vehicles[0].shift.depot", line: 10,
            phrase: "names depot 'north', but the scenario has no depots"),
        Case(
            "shift_depot_and_start", field: "fleet.vehicles[0].start", line: 12,
            phrase: "the depot is where the shift starts"),
        Case(
            "break_without_depot", field: "fleet.vehicles[0].shift.break", line: 10,
            phrase: "needs the group's shift.depot"),
        Case(
            "break_longer_than_shift", field: "fleet.vehicles[0].shift.break.minutes", line: 12,
            phrase: "a break of 90 minutes is longer than its shift (07:00–08:00, 60 minutes)"),
        Case(
            "break_outside_shift", field: "fleet.vehicles[0].shift.break.earliestStart", line: 12,
            phrase: "06:30 is before the shift starts (07:00)"),
        Case(
            "break_longer_than_window", field: "fleet.vehicles[0].shift.break.minutes", line: 12,
            phrase: "a break of 45 minutes does not fit its window 08:00–08:30 (30 minutes)"),
        Case(
            "break_window_reversed", field: "fleet.vehicles[0].shift.break.latestEnd", line: 12,
            phrase: "must be later than earliestStart (09:00), got 08:00"),
        Case(
            "battery_capacity_zero", field: "fleet.vehicleTypes[0].battery.capacityKWh", line: 12,
            phrase: "must be a number in (0, 10000], got 0"),
        Case(
            "battery_reserve_above_initial", field: "fleet.vehicleTypes[0].battery.reserveSoc", line: 12,
            phrase: "must be below initialSoc (0.1), got 0.2"),
        Case(
            "battery_reserve_above_charge_threshold", field: "fleet.vehicleTypes[0].battery.reserveSoc", line: 13,
            phrase: "must be below operations.charging.chargeBelowSoc (0.2), got 0.25"),
        Case(
            "charge_to_not_above_threshold", field: "operations.charging.chargeToSoc", line: 8,
            phrase: "must be above chargeBelowSoc (0.5), got 0.4"),
        Case(
            "electric_without_chargers", field: "fleet.vehicles[0].type", line: 12,
            phrase: "vehicle type 'evan' is electric (it has a battery), but no depot has chargers"),
        Case(
            "rebalancing_depot_without_depot", field: "fleet.vehicles[0].shift.depot", line: 13,
            phrase: "missing required key 'depot'"),
        Case(
            "rebalancing_unknown_strategy", field: "operations.rebalancing.strategy", line: 7,
            phrase: "unknown value 'minCostflow'"),
        Case(
            "depots_missing_column", field: "parking", line: 1, phrase: "missing required column 'parking'",
            in: "bad_depots_missing_column.csv")
    ]

    /// (CSV line, column, key phrase) for each bad row of `bad_depots.csv`.
    static let badDepotRows: [(Int, String, String)] = [
        (3, "depot_id", "duplicate depot_id 'north' (first on line 2)"),
        (4, "lat", "must be a latitude in degrees [-90, 90], got '95'"),
        (5, "parking", "must be a number of parking places (1 … 100000), got '0'"),
        (6, "plugs", "a charger of 11 kW with 0 plugs"),
        (7, "plug_kw", "4 plugs without power"),
        (8, "depot_id", "is empty")
    ]

    @Test func badDepotRowsAreAllReportedWithTheirCSVLineAndColumn() throws {
        let found = try Self.diagnostics("depots_bad_rows")
        #expect(found.count == Self.badDepotRows.count, "\(ScenarioError(diagnostics: found))")
        #expect(found.allSatisfy { $0.file.hasSuffix("bad_depots.csv") && !$0.fix.isEmpty })
        for (line, field, phrase) in Self.badDepotRows {
            #expect(
                found.contains { $0.line == line && $0.field == field && $0.message.contains(phrase) },
                "line \(line) \(field): \(ScenarioError(diagnostics: found))")
        }
    }

    @Test func misspeltDepotAndStrategySuggestTheClosestName() throws {
        let depot = try #require(try Self.diagnostics("shift_depot_unknown").first)
        #expect(depot.fix.contains("did you mean 'east'?") && depot.fix.contains("east, west"))
        let strategy = try #require(try Self.diagnostics("rebalancing_unknown_strategy").first)
        #expect(strategy.fix.contains("did you mean 'minCostFlow'?"))
        #expect(strategy.fix.contains("allowed values: none, depot, minCostFlow"))
    }

    @Test func depotProblemsReadLikeCompilerMessages() throws {
        let d = try #require(try Self.diagnostics("shift_depot_and_start").first)
        #expect(
            d.description.hasSuffix(
                "shift_depot_and_start.yaml:12:36: fleet.vehicles[0].start: the depot is where the shift starts: "
                    + "give shift.depot or start, not both. Fix: remove `start:` (the vehicles start at their "
                    + "depot), or remove shift.depot"), "\(d)")
    }

    @Test func operationsProblemsInTheScenarioAndTheDepotsFileAreAllReportedAtOnce() throws {
        let yaml = """
            schemaVersion: 1
            name: several
            serviceArea: data/tiny_area.geojson
            doorToDoor: true
            operations:
              depots: data/bad_depots.csv
              rebalancing: {strategy: depo}
            fleet:
              vehicleTypes: [{name: evan, seats: 6, battery: {capacityKWh: 40, consumptionKWhPerKm: -1}}]
              vehicles:
                - type: evan
                  count: 2
                  shift: {depot: north, break: {earliestStart: "09:00", latestEnd: "08:00", minutes: 30}}
            demand: {poisson: {requestsPerHour: {"08": 10}}}
            """
        let error = try #require(throws: ScenarioError.self) {
            try ScenarioLoader.load(yaml: yaml, file: Fixtures.examples + "/inline.yaml")
        }
        let inFile = error.diagnostics.filter { $0.file.hasSuffix("inline.yaml") }.map { "\($0.line ?? 0) \($0.field)" }
        #expect(
            inFile == [
                "7 operations.rebalancing.strategy", "9 fleet.vehicleTypes[0].battery.consumptionKWhPerKm",
                "13 fleet.vehicles[0].shift.break.latestEnd"
            ], "\(error)")
        #expect(error.diagnostics.filter { $0.file.hasSuffix("bad_depots.csv") }.count == Self.badDepotRows.count)
    }
}
