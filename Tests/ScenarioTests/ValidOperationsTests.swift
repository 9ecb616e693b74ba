import Simulation
import TestSupport
import Testing

@testable import Scenario

@Suite struct ValidOperationsTests {
    @Test func operationsExampleReadsDepotsBreaksChargingAndRebalancing() throws {
        let spec = try ScenarioLoader.load(path: Fixtures.examples + "/operations.yaml")
        let o = spec.operations
        #expect(o.depotsPath == Fixtures.data + "/tiny_depots.csv")
        #expect(
            o.depots == [
                Depot(
                    id: "east", point: GeoPoint(lat: 52.52, lon: 13.41), parking: 10,
                    chargers: ChargerGroup(plugs: 4, powerKW: 11)),
                Depot(id: "west", point: GeoPoint(lat: 52.515, lon: 13.385), parking: 10)
            ])
        #expect(o.depotLines == [2, 3] && o.hasChargers)
        #expect(o.breakPlace == .stop)
        #expect(
            o.charging
                == ChargingStrategy(
                    chargeBelowSoc: 0.25, chargeToSoc: 0.9, curve: ChargingCurve(slowAboveSoc: 0.8, slowFactor: 0.5)))
        #expect(
            o.rebalancing
                == RebalancingRules(
                    strategy: .depot, interval: .minutes(10), demandEstimate: .profile, maxTravel: .minutes(10),
                    zoneSize: 1000, minIdle: .minutes(5)))
        #expect(
            spec.vehicleTypes[1].battery
                == Battery(
                    capacityWh: 40_000, whPerKm: 220, auxiliaryKW: 1.5, initialSoc: 0.8, reserveSoc: 0.15,
                    maxChargeKW: 7.4))
        #expect(spec.vehicleTypes[0].battery == nil)
        let breakRule = ShiftBreak(earliestStart: .hours(8.5), latestEnd: .hours(9.5), duration: .minutes(20))
        #expect(spec.vehicleGroups.map(\.depot) == ["east", "west"])
        #expect(spec.vehicleGroups.map(\.shiftBreak) == [breakRule, nil])
        #expect(spec.vehicleGroups.allSatisfy { $0.start == nil && $0.startsPath == nil })
        #expect(spec.vehicleGroups[1].shiftStart == .hours(7) && spec.vehicleGroups[1].shiftEnd == .hours(11))
    }

    @Test func vehiclesOfADepotGroupStartAtTheDepotWithTheirBreak() throws {
        let spec = try ScenarioLoader.load(path: Fixtures.examples + "/operations.yaml")
        let vehicles = try spec.vehicles()
        #expect(vehicles.map(\.id) == ["evan0", "evan1", "evan2", "diesel0", "diesel1"])
        #expect(vehicles.map(\.depot) == [0, 0, 0, 1, 1])
        #expect(vehicles[0].start == GeoPoint(lat: 52.52, lon: 13.41))
        #expect(vehicles[4].start == GeoPoint(lat: 52.515, lon: 13.385))
        #expect(vehicles[0].shiftBreak?.duration == .minutes(20) && vehicles[3].shiftBreak == nil)
        #expect(vehicles[0].type.battery?.capacityWh == 40_000)
        let setup = spec.operations.setup(depotPlaces: [7, 8])
        #expect(setup.depots == spec.operations.depots && setup.depotPlaces == [7, 8])
        #expect(setup.rebalancing.strategy == .depot && setup.breakPlace == .stop)
    }

    @Test func aScenarioWithoutOperationsHasNoneAndResolvesWithoutTheirKeys() throws {
        for name in ["tiny.yaml", "minimal.yaml", "autonomous.yaml"] {
            let spec = try ScenarioLoader.load(path: Fixtures.examples + "/" + name)
            #expect(spec.operations.isEmpty)
            #expect(
                try spec.vehicles().allSatisfy { $0.depot == nil && $0.shiftBreak == nil && $0.type.battery == nil })
            let yaml = spec.resolvedYAML()
            for key in ["operations:", "battery:", "depot:", "break:"] {
                #expect(!yaml.contains(key), "\(name): \(key)")
            }
        }
    }

    @Test func resolvedOperationsAreWrittenOutAndLoadBackEqual() throws {
        let spec = try ScenarioLoader.load(path: Fixtures.examples + "/operations.yaml")
        let yaml = spec.resolvedYAML()
        #expect(yaml.contains("  depots: \"data/tiny_depots.csv\"\n  breaks: {place: stop}\n"))
        #expect(
            yaml.contains(
                "battery: {capacityKWh: 40, consumptionKWhPerKm: 0.22, auxiliaryKW: 1.5, initialSoc: 0.8, "
                    + "reserveSoc: 0.15, maxChargeKW: 7.4}"))
        #expect(
            yaml.contains(
                "shift: {start: \"07:00\", end: \"11:00\", depot: \"east\", break: {earliestStart: \"08:30\", "
                    + "latestEnd: \"09:30\", minutes: 20}}"))
        let again = try ScenarioLoader.load(yaml: yaml, file: spec.file)
        #expect(again == spec)
        #expect(again.resolvedYAML() == yaml)
    }

    @Test func cottbusOperationsScenarioLoadsWithTwoDepotsAndTwoShifts() throws {
        let spec = try ScenarioLoader.load(path: Fixtures.scenario("cottbus/cottbus_operations.yaml"))
        #expect(spec.operations.depots.map(\.id) == ["north", "south"])
        #expect(spec.operations.depots.allSatisfy { $0.chargers == ChargerGroup(plugs: 10, powerKW: 50) })
        #expect(spec.operations.rebalancing.strategy == .minCostFlow)
        #expect(spec.vehicleGroups.map(\.depot) == ["north", "south"])
        #expect(spec.vehicleGroups.map(\.count) == [100, 100])
        let battery = try #require(spec.vehicleTypes[0].battery)
        #expect(battery.capacityWh == 77_000 && battery.whPerKm == 250)
        #expect(battery.maxChargeKW == 170 && battery.initialSoc == 0.5)
        let vehicles = try spec.vehicles()
        #expect(vehicles.count == 200 && vehicles.filter { $0.depot == 1 }.count == 100)
    }

    @Test func electricTypeWithoutChargersNeedsOnlyOneChargingDepot() throws {
        let yaml = """
            schemaVersion: 1
            name: oneCharger
            serviceArea: data/tiny_area.geojson
            doorToDoor: true
            operations: {depots: data/tiny_depots.csv}
            fleet:
              vehicleTypes: [{name: evan, seats: 6, battery: {capacityKWh: 40, consumptionKWhPerKm: 0.2}}]
              vehicles: [{type: evan, count: 2, shift: {depot: west}}]
            demand: {poisson: {requestsPerHour: {"08": 10}}}
            """
        let spec = try ScenarioLoader.load(yaml: yaml, file: Fixtures.examples + "/inline.yaml")
        #expect(spec.vehicleTypes[0].battery?.maxChargeKW == .infinity)
        #expect(!spec.resolvedYAML().contains("maxChargeKW"))
    }
}
