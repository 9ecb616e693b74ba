internal import CGEOS
import Simulation

/// Finds the stops near a point: a GEOS STRtree (`GEOSSTRtree_create_r`) over the stops in local metres.
///
/// The tree answers an envelope query (the square around the point, side 2 × radius); the candidates
/// are then filtered by their exact distance on the local plane and sorted. `stopsByScan` is the
/// reference implementation it is tested against.
public final class StopIndex: StopFinder {
    private let context: GeometryContext
    private let tree: OpaquePointer
    /// One point geometry per stop; the tree refers to them, so they are freed after it.
    private var points: [OpaquePointer] = []
    /// The stops on the local plane, by stop index.
    private let plane: [PlanePoint]
    private let projection: LocalProjection

    /// Indexes `stops` (their positions in this array are the `NearbyStop.stop` indices).
    /// Throws for a stop with coordinates outside WGS84's ranges, or if GEOS fails.
    public init(stops: [Stop], projection: LocalProjection, context: GeometryContext) throws {
        self.context = context
        self.projection = projection
        for (i, stop) in stops.enumerated() where !stop.point.isValid {
            throw GeometryError(field: "stops[\(i)]", message: "stop \"\(stop.id)\" has coordinates \(stop.point) outside WGS84's ranges",
                                fix: "give latitude in -90…90 and longitude in -180…180 decimal degrees")
        }
        plane = stops.map { projection.project($0.point) }
        let h = context.handle
        context.clearMessage()
        guard let tree = GEOSSTRtree_create_r(h, 10) else { throw context.error("GEOS could not create an STRtree", file: nil) }
        self.tree = tree
        // Fully initialised from here on: if a later step throws, deinit frees what exists.
        points.reserveCapacity(stops.count)
        for (i, q) in plane.enumerated() {
            guard let point = GEOSGeom_createPointFromXY_r(h, q.x, q.y) else {
                throw context.error("GEOS could not create the point of stop \"\(stops[i].id)\"", file: nil)
            }
            points.append(point)
            // The item is the stop index + 1, so that no item is a null pointer.
            GEOSSTRtree_insert_r(h, tree, point, UnsafeMutableRawPointer(bitPattern: i + 1))
            if context.lastMessage != nil { throw context.error("GEOS could not insert stop \"\(stops[i].id)\" into the STRtree", file: nil) }
        }
        // The tree builds itself on the first query; do it now so requests see a steady cost.
        if let first = plane.first { _ = candidates(around: first, radius: 0) }
    }

    deinit {
        GEOSSTRtree_destroy_r(context.handle, tree)
        for point in points { GEOSGeom_destroy_r(context.handle, point) }
    }

    /// The number of stops indexed.
    public var count: Int { plane.count }

    /// Stops within `radius` metres of `point` (distance on the local plane), nearest first, ties by stop index.
    /// An invalid point or a negative or non-finite radius finds nothing.
    /// - Complexity: O(log n + k log k) for n stops and k candidates in the radius' envelope.
    public func stops(near point: GeoPoint, within radius: Double) -> [NearbyStop] {
        guard point.isValid, radius.isFinite, radius >= 0 else { return [] }
        let q = projection.project(point)
        var found: [NearbyStop] = []
        for i in candidates(around: q, radius: radius) {
            let d = plane[i].distance(to: q)
            if d <= radius { found.append(NearbyStop(stop: i, distance: d)) }
        }
        return found.sorted(by: Self.nearestFirst)
    }

    /// The reference implementation of `stops(near:within:)`: a scan of every stop.
    /// - Complexity: O(n + k log k).
    func stopsByScan(near point: GeoPoint, within radius: Double) -> [NearbyStop] {
        guard point.isValid, radius.isFinite, radius >= 0 else { return [] }
        let q = projection.project(point)
        return plane.enumerated()
            .map { NearbyStop(stop: $0.offset, distance: $0.element.distance(to: q)) }
            .filter { $0.distance <= radius }
            .sorted(by: Self.nearestFirst)
    }

    private static func nearestFirst(_ a: NearbyStop, _ b: NearbyStop) -> Bool {
        a.distance != b.distance ? a.distance < b.distance : a.stop < b.stop
    }

    /// Indices of the stops whose points lie in the square of half-side `radius` around `q`.
    private func candidates(around q: PlanePoint, radius: Double) -> [Int] {
        let h = context.handle
        guard let square = GEOSGeom_createRectangle_r(h, q.x - radius, q.y - radius, q.x + radius, q.y + radius) else {
            preconditionFailure("\(context.error("GEOS could not create the query rectangle around (\(q.x), \(q.y))", file: nil))")
        }
        defer { GEOSGeom_destroy_r(h, square) }
        var hits: [Int] = []
        context.clearMessage()
        withUnsafeMutablePointer(to: &hits) { hitsPointer in
            GEOSSTRtree_query_r(h, tree, square, { item, userdata in
                guard let item, let userdata else { return }
                userdata.assumingMemoryBound(to: [Int].self).pointee.append(Int(bitPattern: item) - 1)
            }, hitsPointer)
        }
        if context.lastMessage != nil {
            preconditionFailure("\(context.error("GEOS STRtree query failed", file: nil))")
        }
        return hits
    }
}
