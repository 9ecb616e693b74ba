import DataFiles
import Foundation
import Simulation

/// The GeoJSON format of stop files.
extension StopFile {
    /// Parses a FeatureCollection of Point features; errors name `file` and the feature (`features[i]`, 0-based).
    public static func readGeoJSON(_ text: String, file: String) throws(DataFileError) -> [Stop] {
        let fix = "give stops as a GeoJSON FeatureCollection of Point features with a stop_id property"
        let root: Any
        do {
            root = try JSONSerialization.jsonObject(with: Data(text.utf8))
        } catch {
            let detail =
                (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? error.localizedDescription
            throw DataFileError(file: file, message: "not valid JSON: \(detail)", fix: fix)
        }
        guard let collection = root as? [String: Any], collection["type"] as? String == "FeatureCollection",
            let features = collection["features"] as? [Any]
        else {
            throw DataFileError(file: file, message: "not a GeoJSON FeatureCollection", fix: fix)
        }
        var stops: [Stop] = []
        var firstFeature: [String: Int] = [:]
        for (i, item) in features.enumerated() {
            let here = "features[\(i)]"
            guard let feature = item as? [String: Any] else {
                throw DataFileError(file: file, field: here, message: "is not a JSON object", fix: fix)
            }
            guard let geometry = feature["geometry"] as? [String: Any], geometry["type"] as? String == "Point" else {
                let type = (feature["geometry"] as? [String: Any])?["type"] as? String ?? "missing"
                throw DataFileError(file: file, field: "\(here).geometry", message: "is \(type), not a Point", fix: fix)
            }
            guard let position = geometry["coordinates"] as? [Any], position.count >= 2,
                let lon = number(position[0]), let lat = number(position[1])
            else {
                throw DataFileError(
                    file: file, field: "\(here).geometry.coordinates",
                    message: "is not a position [longitude, latitude]", fix: fix)
            }
            try checkRange(
                lon, field: "lon", file: file, line: nil, fieldName: "\(here).geometry.coordinates[0] (longitude)")
            try checkRange(
                lat, field: "lat", file: file, line: nil, fieldName: "\(here).geometry.coordinates[1] (latitude)")
            let properties = feature["properties"] as? [String: Any] ?? [:]
            guard
                let id = identifier(properties["stop_id"]) ?? identifier(properties["id"]) ?? identifier(feature["id"])
            else {
                throw DataFileError(
                    file: file, field: "\(here).properties.stop_id", message: "missing (and no 'id' either)",
                    fix: "give every feature a stop_id property")
            }
            if let first = firstFeature[id] {
                throw DataFileError(
                    file: file, field: "\(here)",
                    message: "duplicate stop id \"\(id)\" (features[\(first)] and features[\(i)])",
                    fix: "give every stop a unique stop_id")
            }
            firstFeature[id] = i
            stops.append(Stop(id: id, point: GeoPoint(lat: lat, lon: lon)))
        }
        return stops
    }

    /// A JSON number as a `Double`.
    private static func number(_ value: Any) -> Double? {
        (value as? NSNumber)?.doubleValue
    }

    /// A non-empty string id, or an integer id written as a string.
    private static func identifier(_ value: Any?) -> String? {
        if let s = value as? String { return s.isEmpty ? nil : s }
        guard let n = value as? NSNumber else { return nil }
        let d = n.doubleValue
        return d == d.rounded() && abs(d) < 1e15 ? String(Int64(d)) : n.stringValue
    }
}
