import DataFiles
import Simulation

/// The CSV format of stop files.
extension StopFile {
    /// Parses stop CSV text; errors name `file`, the 1-based line and the field.
    public static func readCSV(_ text: String, file: String) throws(DataFileError) -> [Stop] {
        let table = try CSVTable(
            bytes: Array(text.utf8), file: file, required: ["stop_id", "lat", "lon"], lowercasingHeader: true)
        let (idColumn, latColumn, lonColumn) = (table.column("stop_id")!, table.column("lat")!, table.column("lon")!)
        var stops: [Stop] = []
        var firstLine: [String: Int] = [:]
        for record in table.records {
            func coordinate(_ column: Int, _ name: String) throws(DataFileError) -> Double {
                let fix = "write WGS84 decimal degrees with a dot, e.g. \(name == "lat" ? "51.7563" : "14.3329")"
                let value = try try table.number(record, column, name, fix: fix)
                try checkRange(value, field: name, file: file, line: record.line, fieldName: name)
                return value
            }
            let id = try try table.text(record, idColumn, "stop_id")
            guard !id.isEmpty else {
                throw DataFileError(
                    file: file, line: record.line, field: "stop_id", message: "is empty", fix: "give every stop an id")
            }
            let lat = try coordinate(latColumn, "lat"), lon = try coordinate(lonColumn, "lon")
            if let first = firstLine[id] {
                throw DataFileError(
                    file: file, line: record.line, field: "stop_id",
                    message: "duplicate stop id \"\(id)\" (lines \(first) and \(record.line))",
                    fix: "give every stop a unique stop_id")
            }
            firstLine[id] = record.line
            stops.append(Stop(id: id, point: GeoPoint(lat: lat, lon: lon)))
        }
        return stops
    }
}
