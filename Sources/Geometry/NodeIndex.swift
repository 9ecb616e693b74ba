import DataFiles
import Simulation

/// Finds the nearest road-network node to a point: a GEOS STRtree (`GEOSSTRtree_create_r`) over the
/// nodes in local metres, queried with `GEOSSTRtree_nearest_generic_r`.
///
/// The tree's branch-and-bound nearest-neighbour search compares envelopes first and calls back for
/// the exact distance on the local plane only near the answer. `nearestByScan` is the reference
/// implementation it is tested against. `nearest(to:)` has the shape of `NetworkTravelTime.Snapper`,
/// so the app layer wires it in without `RoadNetwork` and `Geometry` knowing each other.
public final class NodeIndex {
    private let tree: PointTree

    /// Indexes `points` (their positions in this array are the node indices).
    /// Throws for a point outside WGS84's ranges, or if GEOS fails.
    public init(points: [GeoPoint], projection: LocalProjection, context: GeometryContext) throws(DataFileError) {
        tree = try PointTree(
            points: points, projection: projection, context: context,
            field: { "nodes[\($0)]" }, name: { "node \($0)" })
    }

    /// The number of nodes indexed.
    public var count: Int { tree.plane.count }

    /// The node nearest to `point` on the local plane and its distance in metres; nil for an invalid
    /// point or an empty index. Among equally near nodes GEOS picks one, always the same for a given tree.
    /// - Complexity: O(log n) expected for n nodes.
    public func nearest(to point: GeoPoint) -> (node: Int32, metres: Double)? {
        guard point.isValid else { return nil }
        let q = tree.projection.project(point)
        return tree.nearest(to: q).map { (Int32($0), tree.plane[$0].distance(to: q)) }
    }

    /// The reference implementation of `nearest(to:)`: a scan of every node (ties to the lowest index).
    /// - Complexity: O(n).
    public func nearestByScan(to point: GeoPoint) -> (node: Int32, metres: Double)? {
        guard point.isValid, !tree.plane.isEmpty else { return nil }
        let q = tree.projection.project(point)
        var best = 0, bestDistance = Double.infinity
        for (i, p) in tree.plane.enumerated() {
            let d = p.distance(to: q)
            if d < bestDistance { best = i; bestDistance = d }
        }
        return (Int32(best), bestDistance)
    }
}
