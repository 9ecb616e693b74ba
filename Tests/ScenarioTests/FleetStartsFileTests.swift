import Simulation
import TestSupport
import Testing

@testable import Scenario

@Suite struct FleetStartsFileTests {
    @Test func fleetStartsWithIdsAreRead() throws {
        let starts = try FleetStartsFile.read(path: Fixtures.data + "/tiny_fleet.csv")
        #expect(
            starts == [
                VehicleStart(id: "v0", point: GeoPoint(lat: 52.51, lon: 13.38)),
                VehicleStart(id: "v1", point: GeoPoint(lat: 52.52, lon: 13.407)),
                VehicleStart(id: "v2", point: GeoPoint(lat: 52.53, lon: 13.42))
            ])
    }

    @Test func fleetStartsAcceptLatLonColumnsWithoutIds() throws {
        let path = try Fixtures.temporary("starts.csv", "lat,lon\n52.5,13.4\n52.6,13.5\n")
        #expect(try FleetStartsFile.read(path: path).map(\.id) == [nil, nil])
    }

    @Test func badFleetStartsAreReportedWithLineAndColumn() throws {
        let error = try #require(throws: ScenarioError.self) {
            try FleetStartsFile.read(path: Fixtures.data + "/bad_fleet.csv")
        }
        #expect(error.diagnostics.map { "\($0.line ?? 0) \($0.field)" } == ["3 vehicle_id", "4 start_lon"])
    }

    @Test func badStartsFileInAScenarioIsReportedWithTheCSVLine() throws {
        let yaml = """
            schemaVersion: 1
            name: badstarts
            serviceArea: data/tiny_area.geojson
            doorToDoor: true
            fleet:
              vehicleTypes: [{name: van, seats: 6}]
              vehicles: [{type: van, startsFile: data/bad_fleet.csv}]
            demand: {replay: {file: data/tiny_demand.csv}}
            """
        let error = try #require(throws: ScenarioError.self) {
            try ScenarioLoader.load(yaml: yaml, file: Fixtures.examples + "/inline.yaml")
        }
        #expect(error.diagnostics.allSatisfy { $0.file.hasSuffix("bad_fleet.csv") })
        #expect(error.diagnostics.count == 2)
    }

    @Test func cottbusFleetStartsAreRead() throws {
        let dir = Fixtures.cottbus
        let fleet = try FleetStartsFile.read(path: dir + "/fleet_drt.csv")
        #expect(fleet.count == 200 && fleet[0].id == "taxi0")
    }
}
