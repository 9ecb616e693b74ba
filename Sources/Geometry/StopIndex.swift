import Simulation

/// Finds the stops near a point: a GEOS STRtree (`GEOSSTRtree_create_r`) over the stops in local metres.
///
/// The tree answers an envelope query (the square around the point, side 2 × radius); the candidates
/// are then filtered by their exact distance on the local plane and sorted. `stopsByScan` is the
/// reference implementation it is tested against.
public final class StopIndex: StopFinder {
    private let tree: PointTree

    /// Indexes `stops` (their positions in this array are the `NearbyStop.stop` indices).
    /// Throws for a stop with coordinates outside WGS84's ranges, or if GEOS fails.
    public init(stops: [Stop], projection: LocalProjection, context: GeometryContext) throws {
        tree = try PointTree(
            points: stops.map(\.point), projection: projection, context: context,
            field: { "stops[\($0)]" }, name: { "stop \"\(stops[$0].id)\"" })
    }

    /// The number of stops indexed.
    public var count: Int { tree.plane.count }

    /// Stops within `radius` metres of `point` (distance on the local plane), nearest first, ties by stop index.
    /// An invalid point or a negative or non-finite radius finds nothing.
    /// - Complexity: O(log n + k log k) for n stops and k candidates in the radius' envelope.
    public func stops(near point: GeoPoint, within radius: Double) -> [NearbyStop] {
        guard point.isValid, radius.isFinite, radius >= 0 else { return [] }
        let q = tree.projection.project(point)
        var found: [NearbyStop] = []
        for i in tree.indices(inSquareAround: q, radius: radius) {
            let d = tree.plane[i].distance(to: q)
            if d <= radius { found.append(NearbyStop(stop: i, distance: d)) }
        }
        return found.sorted(by: Self.nearestFirst)
    }

    /// The reference implementation of `stops(near:within:)`: a scan of every stop.
    /// - Complexity: O(n + k log k).
    func stopsByScan(near point: GeoPoint, within radius: Double) -> [NearbyStop] {
        guard point.isValid, radius.isFinite, radius >= 0 else { return [] }
        let q = tree.projection.project(point)
        return tree.plane.enumerated()
            .map { NearbyStop(stop: $0.offset, distance: $0.element.distance(to: q)) }
            .filter { $0.distance <= radius }
            .sorted(by: Self.nearestFirst)
    }

    private static func nearestFirst(_ a: NearbyStop, _ b: NearbyStop) -> Bool {
        a.distance != b.distance ? a.distance < b.distance : a.stop < b.stop
    }
}
