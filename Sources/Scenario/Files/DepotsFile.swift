import DataFiles
import Simulation

/// Reads the depots of `operations.depots`: a CSV (or `.csv.gz`) with the columns `depot_id`, `lat`,
/// `lon`, `parking` and, for chargers, `plugs` and `plug_kw` (identical plugs of `plug_kw` kW each).
/// A row whose `plugs` and `plug_kw` are both empty or 0 is a depot without chargers. Other columns
/// are ignored.
public enum DepotsFile {
    static let required = ["depot_id", "lat", "lon", "parking"]
    /// Most parking places and plugs of one depot; most power of one plug in kW.
    static let maxParking = 100_000, maxPlugs = 10_000, maxPlugKW = 1_000.0

    /// The depots in file order, each with its CSV line.
    /// - Throws: `ScenarioError` listing every bad row (line and column).
    public static func read(path: String) throws -> [(depot: Depot, line: Int)] {
        let table = try RowChecker.table(path)
        let chargerColumns = table.column("plugs") != nil || table.column("plug_kw") != nil
        try RowChecker.requireColumns(table, (required + (chargerColumns ? ["plugs", "plug_kw"] : [])).map { [$0] })
        func col(_ n: String) -> (Int, String) { (table.column(n)!, n) }
        let id = col("depot_id"), lat = col("lat"), lon = col("lon"), parking = col("parking")
        let plugs = chargerColumns ? col("plugs") : nil, kw = chargerColumns ? col("plug_kw") : nil
        var check = RowChecker(path: path), depots: [(depot: Depot, line: Int)] = [], seen: [String: Int] = [:]
        for r in table.records where check.width(r, table) {
            let depotID = r.trimmed(id.0)
            if depotID.isEmpty {
                check.add(line: r.line, id.1, "is empty", fix: "give every depot an id (shifts name it)")
            } else if let first = seen[depotID] {
                check.add(
                    line: r.line, id.1, "duplicate depot_id '\(depotID)' (first on line \(first))",
                    fix: "give every depot its own id")
            } else {
                seen[depotID] = r.line
            }
            let point = check.point(r, lat: lat, lon: lon)
            let places = check.integer(
                r, parking, 1...maxParking, what: "a number of parking places (1 … \(maxParking))")
            let chargers = chargers(r, plugs: plugs, kw: kw, check: &check)
            guard !depotID.isEmpty, seen[depotID] == r.line, let point, let places, case .read(let group) = chargers
            else { continue }
            depots.append((Depot(id: depotID, point: point, parking: places, chargers: group), r.line))
        }
        if table.records.isEmpty {
            check.add(line: 1, "", "the file has no rows", fix: "add one row per depot")
        }
        try check.throwIfAny()
        return depots
    }

    /// A row's chargers as read: a group, none (`.read(nil)`), or a problem already recorded.
    private enum Chargers {
        case read(ChargerGroup?)
        case bad
    }

    /// The row's chargers; `.bad` when the cells are bad, or give plugs without power or power without plugs.
    private static func chargers(
        _ r: CSVTable.Record, plugs: (Int, String)?, kw: (Int, String)?, check: inout RowChecker
    ) -> Chargers {
        guard let plugs, let kw else { return .read(nil) }
        let n =
            r.trimmed(plugs.0).isEmpty
            ? 0 : check.integer(r, plugs, 0...maxPlugs, what: "a number of plugs (0 … \(maxPlugs))")
        let power =
            r.trimmed(kw.0).isEmpty
            ? 0 : check.number(r, kw, 0...maxPlugKW, what: "kW per plug (0 … \(Int(maxPlugKW)))")
        guard let n, let power else { return .bad }
        switch (n, power) {
        case (0, 0): return .read(nil)
        case (0, _):
            check.add(
                line: r.line, plugs.1, "a charger of \(YAMLWriter.number(power)) kW with 0 plugs",
                fix: "give the number of plugs (at least 1), or leave plug_kw empty for a depot without chargers")
        case (_, 0):
            check.add(
                line: r.line, kw.1, "\(n) plugs without power",
                fix: "give each plug's power in kW (e.g. 11 for AC), or set plugs to 0 for a depot without chargers")
        default: return .read(ChargerGroup(plugs: n, powerKW: power))
        }
        return .bad
    }
}
