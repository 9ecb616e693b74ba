internal import CGEOS
import DataFiles
import Simulation

/// Reading, checking, unioning and projecting the service-area geometry.
extension ServiceArea {
    /// Parses GeoJSON with GEOS and returns one valid Polygon or MultiPolygon in WGS84.
    static func readPolygonal(_ geoJSON: String, file: String?, context: GeometryContext) throws(DataFileError)
        -> OwnedGeometry
    {
        let geoJSON = try GeoJSONPositions.checked(geoJSON, file: file)  // GEOS crashes on an empty position
        let h = context.handle
        context.clearMessage()
        guard let reader = GEOSGeoJSONReader_create_r(h) else {
            throw context.error("GEOS could not create a GeoJSON reader", file: file)
        }
        defer { GEOSGeoJSONReader_destroy_r(h, reader) }
        guard let raw = geoJSON.withCString({ GEOSGeoJSONReader_readGeometry_r(h, reader, $0) }) else {
            throw context.error(
                "GEOS could not parse GeoJSON", file: file,
                fix:
                    "make the file valid GeoJSON (RFC 7946): a Polygon or MultiPolygon, a Feature with one, or a FeatureCollection of them"
            )
        }
        let geometry = OwnedGeometry(raw, context: context)
        let kind = try context.kind(of: raw, file: file)
        if kind.isPolygonal {
            try checkPolygon(raw, label: "the polygon", file: file, context: context)
            return geometry
        }
        guard kind == .collection else {
            throw DataFileError(
                file: file, message: "the geometry is a \(kind.name), not a Polygon or MultiPolygon",
                fix: "a service area must be a Polygon or MultiPolygon (or features holding them)")
        }
        let count = try context.partCount(raw, file: file)
        guard count > 0 else {
            throw DataFileError(
                file: file, message: "the FeatureCollection has no features",
                fix: "add at least one Polygon or MultiPolygon feature")
        }
        for i in 0..<count {
            let part = try context.part(raw, i, file: file)
            let partKind = try context.kind(of: part, file: file)
            guard partKind.isPolygonal else {
                throw DataFileError(
                    file: file,
                    message: "feature \(i + 1) of \(count) is a \(partKind.name), not a Polygon or MultiPolygon",
                    fix: "remove non-polygon features from the service area file")
            }
            try checkPolygon(part, label: "feature \(i + 1)", file: file, context: context)
        }
        guard let union = GEOSUnaryUnion_r(h, raw) else {
            throw context.error("GEOS could not union the service area's features", file: file)
        }
        return OwnedGeometry(union, context: context)
    }

    /// Throws unless `g` is non-empty, inside WGS84's ranges and valid.
    private static func checkPolygon(_ g: OpaquePointer, label: String, file: String?, context: GeometryContext)
        throws(DataFileError)
    {
        guard try !context.isEmpty(g, file: file) else {
            throw DataFileError(
                file: file, message: "\(label) is empty",
                fix: "give the polygon at least one ring of four or more positions")
        }
        let e = try context.extent(of: g, file: file)
        let badLon = [e.xmin, e.xmax].first { !(-180...180).contains($0) }
        let badLat = [e.ymin, e.ymax].first { !(-90...90).contains($0) }
        if badLon != nil || badLat != nil {
            let what = badLon.map { "longitude \($0) is outside -180…180" } ?? "latitude \(badLat!) is outside -90…90"
            throw DataFileError(
                file: file, message: "\(label): \(what)",
                fix:
                    "GeoJSON positions are [longitude, latitude] in WGS84 degrees; check for swapped axes or a projected CRS (re-export as EPSG:4326)"
            )
        }
        if let reason = try context.invalidityReason(g, file: file) {
            throw DataFileError(
                file: file, message: "\(label) is not a valid polygon: \(reason)",
                fix:
                    "repair the polygon (e.g. QGIS 'Fix geometries' or PostGIS ST_MakeValid) so its rings do not cross or touch themselves or each other"
            )
        }
    }

    /// The polygons of a Polygon or MultiPolygon, each as its rings of WGS84 points: exterior first, then holes.
    static func polygons(of g: OwnedGeometry, file: String?) throws(DataFileError) -> [[[GeoPoint]]] {
        let context = g.context
        var result: [[[GeoPoint]]] = []
        for i in 0..<(try context.partCount(g.pointer, file: file)) {
            let polygon = try context.part(g.pointer, i, file: file)
            var rings: [[GeoPoint]] = []
            for ring in try context.rings(ofPolygon: polygon, file: file) {
                rings.append(try context.coordinates(of: ring, file: file).map { GeoPoint(lat: $0.y, lon: $0.x) })
            }
            result.append(rings)
        }
        return result
    }

    /// A copy of `g` (WGS84, x = lon, y = lat) on the local plane of `projection`, in metres.
    static func project(_ g: OwnedGeometry, with projection: LocalProjection, file: String?) throws(DataFileError)
        -> OwnedGeometry
    {
        var projection = projection
        let result = withUnsafeMutablePointer(to: &projection) { p in
            GEOSGeom_transformXY_r(
                g.context.handle, g.pointer,
                { x, y, userdata in
                    guard let x, let y, let userdata else { return 0 }
                    let projection = userdata.assumingMemoryBound(to: LocalProjection.self).pointee
                    let q = projection.project(GeoPoint(lat: y.pointee, lon: x.pointee))
                    x.pointee = q.x
                    y.pointee = q.y
                    return 1
                }, p)
        }
        guard let result else {
            throw g.context.error("GEOS could not reproject the polygon to local metres", file: file)
        }
        return OwnedGeometry(result, context: g.context)
    }
}
