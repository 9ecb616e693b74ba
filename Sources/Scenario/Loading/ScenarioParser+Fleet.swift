import Simulation
import Yams

/// `fleet:` — vehicle types and vehicle groups.
extension ScenarioParser {
    func parseFleet(_ root: MapReader, defaultShift: (SimTime, SimTime))
        -> (types: [VehicleType], groups: [VehicleGroupSpec])?
    {
        guard root.has("fleet") else {
            root.missing("fleet", fix: "add a `fleet:` section with `vehicleTypes:` and `vehicles:`")
            return nil
        }
        let r = root.map("fleet", known: ["vehicleTypes", "vehicles"])
        let types = parseVehicleTypes(r)
        let groups = parseVehicleGroups(r, types: types, defaultShift: defaultShift)
        guard let types, let groups else { return nil }
        return (types, groups)
    }

    private func parseVehicleTypes(_ fleet: MapReader) -> [VehicleType]? {
        guard fleet.has("vehicleTypes") else {
            fleet.missing("vehicleTypes", fix: "add `vehicleTypes:` with at least one `- {name: van, seats: 6}`")
            return nil
        }
        guard
            let items = fleet.nonEmptySequence("vehicleTypes", of: "vehicle type", fix: "add `- {name: van, seats: 6}`")
        else {
            return nil
        }
        var types: [VehicleType] = [], seen: [String: Int] = [:], ok = true
        let int16 = 0...Int(Int16.max)
        for (node, path) in items {
            let r = MapReader(
                node, path: path,
                known: [
                    "name", "seats", "wheelchairPlaces", "seatsFoldedPerWheelchair",
                    "childSeats", "boardingAuthentication"
                ], sink: sink)
            let name = r.string("name", default: nil, fix: "add `name: van`")
            r.checkUniqueName(name, "vehicle type name", seen: &seen, fix: "give every vehicle type its own name")
            let seats = r.int("seats", default: nil, range: 1...Int(Int16.max), fix: "add `seats: 6`")
            let wheelchairs = r.int("wheelchairPlaces", default: 0, range: int16)
            let folded = r.int("seatsFoldedPerWheelchair", default: 0, range: int16)
            let cs = r.map("childSeats", known: ["forwards", "backwards", "booster"])
            let fw = cs.int("forwards", default: 0, range: int16)
            let bw = cs.int("backwards", default: 0, range: int16)
            let bo = cs.int("booster", default: 0, range: int16)
            let authentication = r.bool("boardingAuthentication", default: false)
            guard let name, let seats, let wheelchairs, let folded, let fw, let bw, let bo, let authentication else {
                ok = false; continue
            }
            if fw + bw + bo > seats {
                r.problem(
                    "childSeats", "\(fw + bw + bo) child seats do not fit on \(seats) seats",
                    fix: "child seats are installed on seats: use at most \(seats) in total")
                ok = false
            }
            if wheelchairs * folded > seats {
                r.problem(
                    "seatsFoldedPerWheelchair",
                    "\(wheelchairs) wheelchair places × \(folded) folded seats exceed \(seats) seats",
                    fix: "fold at most \(seats / max(wheelchairs, 1)) seats per wheelchair place, or add seats")
                ok = false
            }
            types.append(
                VehicleType(
                    name: name, seats: Int16(seats), wheelchairPlaces: Int16(wheelchairs),
                    seatsFoldedPerWheelchair: Int16(folded), forwardsSeats: Int16(fw),
                    backwardsSeats: Int16(bw), boosterSeats: Int16(bo), boardingAuthentication: authentication))
        }
        return ok ? types : nil
    }

    private func parseVehicleGroups(
        _ fleet: MapReader, types: [VehicleType]?,
        defaultShift: (SimTime, SimTime)
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
        var groups: [VehicleGroupSpec] = [], prefixes: [String: Int] = [:], ok = true
        for (node, itemPath) in items {
            let r = MapReader(
                node, path: itemPath, known: ["type", "count", "startsFile", "start", "shift", "idPrefix"], sink: sink)
            let typeName = r.string("type", default: nil, fix: "add `type:` naming one of fleet.vehicleTypes")
            var typeIndex: Int?
            if let typeName, let types {
                typeIndex = types.firstIndex { $0.name == typeName }
                if typeIndex == nil {
                    let names = types.map(\.name)
                    let hint = Suggestion.closest(to: typeName, in: names).map { "did you mean '\($0)'? " } ?? ""
                    r.problem(
                        "type", "unknown vehicle type '\(typeName)'",
                        fix: "\(hint)name one of fleet.vehicleTypes: \(names.joined(separator: ", "))")
                }
            }
            let startsPath = path(r, "startsFile", required: false)
            var rows: Int?
            if let startsPath {
                do { rows = try FleetStartsFile.read(path: startsPath).count } catch let e as ScenarioError {
                    sink.append(contentsOf: e.diagnostics)
                } catch { r.problem("startsFile", "cannot read: \(error)", fix: "check the file") }
            }
            let start = parseStart(r)
            if r.has("startsFile") == r.has("start") {
                sink.add(
                    at: r.mark, itemPath,
                    r.has("start")
                        ? "give either startsFile or start, not both"
                        : "missing required key 'startsFile' or 'start'",
                    fix: "use `startsFile: path.csv` (one row per vehicle) or `start: {lat: …, lon: …}`")
            }
            let count = r.int(
                "count", default: rows ?? (r.has("startsFile") ? 0 : nil), range: 1...VehicleGroupSpec.maxVehicles,
                fix: "add `count:` (the number of vehicles in the group)")
            let shift = r.map("shift", known: ["start", "end"])
            let shiftStart = shift.time("start", default: defaultShift.0)
            let shiftEnd = shift.time("end", default: defaultShift.1)
            if let shiftStart, let shiftEnd, shiftEnd <= shiftStart {
                shift.problem(
                    "end", "must be later than the shift start (\(TimeOfDay.format(shiftStart)))",
                    fix: "make shift.end later than shift.start")
            }
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
            guard let typeIndex, let count, count > 0, let shiftStart, let shiftEnd, let prefix,
                (startsPath != nil) != (start != nil)
            else { ok = false; continue }
            groups.append(
                VehicleGroupSpec(
                    typeIndex: typeIndex, count: count, startsPath: startsPath, start: start,
                    shiftStart: shiftStart, shiftEnd: shiftEnd, idPrefix: prefix))
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
