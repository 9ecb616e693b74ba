import Simulation

/// `fleet.vehicleTypes:` — capacities, boarding authentication and, for electric vehicles, the battery.
extension ScenarioParser {
    func parseVehicleTypes(_ fleet: MapReader, operations: OperationsContext) -> [VehicleType]? {
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
                    "childSeats", "boardingAuthentication", "battery"
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
            let battery = r.has("battery") ? parseBattery(r, chargeBelowSoc: operations.chargeBelowSoc) : nil
            guard let name, let seats, let wheelchairs, let folded, let fw, let bw, let bo, let authentication,
                battery != nil || !r.has("battery")
            else {
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
                    backwardsSeats: Int16(bw), boosterSeats: Int16(bo), boardingAuthentication: authentication,
                    battery: battery))
        }
        return ok ? types : nil
    }
}
