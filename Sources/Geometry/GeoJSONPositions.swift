import DataFiles
import Foundation

/// Checks the `coordinates` of every geometry in GeoJSON text before GEOS reads it, and hands GEOS
/// exactly the JSON that was checked.
///
/// GEOS 3.11's GeoJSON reader (Debian 12's libgeos 3.11.1) takes a position's first two numbers
/// without checking that they are there (`GeoJSONReader::readCoordinate`): an empty position such as
/// `[[[],…]]` in a Polygon reads address zero and kills the process (found by the fuzz target
/// `FuzzServiceAreaGeoJSON`). So every position must be an array of at least two numbers, nested as
/// deep as its geometry's type says. GEOS then reads the checked JSON written again, never the
/// original text, which it could read differently (it stops at a NUL byte, for one: the fuzzer's
/// second finding).
enum GeoJSONPositions {
    /// How many arrays hold the positions of each geometry type (a Point's coordinates are one position).
    private static let depth = [
        "Point": 0, "MultiPoint": 1, "LineString": 1, "MultiLineString": 2, "Polygon": 2, "MultiPolygon": 3
    ]

    /// The GeoJSON for GEOS: `geoJSON` parsed, checked and written again.
    /// - Throws: `DataFileError` if the text is not a JSON object, or naming the first position
    ///   (`features[0].geometry.coordinates[1][0]`) that is not `[longitude, latitude]` or a
    ///   coordinates member that is not nested as its type needs.
    static func checked(_ geoJSON: String, file: String?) throws(DataFileError) -> String {
        let fix =
            "make the file valid GeoJSON (RFC 7946): a Polygon or MultiPolygon, a Feature with one, or a FeatureCollection of them"
        let root: Any
        do {
            root = try JSONSerialization.jsonObject(with: Data(geoJSON.utf8))
        } catch {
            let detail =
                (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? error.localizedDescription
            throw DataFileError(file: file, message: "not valid JSON: \(detail)", fix: fix)
        }
        guard root is [String: Any] else { throw DataFileError(file: file, message: "not a GeoJSON object", fix: fix) }
        try walk(root, at: "", file: file)
        do {
            return String(decoding: try JSONSerialization.data(withJSONObject: root), as: UTF8.self)
        } catch {
            throw DataFileError(
                file: file, message: "cannot be written again as JSON: \(error.localizedDescription)", fix: fix)
        }
    }

    /// Checks a geometry's coordinates, then the geometries inside a Feature, FeatureCollection or GeometryCollection.
    private static func walk(_ value: Any, at path: String, file: String?) throws(DataFileError) {
        guard let object = value as? [String: Any] else { return }
        if let type = object["type"] as? String, let depth = depth[type], let coordinates = object["coordinates"] {
            try nesting(coordinates, depth: depth, at: path + "coordinates", file: file)
        }
        if let geometry = object["geometry"] { try walk(geometry, at: path + "geometry.", file: file) }
        for key in ["features", "geometries"] {
            guard let list = object[key] as? [Any] else { continue }
            for (i, item) in list.enumerated() { try walk(item, at: "\(path)\(key)[\(i)].", file: file) }
        }
    }

    private static func nesting(_ value: Any, depth: Int, at path: String, file: String?) throws(DataFileError) {
        let fix =
            "write every GeoJSON position as [longitude, latitude] in decimal degrees, nested as the geometry type needs"
        guard let array = value as? [Any] else {
            throw DataFileError(file: file, field: path, message: "is not an array", fix: fix)
        }
        guard depth > 0 else {
            guard array.count >= 2, array.allSatisfy({ $0 is NSNumber }) else {
                throw DataFileError(
                    file: file, field: path, message: "is not a position: it needs two numbers, [longitude, latitude]",
                    fix: fix)
            }
            return
        }
        for (i, item) in array.enumerated() { try nesting(item, depth: depth - 1, at: "\(path)[\(i)]", file: file) }
    }
}
