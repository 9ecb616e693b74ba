internal import CGEOS
import Simulation

/// The service area: a polygonal region, tested with a GEOS prepared geometry in local metres.
///
/// Read from GeoJSON (RFC 7946, WGS84 `[lon, lat]`): a bare Polygon or MultiPolygon, a Feature with one,
/// or a FeatureCollection whose polygon features are unioned. The geometry is checked for WGS84 ranges
/// and validity (`GEOSisValidReason_r`), reprojected to the `LocalProjection`'s plane
/// (`GEOSGeom_transformXY_r`) and prepared (`GEOSPrepare_r`), so that `contains` costs one small point
/// geometry and one prepared-geometry predicate.
public final class ServiceArea: ServiceAreaTest {
    /// The projection between WGS84 and the plane the polygon is tested in.
    public let projection: LocalProjection
    /// The area's envelope in WGS84.
    public let bounds: (min: GeoPoint, max: GeoPoint)
    /// The polygons in WGS84, each as its rings: the exterior first, then its holes (each ring closed).
    public let polygons: [[[GeoPoint]]]
    /// Every polygon's rings in one list (for map drawing).
    public var rings: [[GeoPoint]] { polygons.flatMap { $0 } }
    /// The area in square metres, measured on the local plane.
    public let areaSquareMetres: Double

    private let context: GeometryContext
    /// The polygon in local metres; `prepared` refers to it, so it must outlive `prepared`.
    private let plane: OwnedGeometry
    private let prepared: OpaquePointer
    private let planeExtent: (xmin: Double, ymin: Double, xmax: Double, ymax: Double)

    /// Reads the service area from a GeoJSON file; errors name `path`.
    /// - Parameter projection: nil centres a new `LocalProjection` on the area's envelope centre.
    public convenience init(contentsOf path: String, context: GeometryContext, projection: LocalProjection? = nil)
        throws
    {
        let text = try TextFile.read(path)
        try self.init(geoJSON: text, file: path, context: context, projection: projection)
    }

    /// Builds the service area from GeoJSON text; `file` only names the source in errors.
    /// - Parameter projection: nil centres a new `LocalProjection` on the area's envelope centre.
    public init(geoJSON: String, file: String?, context: GeometryContext, projection: LocalProjection? = nil) throws {
        self.context = context
        let wgs84 = try Self.readPolygonal(geoJSON, file: file, context: context)
        let box = try context.extent(of: wgs84.pointer, file: file)
        bounds = (GeoPoint(lat: box.ymin, lon: box.xmin), GeoPoint(lat: box.ymax, lon: box.xmax))
        polygons = try Self.polygons(of: wgs84, file: file)
        let projection =
            projection
            ?? LocalProjection(origin: GeoPoint(lat: (box.ymin + box.ymax) / 2, lon: (box.xmin + box.xmax) / 2))
        self.projection = projection
        plane = try Self.project(wgs84, with: projection, file: file)
        var area = 0.0
        guard GEOSArea_r(context.handle, plane.pointer, &area) == 1 else {
            throw context.error("GEOS could not compute the area", file: file)
        }
        areaSquareMetres = area
        planeExtent = try context.extent(of: plane.pointer, file: file)
        guard let prepared = GEOSPrepare_r(context.handle, plane.pointer) else {
            throw context.error("GEOS could not prepare the polygon", file: file)
        }
        self.prepared = prepared
    }

    deinit { GEOSPreparedGeom_destroy_r(context.handle, prepared) }

    /// Whether `point` lies in the area. Points exactly on the boundary count as inside (a prepared
    /// *intersects*, which for a point is the same as *covers*); points in a hole are outside; an
    /// invalid `GeoPoint` (NaN, out of range) is outside.
    ///
    /// Traps only if GEOS itself fails on a finite point (out of memory): a broken invariant, not bad input.
    /// - Complexity: O(log n) in the number of polygon vertices (prepared geometry's indexed point-in-polygon).
    public func contains(_ point: GeoPoint) -> Bool {
        guard point.isValid else { return false }
        return contains(plane: projection.project(point))
    }

    /// Whether a point of the local plane lies in the area (boundary included).
    func contains(plane q: PlanePoint) -> Bool {
        let h = context.handle
        guard let point = GEOSGeom_createPointFromXY_r(h, q.x, q.y) else {
            preconditionFailure("\(context.error("GEOS could not create the point (\(q.x), \(q.y))", file: nil))")
        }
        defer { GEOSGeom_destroy_r(h, point) }
        let r = GEOSPreparedIntersects_r(h, prepared, point)
        guard r != 2 else {
            preconditionFailure("\(context.error("GEOS prepared intersects failed for (\(q.x), \(q.y))", file: nil))")
        }
        return r == 1
    }

    /// A uniformly random point inside the area: rejection sampling in the envelope on the local plane,
    /// drawing only from `g` (so a seeded generator gives the same point on every machine).
    public func randomPoint<G: RandomNumberGenerator>(using g: inout G) -> GeoPoint {
        let e = planeExtent
        for _ in 0..<10_000_000 {
            let x = e.xmin + Self.unit(&g) * (e.xmax - e.xmin)
            let y = e.ymin + Self.unit(&g) * (e.ymax - e.ymin)
            if contains(plane: PlanePoint(x: x, y: y)) { return projection.unproject(PlanePoint(x: x, y: y)) }
        }
        preconditionFailure("ServiceArea.randomPoint: no point inside after 10^7 draws (area \(areaSquareMetres) m²)")
    }

    /// A uniform draw in [0, 1) from the top 53 bits of one `next()`.
    private static func unit<G: RandomNumberGenerator>(_ g: inout G) -> Double {
        Double(g.next() >> 11) * 0x1.0p-53
    }
}
