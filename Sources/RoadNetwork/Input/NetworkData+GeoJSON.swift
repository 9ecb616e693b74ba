import DataFiles
import Foundation
import Simulation

/// The GeoJSON format: a FeatureCollection of LineString edges whose properties are those of the
/// edges CSV (`from_node`, `to_node`, `length_m`, `freespeed_mps`, optional `edge_id` and `modes`).
/// Node positions are the lines' first and last points.
extension NetworkData {
    /// Reads a GeoJSON edge file.
    /// - Throws: `DataFileError` naming the file and the feature's member (`features[12].properties.length_m`).
    public static func readGeoJSON(path: String) throws(DataFileError) -> NetworkData {
        let bytes = try try DataFile.read(path: path)
        return try readGeoJSON(data: Data(bytes), file: path)
    }

    /// Parses GeoJSON bytes; errors name `file`.
    public static func readGeoJSON(data bytes: Data, file: String) throws(DataFileError) -> NetworkData {
        let json: Any
        do { json = try JSONSerialization.jsonObject(with: bytes) } catch {
            throw DataFileError(
                file: file, message: "not valid JSON: \(error.localizedDescription)",
                fix: "check the file with a JSON validator")
        }
        guard let root = json as? [String: Any], root["type"] as? String == "FeatureCollection",
            let features = root["features"] as? [Any]
        else {
            throw DataFileError(
                file: file, field: "type", message: "expected a FeatureCollection with a 'features' array",
                fix: "write the edges as a GeoJSON FeatureCollection of LineString features")
        }
        var data = NetworkData(file: file)
        for (i, any) in features.enumerated() {
            let at = "features[\(i)]"
            func fail(_ field: String, _ message: String, _ fix: String) -> DataFileError {
                DataFileError(file: file, field: "\(at).\(field)", message: message, fix: fix)
            }
            guard let feature = any as? [String: Any], let geometry = feature["geometry"] as? [String: Any],
                geometry["type"] as? String == "LineString",
                let coordinates = geometry["coordinates"] as? [[Double]], coordinates.count >= 2,
                let first = coordinates.first, let last = coordinates.last, first.count >= 2, last.count >= 2
            else {
                throw fail(
                    "geometry", "expected a LineString with at least two [lon, lat] positions",
                    "give every edge feature a LineString geometry from its from-node to its to-node")
            }
            guard let properties = feature["properties"] as? [String: Any] else {
                throw fail(
                    "properties", "missing",
                    "give every edge feature the properties from_node, to_node, length_m and freespeed_mps")
            }
            func text(_ name: String) throws(DataFileError) -> String? {
                switch properties[name] {
                case nil, is NSNull: return nil
                case let s as String: return s
                case let n as NSNumber: return n.stringValue
                default: throw fail("properties.\(name)", "expected a string or a number", "write \(name) as a string")
                }
            }
            func required(_ name: String) throws(DataFileError) -> String {
                guard let value = try text(name) else {
                    throw fail("properties.\(name)", "missing", "give every edge feature the property \(name)")
                }
                return value
            }
            func number(_ name: String, example: String) throws(DataFileError) -> Double {
                let raw = try required(name)
                guard let value = Double(raw.trimming(" ")), value.isFinite else {
                    throw fail("properties.\(name)", "\"\(raw)\" is not a number", "write a number, e.g. \(example)")
                }
                return value
            }
            let from = try required("from_node"), to = try required("to_node")
            try data.addNodeIfNew(id: from, point: GeoPoint(lat: first[1], lon: first[0]), field: "\(at).geometry")
            try data.addNodeIfNew(id: to, point: GeoPoint(lat: last[1], lon: last[0]), field: "\(at).geometry")
            try data.addLink(
                id: try text("edge_id") ?? at, from: from, to: to,
                length: try number("length_m", example: "148.5"),
                freeSpeed: try number("freespeed_mps", example: "13.889"),
                modes: try text("modes"), line: nil,
                fields: (
                    "\(at).properties.from_node", "\(at).properties.to_node",
                    "\(at).properties.length_m", "\(at).properties.freespeed_mps"
                ))
        }
        return data
    }

    /// Adds a node seen at a line's end, unless it exists; a second position more than 1 m off is an error.
    private mutating func addNodeIfNew(id: String, point: GeoPoint, field: String) throws(DataFileError) {
        guard let existing = node(id) else { return try addNode(id: id, point: point, line: nil, field: field) }
        let d = points[Int(existing)].distance(to: point)
        guard d <= 1 else {
            throw DataFileError(
                file: file, field: field,
                message:
                    "node \"\(id)\" is at \(point) here but at \(points[Int(existing)]) in an earlier feature (\(Int(d)) m apart)",
                fix: "start and end every edge's line exactly at its nodes")
        }
    }
}
