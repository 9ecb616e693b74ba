import Simulation
import Yams

/// `fleet:` — vehicle types and vehicle groups (checked against `operations`: depots, chargers).
extension ScenarioParser {
    func parseFleet(_ root: MapReader, defaultShift: (SimTime, SimTime), operations: OperationsContext)
        -> (types: [VehicleType], groups: [VehicleGroupSpec])?
    {
        guard root.has("fleet") else {
            root.missing("fleet", fix: "add a `fleet:` section with `vehicleTypes:` and `vehicles:`")
            return nil
        }
        let r = root.map("fleet", known: ["vehicleTypes", "vehicles"])
        let types = parseVehicleTypes(r, operations: operations)
        let groups = parseVehicleGroups(r, types: types, defaultShift: defaultShift, operations: operations)
        guard let types, let groups else { return nil }
        return (types, groups)
    }

    private func parseVehicleGroups(
        _ fleet: MapReader, types: [VehicleType]?,
        defaultShift: (SimTime, SimTime), operations: OperationsContext
    ) -> [VehicleGroupSpec]? {
        guard fleet.has("vehicles") else {
            fleet.missing(
                "vehicles", fix: "add `vehicles:` with at least one `- {type: van, count: 10, start: {lat: …, lon: …}}`"
            )
            return nil
        }
        guard
            let items = fleet.nonEmptySequence(
                "vehicles", of: "vehicle group",
                fix: "add `- {type: van, count: 10, start: {lat: …, lon: …}}`")
        else { return nil }
        var groups: [VehicleGroupSpec] = [], prefixes: [String: Int] = [:], ok = true, uncharged: Set<String> = []
        for (node, itemPath) in items {
            let r = MapReader(
                node, path: itemPath, known: ["type", "count", "startsFile", "start", "shift", "idPrefix"], sink: sink)
            let (typeName, typeIndex) = groupType(r, types: types, operations: operations, uncharged: &uncharged)
            let startsPath = path(r, "startsFile", required: false)
            var rows: Int?
            if let startsPath {
                do { rows = try FleetStartsFile.read(path: startsPath).count } catch let e as ScenarioError {
                    sink.append(contentsOf: e.diagnostics)
                } catch { r.problem("startsFile", "cannot read: \(error)", fix: "check the file") }
            }
            let start = parseStart(r)
            checkStartRule(r)
            let count = r.int(
                "count", default: rows ?? (r.has("startsFile") ? 0 : nil), range: 1...VehicleGroupSpec.maxVehicles,
                fix: "add `count:` (the number of vehicles in the group)")
            let shift = parseShift(r, defaultShift: defaultShift, operations: operations)
            let prefix = r.string("idPrefix", default: typeName ?? "")
            if let prefix, prefix.isEmpty || prefix.contains(where: { $0 == "," || $0 == "\"" || $0.isWhitespace }) {
                r.problem(
                    "idPrefix", "must be a non-empty id prefix without spaces, commas or quotes, got '\(prefix)'",
                    fix: "use e.g. `idPrefix: van`")
            } else if let prefix, let line = prefixes[prefix] {
                sink.add(
                    at: r.markOf("idPrefix"), r.field("idPrefix"),
                    "vehicle ids would repeat: group on line \(line) uses the same idPrefix '\(prefix)'",
                    fix: "give each group of the same type its own `idPrefix:`")
            }
            if let prefix { prefixes[prefix] = r.mark?.line ?? 0 }
            guard let typeIndex, let count, count > 0, let shift, let prefix,
                [startsPath != nil, start != nil, shift.depot != nil].filter({ $0 }).count == 1
            else { ok = false; continue }
            groups.append(
                VehicleGroupSpec(
                    typeIndex: typeIndex, count: count, startsPath: startsPath, start: start,
                    shiftStart: shift.start, shiftEnd: shift.end, idPrefix: prefix, depot: shift.depot,
                    shiftBreak: shift.shiftBreak))
        }
        let total = groups.reduce(0) { $0 + $1.count }
        if ok && total > VehicleGroupSpec.maxVehicles {
            fleet.problem(
                "vehicles", "the groups hold \(total) vehicles, more than \(VehicleGroupSpec.maxVehicles)",
                fix: "use at most \(VehicleGroupSpec.maxVehicles) vehicles in all groups together")
            return nil
        }
        return ok ? groups : nil
    }

    /// The group's `type` and its index in `types`: a diagnostic when it names no type, or (once per
    /// type, in `uncharged`) an electric type while no depot has chargers.
    private func groupType(
        _ r: MapReader, types: [VehicleType]?, operations: OperationsContext, uncharged: inout Set<String>
    ) -> (name: String?, index: Int?) {
        let typeName = r.string("type", default: nil, fix: "add `type:` naming one of fleet.vehicleTypes")
        guard let typeName, let types else { return (typeName, nil) }
        guard let typeIndex = types.firstIndex(where: { $0.name == typeName }) else {
            let names = types.map(\.name)
            let hint = Suggestion.closest(to: typeName, in: names).map { "did you mean '\($0)'? " } ?? ""
            r.problem(
                "type", "unknown vehicle type '\(typeName)'",
                fix: "\(hint)name one of fleet.vehicleTypes: \(names.joined(separator: ", "))")
            return (typeName, nil)
        }
        if types[typeIndex].battery != nil, let depots = operations.depots,
            !depots.contains(where: { $0.chargers != nil }), uncharged.insert(typeName).inserted
        {
            r.problem(
                "type",
                "vehicle type '\(typeName)' is electric (it has a battery), but no depot has chargers: its "
                    + "vehicles could never charge",
                fix: "give a depot of operations.depots plugs and plug_kw, or remove the type's battery")
        }
        return (typeName, typeIndex)
    }

    /// Exactly one of `startsFile`, `start` and `shift.depot` says where the group's vehicles start.
    private func checkStartRule(_ group: MapReader) {
        var depot = false
        if case .mapping(let shift)? = group.value("shift") {
            depot = shift.contains { $0.key.scalar?.string == "depot" && !$0.value.isNull }
        }
        let given = ["startsFile", "start"].filter { group.has($0) }
        if depot, let key = given.first {
            group.problem(
                key, "the depot is where the shift starts: give shift.depot or \(key), not both",
                fix: "remove `\(key):` (the vehicles start at their depot), or remove shift.depot")
        } else if given.count == 2 {
            sink.add(
                at: group.mark, group.path, "give either startsFile or start, not both",
                fix: "use `startsFile: path.csv` (one row per vehicle) or `start: {lat: …, lon: …}`")
        } else if given.isEmpty && !depot {
            sink.add(
                at: group.mark, group.path, "missing required key 'startsFile' or 'start'",
                fix: "use `startsFile: path.csv` (one row per vehicle), `start: {lat: …, lon: …}`, "
                    + "or `shift: {depot: …}` to start at a depot")
        }
    }

    /// `start: {lat, lon}` in WGS84 degrees.
    private func parseStart(_ group: MapReader) -> GeoPoint? {
        guard group.has("start") else { return nil }
        let r = group.map("start", known: ["lat", "lon"])
        let lat = r.number("lat", default: nil, .latitude, fix: "add `lat:` in degrees")
        let lon = r.number("lon", default: nil, .longitude, fix: "add `lon:` in degrees")
        guard let lat, let lon else { return nil }
        return GeoPoint(lat: lat, lon: lon)
    }
}
