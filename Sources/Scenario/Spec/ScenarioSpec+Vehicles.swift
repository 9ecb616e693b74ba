import Simulation

extension ScenarioSpec {
    /// Every vehicle of the fleet, group by group, with ids and start points.
    ///
    /// Ids come from the starts file's `vehicle_id` when it has that column and the group uses no
    /// more vehicles than it has rows; otherwise they are `idPrefix` + index within the group.
    /// - Throws: `ScenarioError` when a starts file cannot be read or two vehicles share an id.
    public func vehicles() throws -> [VehicleSpec] {
        var out: [VehicleSpec] = [], seen: Set<String> = []
        for (gi, g) in vehicleGroups.enumerated() {
            let starts = try g.startsPath.map { try FleetStartsFile.read(path: $0) }
            for i in 0..<g.count {
                let row = starts.map { $0[i % $0.count] }
                let fileIDs = (starts?.count ?? 0) >= g.count && row?.id != nil
                let id = fileIDs ? row!.id! : g.idPrefix + String(i)
                guard seen.insert(id).inserted else {
                    throw ScenarioError(diagnostics: [
                        Diagnostic(
                            file: file, field: "fleet.vehicles[\(gi)]", message: "vehicle id '\(id)' is used twice",
                            fix: "give each vehicle group its own idPrefix, or unique vehicle_id values")
                    ])
                }
                out.append(
                    VehicleSpec(
                        id: id, type: vehicleTypes[g.typeIndex], start: row?.point ?? g.start!,
                        shiftStart: g.shiftStart, shiftEnd: g.shiftEnd))
            }
        }
        return out
    }
}
