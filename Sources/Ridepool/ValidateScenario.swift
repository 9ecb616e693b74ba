import Geometry
import Scenario

/// `ridepool validate`: every problem of a scenario and the files it references, at once.
public enum ValidateScenario {
    /// One line per problem (file, line or row, field, fix); empty when the scenario can run.
    public static func problems(scenarioPath: String) -> [String] {
        let spec: ScenarioSpec
        do { spec = try ScenarioLoader.load(path: scenarioPath) } catch { return lines(of: error) }
        var found: [String] = []
        if let workload = spec.workload {
            collect(&found) { _ = try WorkloadFile.readFleet(path: workload.fleetPath) }
            collect(&found) { _ = try WorkloadFile.readRequests(path: workload.requestsPath) }
            return found
        }
        // The referenced files are checked independently, so that one bad file hides no other.
        let context = GeometryContext()
        collect(&found) { _ = try ServiceArea(contentsOf: spec.serviceAreaPath, context: context) }
        if let stops = spec.stopsPath { collect(&found) { _ = try StopFile.read(path: stops) } }
        if let demand = spec.demand.replayPath { collect(&found) { _ = try DemandFile.read(path: demand) } }
        collect(&found) { _ = try spec.vehicles() }
        if found.isEmpty { collect(&found) { _ = try RunWorld(spec: spec, precompute: false) } }
        return found
    }

    private static func collect(_ found: inout [String], _ check: () throws -> Void) {
        do { try check() } catch { found += lines(of: error) }
    }

    static func lines(of error: any Error) -> [String] {
        if let e = error as? ScenarioError { return e.diagnostics.map(\.description) }
        return ["\(error)"]
    }
}
