import DataFiles
import Foundation
import Simulation

/// Reads virtual stops from a CSV or GeoJSON file, every problem reported with file, line or feature, and field.
///
/// - CSV (`.csv`): a header containing `stop_id`, `lat` and `lon` in any order (other columns are ignored),
///   then one stop per line, WGS84 decimal degrees. Blank lines are skipped; a double-quoted field may hold commas.
/// - GeoJSON (`.geojson`, `.json`): a FeatureCollection of Point features; the id is the property
///   `stop_id`, else the property `id`, else the feature's `id`.
///
/// The result is never empty, every id is unique and every point is inside WGS84's ranges.
public enum StopFile {
    /// Reads the stops in `path`, choosing the format by the file's extension.
    public static func read(path: String) throws -> [Stop] {
        let ext = (path as NSString).pathExtension.lowercased()
        let stops: [Stop]
        switch ext {
        case "csv": stops = try readCSV(try TextFile.read(path), file: path)
        case "geojson", "json": stops = try readGeoJSON(try TextFile.read(path), file: path)
        default:
            throw DataFileError(
                file: path, message: "unknown stop file format '.\(ext)'",
                fix: "give stops as .csv (stop_id,lat,lon) or .geojson (FeatureCollection of Points)")
        }
        guard !stops.isEmpty else {
            throw DataFileError(file: path, message: "the file has no stops", fix: "add at least one stop")
        }
        return stops
    }

    /// Throws unless `value` is a latitude (`field == "lat"`) or longitude in WGS84's ranges.
    static func checkRange(_ value: Double, field: String, file: String, line: Int?, fieldName: String)
        throws(DataFileError)
    {
        let limit = field == "lat" ? 90.0 : 180.0
        guard value.isFinite, abs(value) <= limit else {
            throw DataFileError(
                file: file, line: line, field: fieldName,
                message: "\(value) is outside -\(Int(limit))…\(Int(limit))",
                fix:
                    "give WGS84 decimal degrees (latitude -90…90, longitude -180…180); check that lat and lon are not swapped"
            )
        }
    }
}
