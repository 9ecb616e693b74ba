import DataFiles

/// Reads vehicle start positions: a CSV (or a gzip-compressed `.csv.gz`) with a header and the columns
/// `start_lat`, `start_lon` (or `lat`, `lon`) and optionally `vehicle_id`; other columns are ignored.
public enum FleetStartsFile {
    /// Throws a `ScenarioError` listing every bad row (line and column).
    public static func read(path: String) throws -> [VehicleStart] {
        let table = try RowChecker.table(path)
        try RowChecker.requireColumns(table, [["start_lat", "lat"], ["start_lon", "lon"]])
        let latName = table.column("start_lat") != nil ? "start_lat" : "lat"
        let lonName = table.column("start_lon") != nil ? "start_lon" : "lon"
        let lat = (table.column(latName)!, latName), lon = (table.column(lonName)!, lonName)
        let idColumn = table.column("vehicle_id")
        var check = RowChecker(path: path), starts: [VehicleStart] = [], seen: [String: Int] = [:]
        for r in table.records where check.width(r, table) {
            var id: String?
            if let c = idColumn {
                let v = r.trimmed(c)
                if v.isEmpty {
                    check.add(
                        line: r.line, "vehicle_id", "is empty", fix: "give every row a vehicle_id, or drop the column")
                } else if let first = seen[v] {
                    check.add(
                        line: r.line, "vehicle_id", "duplicate vehicle_id '\(v)' (first on line \(first))",
                        fix: "give every vehicle its own id")
                } else {
                    seen[v] = r.line
                }
                id = v
            }
            if let p = check.point(r, lat: lat, lon: lon) { starts.append(VehicleStart(id: id, point: p)) }
        }
        if table.records.isEmpty {
            check.add(line: 1, "", "the file has no rows", fix: "add one row per vehicle start")
        }
        try check.throwIfAny()
        return starts
    }
}
