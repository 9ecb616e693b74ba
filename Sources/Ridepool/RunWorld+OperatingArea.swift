import Service
import Simulation

extension RunWorld {
    /// The scenario's service area as the API shows it: named after the scenario, with its polygons,
    /// its stops (none door to door) and its daily hours.
    var operatingArea: OperatingArea {
        OperatingArea(
            id: spec.name, displayName: spec.description.isEmpty ? spec.name : spec.description,
            polygons: area.polygons.map { AreaPolygon(exterior: $0.first ?? [], holes: Array($0.dropFirst())) },
            stops: setup.stops, doorToDoor: spec.doorToDoor, hours: spec.rules.serviceHours)
    }
}
