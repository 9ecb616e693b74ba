import Foundation
import Service
import Simulation
import TestSupport
import Testing

@testable import Scenario

@Suite struct ValidScenarioTests {
    @Test func minimalScenarioLoadsWithTheDocumentedDefaults() throws {
        let spec = try ScenarioLoader.load(path: Fixtures.examples + "/minimal.yaml")
        #expect(spec.name == "minimal")
        #expect(spec.description == "")
        #expect(spec.seed == 1)
        #expect(spec.start == .zero && spec.end == .hours(24) && spec.drain == .hours(2))
        #expect(spec.serviceAreaPath == Fixtures.data + "/tiny_area.geojson")
        #expect(spec.stopsPath == nil && spec.doorToDoor)
        #expect(spec.travel == TravelSpec(model: .straightLine, speedKmh: 25, detourFactor: 1.3))
        #expect(spec.walking == WalkingModel())
        #expect(spec.boarding == BoardingModel())
        #expect(spec.vehicleTypes == [VehicleType(name: "car", seats: 4)])
        #expect(
            spec.vehicleGroups == [
                VehicleGroupSpec(
                    typeIndex: 0, count: 1, start: GeoPoint(lat: 52.52, lon: 13.40),
                    shiftStart: .zero, shiftEnd: .hours(26), idPrefix: "car")
            ])
        var rates = Array(repeating: 0.0, count: 24); rates[8] = 10
        #expect(spec.demand == DemandSpec(hourlyRates: rates))
        #expect(spec.demand.scale == 1 && spec.demand.approachSpeedMix == [.medium: 1])
        #expect(
            spec.demand.loadMix == [LoadMixEntry(loads: [.adult], weight: 1)] && spec.demand.visualImpairmentShare == 0)
        #expect(spec.riders == RiderBehaviour() && spec.noShowWait == .seconds(120))
        #expect(spec.riders.decisionDelayMin == .seconds(5) && spec.riders.waitToleranceMax == .minutes(25))
        #expect(spec.serviceClasses == [ScenarioSpec.defaultServiceClass])
        #expect(
            spec.matcher
                == MatcherOptions(
                    maxStopCandidates: 3, alternatives: 2, offerLifetime: .seconds(60),
                    waitWeight: 1, rideWeight: 1, minimumTripMetres: 100))
    }

    @Test func tinyScenarioReadsEveryFieldItLists() throws {
        let spec = try ScenarioLoader.load(path: Fixtures.examples + "/tiny.yaml")
        #expect(spec.name == "tiny" && spec.seed == 42)
        #expect(spec.start == .hours(7) && spec.end == .hours(8.5) && spec.drain == .hours(1))
        #expect(spec.stopsPath == Fixtures.data + "/tiny_stops.csv" && !spec.doorToDoor)
        #expect(
            spec.vehicleTypes[0]
                == VehicleType(
                    name: "van", seats: 6, wheelchairPlaces: 1,
                    seatsFoldedPerWheelchair: 2, boosterSeats: 1))
        #expect(spec.vehicleGroups[0].startsPath == Fixtures.data + "/tiny_fleet.csv")
        #expect(spec.vehicleGroups[0].shiftEnd == .hours(9.5))
        #expect(spec.demand.replayPath == Fixtures.data + "/tiny_demand.csv" && spec.demand.hourlyRates == nil)
        #expect(
            spec.demand.loadMix.count == 5
                && spec.demand.loadMix[2].loads == [.adult, .child(wheelchair: .notNeeded, childSeat: .booster)])
        #expect(spec.demand.approachSpeedMix == [.slow: 0.15, .medium: 0.7, .fast: 0.15])
        #expect(spec.serviceClasses.map(\.name) == ["standard", "assisted"])
        #expect(
            spec.serviceClasses[1].requiredFlags == ["assistance"] && spec.serviceClasses[1].maxWait == .minutes(20))
        let vehicles = try spec.vehicles()
        #expect(vehicles.map(\.id) == ["v0", "v1", "v2"])
        #expect(vehicles[1].start == GeoPoint(lat: 52.52, lon: 13.407))
        #expect(try DemandFile.read(path: spec.demand.replayPath!).count == 30)
    }

    @Test func tinyPoissonScenarioLoads() throws {
        let spec = try ScenarioLoader.load(path: Fixtures.examples + "/tiny_poisson.yaml")
        #expect(spec.demand.replayPath == nil)
        #expect(spec.demand.hourlyRates?.reduce(0, +) == 60)
        #expect(try spec.vehicles().map(\.id) == ["van0", "van1", "van2"])
    }

    @Test func customersSectionReadsTheExtensionsMix() throws {
        let spec = try ScenarioLoader.load(path: Fixtures.examples + "/corporate.yaml")
        #expect(
            spec.rules.customers
                == CustomerRules(
                    vipWaitWeight: 3, vipShare: 0.1, defaultWheelchairShare: 0.03, defaultChildSeatShare: 0.05,
                    defaultChildSeat: .booster,
                    accounts: [
                        AccountShare(
                            name: "Hanse Logistik GmbH", departments: ["Dispatch", "Sales", "Workshop"], share: 0.35),
                        AccountShare(name: "Bramfeld Clinic", share: 0.15)
                    ]))
        let minimal = try ScenarioLoader.load(path: Fixtures.examples + "/minimal.yaml")
        #expect(minimal.rules.customers == CustomerRules())
    }

    @Test(arguments: ["tiny.yaml", "tiny_poisson.yaml", "minimal.yaml", "corporate.yaml"])
    func resolvedYAMLLoadsBackToAnEqualSpec(_ name: String) throws {
        let spec = try ScenarioLoader.load(path: Fixtures.examples + "/" + name)
        let yaml = spec.resolvedYAML()
        let again = try ScenarioLoader.load(yaml: yaml, file: spec.file)
        #expect(again == spec)
        #expect(again.resolvedYAML() == yaml)
    }

    @Test func resolvedYAMLWithPathsRelativeToAnotherFolderLoadsFromThere() throws {
        let spec = try ScenarioLoader.load(path: Fixtures.examples + "/tiny.yaml")
        let results = Fixtures.root + "/results/tiny/run1"
        let yaml = spec.resolvedYAML(pathsRelativeTo: results)
        #expect(yaml.contains("serviceArea: \"../../../scenarios/examples/data/tiny_area.geojson\""))
        let again = try ScenarioLoader.load(yaml: yaml, file: results + "/scenario.resolved.yaml")
        #expect(again.serviceAreaPath == spec.serviceAreaPath && again.demand == spec.demand)
        #expect(again.vehicleGroups == spec.vehicleGroups)
    }

    @Test func jsonScenarioIsAcceptedBecauseJSONIsYAML() throws {
        let json = """
            {"schemaVersion": 1, "name": "json", "serviceArea": "data/tiny_area.geojson", "doorToDoor": true,
             "fleet": {"vehicleTypes": [{"name": "car", "seats": 4}],
                       "vehicles": [{"type": "car", "count": 2, "start": {"lat": 52.5, "lon": 13.4}}]},
             "demand": {"poisson": {"requestsPerHour": [0,0,0,0,0,0,0,5,5,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0]}}}
            """
        let spec = try ScenarioLoader.load(yaml: json, file: Fixtures.examples + "/inline.json")
        #expect(spec.name == "json" && spec.vehicleGroups[0].count == 2)
    }

    @Test func startsFileWithoutCountUsesEveryRowAndCyclesWhenCountIsLarger() throws {
        let yaml = """
            schemaVersion: 1
            name: cycle
            serviceArea: data/tiny_area.geojson
            doorToDoor: true
            fleet:
              vehicleTypes: [{name: van, seats: 6}]
              vehicles:
                - {type: van, startsFile: data/tiny_fleet.csv}
                - {type: van, startsFile: data/tiny_fleet.csv, count: 5, idPrefix: extra}
            demand: {replay: {file: data/tiny_demand.csv}}
            """
        let spec = try ScenarioLoader.load(yaml: yaml, file: Fixtures.examples + "/inline.yaml")
        #expect(spec.vehicleGroups.map(\.count) == [3, 5])
        let vehicles = try spec.vehicles()
        #expect(vehicles.map(\.id) == ["v0", "v1", "v2", "extra0", "extra1", "extra2", "extra3", "extra4"])
        #expect(vehicles[6].start == vehicles[0].start)
    }

    @Test(arguments: [("07:30", 27_000.0), ("7:30", 27_000), ("24:00", 86_400), ("47:59:59", 172_799), ("00:00:01", 1)])
    func timesOfDayParse(_ text: String, _ seconds: Double) {
        #expect(TimeOfDay.parse(text) == .seconds(seconds))
    }

    @Test(arguments: ["48:00", "12:60", "12", "12:5", "ab:cd", "-1:00", "12:00:00:00"])
    func malformedTimesOfDayAreRejected(_ text: String) {
        #expect(TimeOfDay.parse(text) == nil)
    }
}
