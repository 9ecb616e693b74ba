import RoadNetwork
import Scenario
import Simulation

/// The run's fleet operations: depots registered in the travel model, and the checks that need it.
extension RunWorld {
    /// Registers each depot of `spec` in `travel` (stops come first; depots follow them). A road network
    /// must have a node within the snapping limit of each depot.
    /// - Throws: `DataFileError` naming the depots file and row of a depot the network cannot serve.
    static func depotPlaces(_ spec: ScenarioSpec, in travel: RunTravel) throws -> [PlaceID] {
        let ops = spec.operations
        return try ops.depots.enumerated().map { i, depot in
            switch travel {
            case .straightLine(let t): return t.addPlace(depot.point)
            case .network(let t):
                return try t.addPlace(
                    depot.point, maxSnapDistance: spec.travel.maxSnapMetres, what: "depot \"\(depot.id)\"",
                    file: ops.depotsPath, line: i < ops.depotLines.count ? ops.depotLines[i] : nil)
            }
        }
    }

    /// Checks that every electric vehicle can reach a charger from where its shift starts without going
    /// below its reserve (from its initial state of charge).
    /// - Throws: `ScenarioError` naming the vehicle type's `battery` and the depot or start it cannot leave.
    static func checkBatteries(
        _ spec: ScenarioSpec, vehicles: [VehicleSpec], vehiclePlaces: [PlaceID], depotPlaces: [PlaceID],
        travel: any TravelTimeModel
    ) throws {
        let reach = ChargerReach(chargerPlaces: spec.operations.setup(depotPlaces: depotPlaces).chargerPlaces)
        var checked = Set<String>(), problems: [Diagnostic] = []
        for (v, place) in zip(vehicles, vehiclePlaces) {
            guard let battery = v.type.battery, !reach.chargerPlaces.isEmpty,
                checked.insert("\(v.type.name)@\(place)").inserted
            else { continue }
            let metres = reach.metresToNearest(from: place, travel: travel)
            let needed = battery.whPerKm * metres / 1000
            let usable = (battery.initialSoc - battery.reserveSoc) * battery.capacityWh
            guard needed > usable else { continue }
            let typeIndex = spec.vehicleTypes.firstIndex { $0.name == v.type.name } ?? 0
            let from = v.depot.map { "depot \"\(spec.operations.depots[Int($0)].id)\"" } ?? "its start"
            problems.append(
                Diagnostic(
                    file: spec.file, field: "fleet.vehicleTypes[\(typeIndex)].battery",
                    message:
                        "vehicle type '\(v.type.name)' cannot reach any charger from \(from): "
                        + "\(Int(metres.rounded())) m need \(Int(needed.rounded())) Wh, "
                        + "but only \(Int(usable.rounded())) Wh are above the reserve",
                    fix: "raise initialSoc or capacityKWh, lower reserveSoc, or add chargers nearer to the depot"))
        }
        if !problems.isEmpty { throw ScenarioError(diagnostics: problems) }
    }
}
