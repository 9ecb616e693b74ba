internal import CGEOS
import Simulation

/// Finds the nearest road-network node to a point: a GEOS STRtree (`GEOSSTRtree_create_r`) over the
/// nodes in local metres, queried with `GEOSSTRtree_nearest_generic_r`.
///
/// The tree's branch-and-bound nearest-neighbour search compares envelopes first and calls back for
/// the exact distance on the local plane only near the answer. `nearestByScan` is the reference
/// implementation it is tested against. `nearest(to:)` has the shape of `NetworkTravelTime.Snapper`,
/// so the app layer wires it in without `Network` and `Geometry` knowing each other.
public final class NodeIndex {
    private let context: GeometryContext
    private let tree: OpaquePointer
    /// One point geometry per node; the tree refers to them, so they are freed after it.
    private var geometries: [OpaquePointer] = []
    /// The nodes on the local plane, by node index.
    private let plane: [PlanePoint]
    private let projection: LocalProjection

    /// Indexes `points` (their positions in this array are the node indices).
    /// Throws for a point outside WGS84's ranges, or if GEOS fails.
    public init(points: [GeoPoint], projection: LocalProjection, context: GeometryContext) throws(GeometryError) {
        self.context = context
        self.projection = projection
        for (i, p) in points.enumerated() where !p.isValid {
            throw GeometryError(field: "nodes[\(i)]", message: "node \(i) has coordinates \(p) outside WGS84's ranges",
                                fix: "give latitude in -90…90 and longitude in -180…180 decimal degrees")
        }
        plane = points.map { projection.project($0) }
        let h = context.handle
        context.clearMessage()
        guard let tree = GEOSSTRtree_create_r(h, 10) else { throw context.error("GEOS could not create an STRtree", file: nil) }
        self.tree = tree
        // Fully initialised from here on: if a later step throws, deinit frees what exists.
        geometries.reserveCapacity(points.count)
        for (i, q) in plane.enumerated() {
            guard let g = GEOSGeom_createPointFromXY_r(h, q.x, q.y) else {
                throw context.error("GEOS could not create the point of node \(i)", file: nil)
            }
            geometries.append(g)
            // The item is the node index + 1, so that no item is a null pointer.
            GEOSSTRtree_insert_r(h, tree, g, UnsafeMutableRawPointer(bitPattern: i + 1))
            if context.lastMessage != nil { throw context.error("GEOS could not insert node \(i) into the STRtree", file: nil) }
        }
        // The tree builds itself on the first query; do it now so that queries see a steady cost.
        if let first = points.first { _ = nearest(to: first) }
    }

    deinit {
        GEOSSTRtree_destroy_r(context.handle, tree)
        for g in geometries { GEOSGeom_destroy_r(context.handle, g) }
    }

    /// The number of nodes indexed.
    public var count: Int { plane.count }

    /// The node nearest to `point` on the local plane and its distance in metres; nil for an invalid
    /// point or an empty index. Among equally near nodes GEOS picks one, always the same for a given tree.
    /// - Complexity: O(log n) expected for n nodes.
    public func nearest(to point: GeoPoint) -> (node: Int32, metres: Double)? {
        guard point.isValid, !plane.isEmpty else { return nil }
        let h = context.handle
        var query = Query(point: projection.project(point), plane: plane)
        guard let envelope = GEOSGeom_createPointFromXY_r(h, query.point.x, query.point.y) else {
            preconditionFailure("\(context.error("GEOS could not create the query point", file: nil))")
        }
        defer { GEOSGeom_destroy_r(h, envelope) }
        context.clearMessage()
        let found = withUnsafeMutablePointer(to: &query) { q in
            GEOSSTRtree_nearest_generic_r(h, tree, Query.marker, envelope, { a, b, distance, userdata in
                guard let userdata, let distance else { return 0 }
                let q = userdata.assumingMemoryBound(to: Query.self)
                distance.pointee = q.pointee.position(a).distance(to: q.pointee.position(b))
                return 1
            }, q)
        }
        guard let found, context.lastMessage == nil else {
            preconditionFailure("\(context.error("GEOS STRtree nearest-neighbour query failed", file: nil))")
        }
        let i = Int(bitPattern: found) - 1
        return (Int32(i), plane[i].distance(to: query.point))
    }

    /// The reference implementation of `nearest(to:)`: a scan of every node (ties to the lowest index).
    /// - Complexity: O(n).
    public func nearestByScan(to point: GeoPoint) -> (node: Int32, metres: Double)? {
        guard point.isValid, !plane.isEmpty else { return nil }
        let q = projection.project(point)
        var best = 0, bestDistance = Double.infinity
        for (i, p) in plane.enumerated() {
            let d = p.distance(to: q)
            if d < bestDistance { best = i; bestDistance = d }
        }
        return (Int32(best), bestDistance)
    }

    /// The query's userdata: the query point and the nodes, to turn items into positions.
    private struct Query {
        /// The query's own item: never a node's (those are index + 1 ≥ 1, far below this).
        static var marker: UnsafeRawPointer { UnsafeRawPointer(bitPattern: Int.max)! }
        let point: PlanePoint
        let plane: [PlanePoint]
        func position(_ item: UnsafeRawPointer?) -> PlanePoint {
            guard let item, item != Self.marker else { return point }
            return plane[Int(bitPattern: item) - 1]
        }
    }
}
