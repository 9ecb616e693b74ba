import Simulation
import TestSupport
import Testing

@testable import Scenario

/// The `dispatch` section and `demand.prebooked`: values, defaults, the resolved YAML and every error.
@Suite struct DispatchTests {
    /// A door-to-door scenario on the tiny area with `extra` YAML appended at the root and `demand`
    /// lines appended to its demand section.
    static func yaml(_ extra: String = "", demand: String = "") -> String {
        """
        schemaVersion: 1
        name: inline
        serviceArea: data/tiny_area.geojson
        doorToDoor: true
        fleet:
          vehicleTypes: [{name: van, seats: 6}]
          vehicles: [{type: van, count: 2, start: {lat: 52.52, lon: 13.40}}]
        demand:
          poisson: {requestsPerHour: {"08": 10}}
        \(demand.split(separator: "\n").map { "  " + $0 }.joined(separator: "\n"))
        \(extra)
        """
    }

    static func load(_ yaml: String) throws -> ScenarioSpec {
        try ScenarioLoader.load(yaml: yaml, file: Fixtures.examples + "/inline.yaml")
    }

    @Test func prebookingExampleReadsEveryDispatchKeyAndThePrebookedShare() throws {
        let spec = try ScenarioLoader.load(path: Fixtures.examples + "/prebooking.yaml")
        var hours = Array(repeating: 0, count: 24)
        hours[7] = 8; hours[8] = 6
        #expect(spec.dispatch.prebooking == PrebookingRules(revealAhead: .minutes(20), capacityPerHour: hours))
        #expect(
            spec.dispatch.reoptimisation
                == ReoptimisationRules(
                    method: .batch, interval: .seconds(30), holdUnplacedOrders: false, maxTripSize: 2,
                    maxTripsPerVehicle: 20, nodeLimit: 5000, timeLimitSeconds: 2))
        #expect(spec.demand.prebooked == PrebookedDemand(share: 0.5, minLead: .minutes(30), maxLead: .hours(2)))
        #expect(spec.demand.replayPath == Fixtures.data + "/tiny_demand_prebooked.csv")
    }

    @Test func withoutTheKeysDispatchHasItsDefaultsAndTheResolvedYAMLDoesNotMentionThem() throws {
        for name in ["tiny.yaml", "minimal.yaml", "tiny_poisson.yaml", "operations.yaml"] {
            let spec = try ScenarioLoader.load(path: Fixtures.examples + "/" + name)
            #expect(spec.dispatch == DispatchRules())
            #expect(spec.dispatch.reoptimisation.method == .none && spec.dispatch.prebooking.capacityPerHour == nil)
            #expect(spec.dispatch.prebooking.revealAhead == .minutes(30))
            #expect(spec.demand.prebooked == nil)
            let yaml = spec.resolvedYAML()
            #expect(!yaml.contains("dispatch:") && !yaml.contains("prebooked"), "\(name)")
        }
        // The documented defaults, key by key.
        let d = ReoptimisationRules()
        #expect(d.interval == .seconds(60) && d.holdUnplacedOrders && d.maxTripSize == 3)
        #expect(d.maxTripsPerVehicle == 30 && d.nodeLimit == 2000 && d.timeLimitSeconds == 10)
    }

    @Test func anEmptySectionAndDefaultValuesAreTheDefaults() throws {
        #expect(try Self.load(Self.yaml("dispatch:")).dispatch == DispatchRules())
        let written = try Self.load(
            Self.yaml(
                """
                dispatch:
                  prebooking: {revealMinutes: 30}
                  reoptimisation: {method: none, intervalSeconds: 60, holdUnplacedOrders: true, maxTripSize: 3}
                """))
        #expect(written.dispatch == DispatchRules())
        let prebooked = try Self.load(Self.yaml(demand: "prebooked: {share: 0.25}"))
        #expect(prebooked.demand.prebooked == PrebookedDemand(share: 0.25, minLead: .hours(1), maxLead: .hours(24)))
    }

    @Test func oneCapacityIsEveryHoursCapacity() throws {
        let spec = try Self.load(Self.yaml("dispatch: {prebooking: {capacityPerHour: 40}}"))
        #expect(spec.dispatch.prebooking.capacityPerHour == Array(repeating: 40, count: 24))
        #expect(spec.resolvedYAML().contains("  prebooking:\n    revealMinutes: 30\n    capacityPerHour: 40\n"))
        let zero = try Self.load(Self.yaml("dispatch: {prebooking: {capacityPerHour: 0}}"))
        #expect(zero.dispatch.prebooking.capacityPerHour == Array(repeating: 0, count: 24))
    }

    @Test func resolvedDispatchAndPrebookedAreWrittenOutAndLoadBackEqual() throws {
        let spec = try ScenarioLoader.load(path: Fixtures.examples + "/prebooking.yaml")
        let yaml = spec.resolvedYAML()
        #expect(yaml.contains("  prebooked: {share: 0.5, leadHours: {min: 0.5, max: 2}}\n"))
        #expect(
            yaml.hasSuffix(
                """
                dispatch:
                  prebooking:
                    revealMinutes: 20
                    capacityPerHour: [0, 0, 0, 0, 0, 0, 0, 8, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
                  reoptimisation:
                    method: batch
                    intervalSeconds: 30
                    holdUnplacedOrders: false
                    maxTripSize: 2
                    maxTripsPerVehicle: 20
                    nodeLimit: 5000
                    timeLimitSeconds: 2
                    heldOrderValueMinutes: 30

                """))
        let again = try ScenarioLoader.load(yaml: yaml, file: spec.file)
        #expect(again == spec)
        #expect(again.resolvedYAML() == yaml)
    }

    @Test func cottbusPrebookedAndLoadedScenariosLoad() throws {
        let prebooked = try ScenarioLoader.load(path: Fixtures.scenario("cottbus/cottbus_prebooked.yaml"))
        #expect(prebooked.demand.prebooked == PrebookedDemand(share: 0.3, minLead: .hours(1), maxLead: .hours(24)))
        #expect(prebooked.dispatch.prebooking.revealAhead == .minutes(30))
        // Everything else is cottbus.yaml.
        var plain = try ScenarioLoader.load(path: Fixtures.scenario("cottbus/cottbus.yaml"))
        plain.name = prebooked.name; plain.description = prebooked.description; plain.file = prebooked.file
        plain.demand.prebooked = prebooked.demand.prebooked
        #expect(plain == prebooked)

        let loaded = try ScenarioLoader.load(path: Fixtures.scenario("cottbus/cottbus_loaded.yaml"))
        #expect(loaded.doorToDoor && loaded.stopsPath == nil && loaded.travel.model == .network)
        #expect(loaded.vehicleGroups.map(\.count) == [60] && loaded.vehicleTypes.map(\.capacity.seats) == [6])
        #expect(
            loaded.vehicleGroups[0].shiftStart == loaded.start && loaded.vehicleGroups[0].shiftEnd == loaded.horizon)
        #expect(loaded.dispatch == DispatchRules())
        let r = loaded.riders
        #expect(r.customerCancelProbability == 0 && r.integratorCancelProbability == 0 && r.noShowProbability == 0)
        #expect(r.waitToleranceMin >= loaded.serviceClasses.map(\.maxWait).max()!)
        #expect(loaded.serviceClasses.count == 1 && loaded.matcher.alternatives == 0)
    }

    @Test func aWorkloadScenarioMayHaveADispatchSection() throws {
        let base = """
            schemaVersion: 1
            name: replay
            workload:
              requests: workload/tiny_workload.requests.csv
              fleet: workload/tiny_workload.fleet.csv
            """
        #expect(try Self.load(base).dispatch == DispatchRules())
        let spec = try Self.load(base + "\ndispatch: {reoptimisation: {method: localSearch}}")
        #expect(spec.dispatch.reoptimisation.method == .localSearch)
        #expect(spec.resolvedYAML().contains("dispatch:\n  prebooking:\n    revealMinutes: 30\n  reoptimisation:\n"))
        #expect(try ScenarioLoader.load(yaml: spec.resolvedYAML(), file: spec.file) == spec)
        let error = try #require(throws: ScenarioError.self) { try Self.load(base + "\nmatcher: {alternatives: 0}") }
        #expect(error.diagnostics.map(\.field) == ["matcher"])
    }

    /// A bad value: the YAML, the field it must name, a phrase of the message and one of the fix.
    struct BadCase: CustomTestStringConvertible, Sendable {
        var yaml: String
        var field: String
        var phrase: String
        var fix: String
        init(_ yaml: String, _ field: String, _ phrase: String, fix: String) {
            self.yaml = yaml; self.field = field; self.phrase = phrase; self.fix = fix
        }
        var testDescription: String { field + ": " + phrase }
    }

    static let badDispatch: [BadCase] = [
        BadCase(
            "dispatch: {reoptimisation: {method: bacth}}", "dispatch.reoptimisation.method", "unknown value 'bacth'",
            fix: "did you mean 'batch'?"),
        BadCase(
            "dispatch: {reoptimisation: {method: local_search}}", "dispatch.reoptimisation.method",
            "unknown value 'local_search'", fix: "none, localSearch, batch"),
        BadCase(
            "dispatch: {reoptimization: {method: batch}}", "dispatch.reoptimization", "unknown key 'reoptimization'",
            fix: "reoptimisation"),
        BadCase(
            "dispatch: {prebooking: {revealMinute: 10}}", "dispatch.prebooking.revealMinute",
            "unknown key 'revealMinute'", fix: "revealMinutes"),
        BadCase(
            "dispatch: {reoptimisation: {intervalSeconds: 1}}", "dispatch.reoptimisation.intervalSeconds",
            "must be a number in [5, 3600], got 1", fix: "use a number in [5, 3600]"),
        BadCase(
            "dispatch: {reoptimisation: {holdUnplacedOrders: maybe}}", "dispatch.reoptimisation.holdUnplacedOrders",
            "must be true or false, got 'maybe'", fix: "true or false"),
        BadCase(
            "dispatch: {reoptimisation: {maxTripSize: 5}}", "dispatch.reoptimisation.maxTripSize",
            "must be a positive integer up to 4, got 5", fix: "from 1 to 4"),
        BadCase(
            "dispatch: {reoptimisation: {maxTripsPerVehicle: 0}}", "dispatch.reoptimisation.maxTripsPerVehicle",
            "must be a positive integer up to 500, got 0", fix: "from 1 to 500"),
        BadCase(
            "dispatch: {reoptimisation: {nodeLimit: 2e6}}", "dispatch.reoptimisation.nodeLimit",
            "must be a positive integer up to 1000000, got '2e6'", fix: "whole number"),
        BadCase(
            "dispatch: {reoptimisation: {timeLimitSeconds: 0}}", "dispatch.reoptimisation.timeLimitSeconds",
            "must be a number in [0.1, 600], got 0", fix: "[0.1, 600]"),
        BadCase(
            "dispatch: {reoptimisation: {timeLimitSeconds: .inf}}", "dispatch.reoptimisation.timeLimitSeconds",
            "must be a number in [0.1, 600], got '.inf'", fix: "plain number"),
        BadCase(
            "dispatch: {reoptimisation: {heldOrderValueMinutes: 2000}}",
            "dispatch.reoptimisation.heldOrderValueMinutes", "must be a number in [0, 1440], got 2000", fix: "[0, 1440]"
        ),
        BadCase(
            "dispatch: {prebooking: {revealMinutes: 0}}", "dispatch.prebooking.revealMinutes",
            "must be a number in [1, 1440], got 0", fix: "[1, 1440]"),
        BadCase(
            "dispatch: {prebooking: {capacityPerHour: -1}}", "dispatch.prebooking.capacityPerHour",
            "must be an integer from 0 to 1000000, got -1", fix: "from 0 to 1000000"),
        BadCase(
            "dispatch: {prebooking: {capacityPerHour: [1, 2, 3]}}", "dispatch.prebooking.capacityPerHour",
            "must list exactly 24 hourly counts, got 3", fix: "a list of 24 whole numbers"),
        BadCase(
            "dispatch: {prebooking: {capacityPerHour: [0, 0, 0, 2.5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]}}",
            "dispatch.prebooking.capacityPerHour[3]",
            "must be a whole number of prebooked trips from 0 to 1000000, got '2.5'",
            fix: "one number for every hour"),
        BadCase(
            "dispatch: {prebooking: {capacityPerHour: {\"07\": 10}}}", "dispatch.prebooking.capacityPerHour",
            "must be a number or a list of 24 numbers, got a mapping", fix: "a list of 24 whole numbers"),
        BadCase("dispatch: [batch]", "dispatch", "must be a mapping", fix: "key: value")
    ]

    static let badPrebooked: [BadCase] = [
        BadCase(
            "prebooked: {share: 1.5}", "demand.prebooked.share", "must be a number in [0, 1], got 1.5", fix: "[0, 1]"),
        BadCase(
            "prebooked: {leadHours: {min: 1, max: 2}}", "demand.prebooked.share", "missing required key 'share'",
            fix: "share: 0.3"),
        BadCase(
            "prebooked: {share: 0.3, leadHours: {min: 1, max: 200}}", "demand.prebooked.leadHours.max",
            "must be a number in [0, 168], got 200", fix: "[0, 168]"),
        BadCase(
            "prebooked: {share: 0.3, leadHours: {min: 24, max: 1}}", "demand.prebooked.leadHours.max",
            "must be at least min", fix: "leadHours.max >= leadHours.min"),
        BadCase(
            "prebooked: {share: 0.3, leadMinutes: {min: 1, max: 2}}", "demand.prebooked.leadMinutes",
            "unknown key 'leadMinutes'", fix: "leadHours"),
        BadCase(
            "prebooked: 0.3", "demand.prebooked", "must be a mapping of keys to values, got '0.3'", fix: "key: value"),
        BadCase("prebookd: {share: 0.3}", "demand.prebookd", "unknown key 'prebookd'", fix: "prebooked")
    ]

    @Test(arguments: badDispatch + badPrebooked)
    func aBadValueIsReportedOnceNamingItsFieldWithAFix(_ c: BadCase) throws {
        let yaml = c.field.hasPrefix("demand.") ? Self.yaml(demand: c.yaml) : Self.yaml(c.yaml)
        let error = try #require(throws: ScenarioError.self) { try Self.load(yaml) }
        #expect(error.diagnostics.count == 1, "\(error)")
        let d = try #require(error.diagnostics.first)
        #expect(d.field == c.field, "\(d)")
        #expect(d.message.contains(c.phrase), "\(d)")
        #expect(d.fix.contains(c.fix), "\(d)")
        #expect(d.line != nil && d.file.hasSuffix("inline.yaml"), "\(d)")
    }
}
