internal import CGEOS
import DataFiles
import Simulation

/// A GEOS STRtree (`GEOSSTRtree_create_r`) over points in local metres, the one owner of its GEOS
/// handles: `StopIndex` and `NodeIndex` query it by envelope and by nearest neighbour.
///
/// Items are the point's index + 1, so that no item is a null pointer.
final class PointTree {
    private let context: GeometryContext
    private let tree: OpaquePointer
    /// One point geometry per point; the tree refers to them, so they are freed after it.
    private var geometries: [OpaquePointer] = []
    /// The points on the local plane, by index.
    let plane: [PlanePoint]
    let projection: LocalProjection

    /// - Parameters:
    ///   - field: the input's field name for point i (`stops[3]`), for errors.
    ///   - name: how errors name point i (`stop "S3"`, `node 3`).
    /// - Throws: `DataFileError` for a point outside WGS84's ranges, or if GEOS fails.
    init(
        points: [GeoPoint], projection: LocalProjection, context: GeometryContext,
        field: (Int) -> String, name: (Int) -> String
    ) throws(DataFileError) {
        self.context = context
        self.projection = projection
        for (i, p) in points.enumerated() where !p.isValid {
            throw DataFileError(
                field: field(i), message: "\(name(i)) has coordinates \(p) outside WGS84's ranges",
                fix: "give latitude in -90…90 and longitude in -180…180 decimal degrees")
        }
        plane = points.map { projection.project($0) }
        let h = context.handle
        context.clearMessage()
        guard let tree = GEOSSTRtree_create_r(h, 10) else {
            throw context.error("GEOS could not create an STRtree", file: nil)
        }
        self.tree = tree
        // Fully initialised from here on: if a later step throws, deinit frees what exists.
        geometries.reserveCapacity(points.count)
        for (i, q) in plane.enumerated() {
            guard let g = GEOSGeom_createPointFromXY_r(h, q.x, q.y) else {
                throw context.error("GEOS could not create the point of \(name(i))", file: nil)
            }
            geometries.append(g)
            GEOSSTRtree_insert_r(h, tree, g, UnsafeMutableRawPointer(bitPattern: i + 1))
            if context.lastMessage != nil {
                throw context.error("GEOS could not insert \(name(i)) into the STRtree", file: nil)
            }
        }
        // The tree builds itself on the first query; do it now so that queries see a steady cost.
        if let first = plane.first { _ = indices(inSquareAround: first, radius: 0) }
    }

    deinit {
        GEOSSTRtree_destroy_r(context.handle, tree)
        for g in geometries { GEOSGeom_destroy_r(context.handle, g) }
    }

    /// Indices of the points in the square of half-side `radius` around `q`.
    /// - Complexity: O(log n + k) for k hits.
    func indices(inSquareAround q: PlanePoint, radius: Double) -> [Int] {
        let h = context.handle
        guard let square = GEOSGeom_createRectangle_r(h, q.x - radius, q.y - radius, q.x + radius, q.y + radius) else {
            preconditionFailure(
                "\(context.error("GEOS could not create the query rectangle around (\(q.x), \(q.y))", file: nil))")
        }
        defer { GEOSGeom_destroy_r(h, square) }
        var hits: [Int] = []
        context.clearMessage()
        withUnsafeMutablePointer(to: &hits) { hitsPointer in
            GEOSSTRtree_query_r(
                h, tree, square,
                { item, userdata in
                    guard let item, let userdata else { return }
                    userdata.assumingMemoryBound(to: [Int].self).pointee.append(Int(bitPattern: item) - 1)
                }, hitsPointer)
        }
        if context.lastMessage != nil {
            preconditionFailure("\(context.error("GEOS STRtree query failed", file: nil))")
        }
        return hits
    }

    /// The index of the point nearest to `q` (`GEOSSTRtree_nearest_generic_r`: branch and bound on
    /// envelopes, exact plane distance near the answer); nil for an empty tree. Among equally near
    /// points GEOS picks one, always the same for a given tree.
    /// - Complexity: O(log n) expected.
    func nearest(to q: PlanePoint) -> Int? {
        guard !plane.isEmpty else { return nil }
        let h = context.handle
        var query = Query(point: q, plane: plane)
        guard let envelope = GEOSGeom_createPointFromXY_r(h, q.x, q.y) else {
            preconditionFailure("\(context.error("GEOS could not create the query point", file: nil))")
        }
        defer { GEOSGeom_destroy_r(h, envelope) }
        context.clearMessage()
        let found = withUnsafeMutablePointer(to: &query) { qp in
            GEOSSTRtree_nearest_generic_r(
                h, tree, Query.marker, envelope,
                { a, b, distance, userdata in
                    guard let userdata, let distance else { return 0 }
                    let q = userdata.assumingMemoryBound(to: Query.self)
                    distance.pointee = q.pointee.position(a).distance(to: q.pointee.position(b))
                    return 1
                }, qp)
        }
        guard let found, context.lastMessage == nil else {
            preconditionFailure("\(context.error("GEOS STRtree nearest-neighbour query failed", file: nil))")
        }
        return Int(bitPattern: found) - 1
    }

    /// The nearest-neighbour query's userdata: the query point and the points, to turn items into positions.
    private struct Query {
        /// The query's own item: never a point's (those are index + 1 ≥ 1, far below this).
        static var marker: UnsafeRawPointer { UnsafeRawPointer(bitPattern: Int.max)! }
        let point: PlanePoint
        let plane: [PlanePoint]
        func position(_ item: UnsafeRawPointer?) -> PlanePoint {
            guard let item, item != Self.marker else { return point }
            return plane[Int(bitPattern: item) - 1]
        }
    }
}
