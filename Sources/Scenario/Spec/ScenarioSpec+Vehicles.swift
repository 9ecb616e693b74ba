import Simulation

extension ScenarioSpec {
    /// Every vehicle of the fleet, group by group, with ids, start points, depots and breaks.
    ///
    /// Ids come from the starts file's `vehicle_id` when it has that column and the group uses no
    /// more vehicles than it has rows; otherwise they are `idPrefix` + index within the group. A group
    /// with a depot starts at the depot's point.
    /// - Throws: `ScenarioError` when a starts file cannot be read, two vehicles share an id, or a
    ///   group names a depot that `operations` does not have.
    public func vehicles() throws -> [VehicleSpec] {
        var out: [VehicleSpec] = [], seen: Set<String> = []
        for (gi, g) in vehicleGroups.enumerated() {
            let starts = try g.startsPath.map { try FleetStartsFile.read(path: $0) }
            let depot = try g.depot.map { try depotIndex($0, group: gi) }
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
                let start = row?.point ?? g.start ?? depot.map { operations.depots[$0].point }
                out.append(
                    VehicleSpec(
                        id: id, type: vehicleTypes[g.typeIndex], start: start!,
                        shiftStart: g.shiftStart, shiftEnd: g.shiftEnd, depot: depot.map(Int32.init),
                        shiftBreak: g.shiftBreak))
            }
        }
        return out
    }

    /// The index of depot `id` in `operations.depots` (the loader checks this; a spec edited in code may not).
    private func depotIndex(_ id: String, group: Int) throws -> Int {
        if let index = operations.depotIndex(of: id) { return index }
        throw ScenarioError(diagnostics: [
            Diagnostic(
                file: file, field: "fleet.vehicles[\(group)].shift.depot", message: "no depot has the id '\(id)'",
                fix: "name a depot of operations.depots (\(operations.depots.map(\.id).joined(separator: ", ")))")
        ])
    }
}
