import DataFiles
import Foundation
import Simulation

/// Rebalancing zones read from a GeoJSON FeatureCollection: one zone per feature (a Polygon or
/// MultiPolygon), in file order; a point in two zones belongs to the first. Each zone is checked and
/// indexed like a service area (`ServiceArea`: GEOS, valid polygons, prepared point-in-polygon).
public final class ZoneMap {
    private let zones: [ServiceArea]
    /// Each zone's `name` property, or its number (1-based) when it has none.
    public let names: [String]

    /// - Throws: `DataFileError` naming `path` (and the feature) for anything but a non-empty
    ///   FeatureCollection of valid polygonal features.
    public init(contentsOf path: String, context: GeometryContext, projection: LocalProjection) throws {
        let text = try TextFile.read(path)
        guard let json = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any],
            json["type"] as? String == "FeatureCollection", let features = json["features"] as? [[String: Any]]
        else {
            throw DataFileError(
                file: path, message: "is not a GeoJSON FeatureCollection",
                fix: "give one Polygon or MultiPolygon feature per zone in a FeatureCollection")
        }
        guard !features.isEmpty else {
            throw DataFileError(
                file: path, message: "the FeatureCollection has no features", fix: "add a feature per zone")
        }
        var zones: [ServiceArea] = [], names: [String] = []
        for (i, feature) in features.enumerated() {
            // A geometry that is not a JSON object is refused before serializing it (Foundation traps on
            // anything but an array or an object at the top).
            guard let geometry = feature["geometry"] as? [String: Any],
                let kind = geometry["type"] as? String, kind == "Polygon" || kind == "MultiPolygon",
                JSONSerialization.isValidJSONObject(geometry),
                let data = try? JSONSerialization.data(withJSONObject: geometry)
            else {
                throw DataFileError(
                    file: path, message: "feature \(i + 1) of \(features.count) is not a Polygon or MultiPolygon",
                    fix: "give every zone a Polygon or MultiPolygon geometry")
            }
            do {
                zones.append(
                    try ServiceArea(
                        geoJSON: String(decoding: data, as: UTF8.self), file: path, context: context,
                        projection: projection))
            } catch let e as DataFileError {
                throw DataFileError(file: path, message: "feature \(i + 1): " + e.message, fix: e.fix)
            }
            let properties = feature["properties"] as? [String: Any]
            names.append((properties?["name"] as? String) ?? String(i + 1))
        }
        self.zones = zones
        self.names = names
    }

    public var count: Int { zones.count }

    /// The first zone holding `point`, if any.
    public func zone(of point: GeoPoint) -> Int? { zones.firstIndex { $0.contains(point) } }

    /// The centre of zone `z`'s envelope (it may lie outside a zone that is not convex).
    public func centre(of z: Int) -> GeoPoint {
        let b = zones[z].bounds
        return GeoPoint(lat: (b.min.lat + b.max.lat) / 2, lon: (b.min.lon + b.max.lon) / 2)
    }
}
