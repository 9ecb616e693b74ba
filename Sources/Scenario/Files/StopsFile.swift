import Foundation
import Simulation

/// Reads stops: a CSV `stop_id,lat,lon` (other columns ignored), or GeoJSON (`.geojson`/`.json`)
/// whose `Point` features carry the property `stop_id`.
public enum StopsFile {
    /// - Throws: `ScenarioError` listing every bad row or feature.
    public static func read(path: String) throws -> [Stop] {
        let lower = path.lowercased()
        return try lower.hasSuffix(".geojson") || lower.hasSuffix(".json") ? readGeoJSON(path) : readCSV(path)
    }

    static func readCSV(_ path: String) throws -> [Stop] {
        let table = try CSVTable(path: path)
        try RowChecker.requireColumns(table, [["stop_id"], ["lat"], ["lon"]])
        let id = table.column("stop_id")!, lat = (table.column("lat")!, "lat"), lon = (table.column("lon")!, "lon")
        var check = RowChecker(path: path), stops: [Stop] = [], seen: [String: Int] = [:]
        for r in table.records where check.width(r, table) {
            let sid = r.fields[id].trimmingCharacters(in: .whitespaces)
            if sid.isEmpty { check.add(line: r.line, "stop_id", "is empty", fix: "give every stop an id") }
            if let first = seen[sid] {
                check.add(line: r.line, "stop_id", "duplicate stop_id '\(sid)' (first on line \(first))",
                          fix: "give every stop its own id")
            }
            seen[sid] = seen[sid] ?? r.line
            if let p = check.point(r, lat: lat, lon: lon), !sid.isEmpty { stops.append(Stop(id: sid, point: p)) }
        }
        try check.throwIfAny()
        return stops
    }

    static func readGeoJSON(_ path: String) throws -> [Stop] {
        func fail(_ field: String, _ message: String, _ fix: String) -> ScenarioError {
            ScenarioError(diagnostics: [Diagnostic(file: path, field: field, message: message, fix: fix)])
        }
        guard let data = FileManager.default.contents(atPath: path),
              let json = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let features = json["features"] as? [[String: Any]] else {
            throw fail("features", "is not a GeoJSON FeatureCollection", "write a FeatureCollection of Point features")
        }
        var problems: [Diagnostic] = [], stops: [Stop] = [], seen = Set<String>()
        for (i, f) in features.enumerated() {
            let geometry = f["geometry"] as? [String: Any]
            let props = f["properties"] as? [String: Any]
            let sid = (props?["stop_id"] as? String) ?? (props?["stop_id"] as? NSNumber)?.stringValue
            guard geometry?["type"] as? String == "Point", let c = geometry?["coordinates"] as? [Double], c.count >= 2,
                  let sid, !sid.isEmpty else {
                problems.append(Diagnostic(file: path, field: "features[\(i)]",
                                           message: "must be a Point feature with a stop_id property",
                                           fix: "give it geometry {type: Point, coordinates: [lon, lat]} and properties.stop_id"))
                continue
            }
            let p = GeoPoint(lat: c[1], lon: c[0])
            if !p.isValid || !seen.insert(sid).inserted {
                problems.append(Diagnostic(file: path, field: "features[\(i)]",
                                           message: p.isValid ? "duplicate stop_id '\(sid)'" : "coordinates out of range",
                                           fix: "coordinates are [lon, lat] in degrees; stop ids are unique"))
                continue
            }
            stops.append(Stop(id: sid, point: p))
        }
        if !problems.isEmpty { throw ScenarioError(diagnostics: problems) }
        return stops
    }
}
