import DataFiles
import Simulation

/// Travel on the road network: places snap to their nearest node; times and distances are those of
/// the fastest path (free flow × the congestion factor of the departure hour).
///
/// Places registered before `precomputeMatrix(cacheDirectory:)` (stops, vehicle starts) are answered
/// from a matrix in O(1); later places (door-to-door points) by a bidirectional Dijkstra whose results
/// are cached. Snapping is a closure so that `RoadNetwork` needs no spatial index of its own: the app wires
/// in `Geometry.NodeIndex.nearest(to:)` (a GEOS STRtree).
///
/// A place's `point(of:)` is the position of the node it snapped to (`registeredPoint(of:)` is where it
/// was given), so that straight-line distances between places ÷ `maxStraightLineSpeed` never exceed
/// their travel times. Not thread-safe: one model per run.
public final class NetworkTravelTime: TravelTimeModel {
    /// Finds the node nearest to a point and its distance in metres; nil if there is none (an invalid point).
    public typealias Snapper = (GeoPoint) -> (node: Int32, metres: Double)?

    /// Where the current matrix came from.
    public enum MatrixOrigin: Sendable, Equatable {
        /// No matrix yet.
        case none
        /// Computed by one Dijkstra per distinct source node (and written to the cache, if one was given).
        case computed
        /// Read from the cache file.
        case loadedFromCache
    }

    public let graph: RoadGraph
    public let congestion: CongestionProfile
    /// The congestion factors by hour, in a fixed buffer held in a constant: read on every look-up.
    private let hourFactors: FixedBuffer<Double>
    private let snapper: Snapper
    private var registered: [GeoPoint] = []
    /// Each place's node and its snap distance (m).
    private(set) var nodes: [Int32] = []
    private var snapMetres: [Double] = []
    /// Free-flow times (ms) and distances (m), row-major: between the first `matrixSize` places, or,
    /// when `matrixByNode`, between all nodes (looked up through each place's node).
    var matrixSize = 0
    var matrixByNode = false
    /// Area-to-area minimum times over the matrix rows (for `lowerBound`).
    var areaBounds: AreaBounds?
    /// Node matrices only: the transpose (times *to* a node are contiguous), and the two matrix rows
    /// that `focus(on:_:)` named, whose incoming times are read from it.
    /// (Empty unless `matrixByNode`.)
    var timesTransposed = FixedBuffer<Int32>.empty
    let focused = FixedBuffer<Int>(repeating: -1, count: 2)
    var times = FixedBuffer<Int32>.empty
    var metres = FixedBuffer<Float>.empty
    /// Where the matrix came from, and the cache file used (if any).
    public internal(set) var matrixOrigin = MatrixOrigin.none
    public internal(set) var matrixCachePath: String?
    var search: BidirectionalSearch
    var cache: RouteCache

    /// - Parameters:
    ///   - graph: the road graph (every node reaches every other).
    ///   - congestion: hourly factors on free-flow times.
    ///   - routeCacheSize: slots of the point-to-point result cache.
    ///   - snap: the nearest node to a point and its distance in metres.
    public init(
        graph: RoadGraph, congestion: CongestionProfile = .freeFlow, routeCacheSize: Int = 1 << 16,
        snap: @escaping Snapper
    ) {
        self.graph = graph
        self.congestion = congestion
        precondition(congestion.factors.count == 24, "congestion profile with \(congestion.factors.count) hours")
        hourFactors = FixedBuffer(congestion.factors)
        snapper = snap
        search = BidirectionalSearch(graph: graph)
        cache = RouteCache(capacity: routeCacheSize)
    }

    // MARK: Places

    /// Snaps `point` without registering it; nil for a point the snapper cannot place.
    public func snap(_ point: GeoPoint) -> (node: Int32, metres: Double)? {
        guard point.isValid else { return nil }
        return snapper(point)
    }

    /// Registers `point` at its nearest node and records the snap distance (`.infinity`, at node 0,
    /// for a point that cannot be snapped: check `snapDistance(of:)` against your limit).
    public func addPlace(_ point: GeoPoint) -> PlaceID {
        let s = snap(point) ?? (node: 0, metres: .infinity)
        registered.append(point); nodes.append(s.node); snapMetres.append(s.metres)
        return PlaceID(nodes.count - 1)
    }

    /// Registers a stop or depot, which must lie within `maxSnapDistance` metres of a node.
    /// - Parameter what: names it in the error, e.g. `stop "S12"`.
    /// - Throws: `DataFileError` if the nearest node is farther than `maxSnapDistance`.
    public func addPlace(
        _ point: GeoPoint, maxSnapDistance: Double, what: String, file: String? = nil,
        line: Int? = nil
    ) throws(DataFileError) -> PlaceID {
        guard let s = snap(point), s.metres <= maxSnapDistance else {
            let distance =
                snap(point).map {
                    "\(Int($0.metres.rounded())) m from the nearest road node \"\(graph.nodeIDs[Int($0.node)])\""
                }
                ?? "not on the map (invalid coordinates)"
            throw DataFileError(
                file: file, line: line,
                message: "\(what) at \(point) is \(distance); the limit is \(Int(maxSnapDistance)) m",
                fix: "move it next to a road of the network, use a network that covers it, or raise the snapping limit")
        }
        registered.append(point); nodes.append(s.node); snapMetres.append(s.metres)
        return PlaceID(nodes.count - 1)
    }

    /// The number of places registered.
    public var placeCount: Int { nodes.count }

    /// The position of the node `place` snapped to.
    public func point(of place: PlaceID) -> GeoPoint { graph.points[Int(nodes[Int(place)])] }

    /// Where `place` was given before snapping.
    public func registeredPoint(of place: PlaceID) -> GeoPoint { registered[Int(place)] }

    /// The node `place` snapped to.
    public func node(of place: PlaceID) -> Int32 { nodes[Int(place)] }

    /// Metres from the given point to its node (`.infinity` if it could not be snapped).
    public func snapDistance(of place: PlaceID) -> Double { snapMetres[Int(place)] }

    // MARK: Queries

    /// - Complexity: O(1) between matrix places; otherwise a cache lookup, or a bidirectional Dijkstra on a miss.
    @inline(__always) public func travelTime(from a: PlaceID, to b: PlaceID, at time: SimTime) -> SimTime {
        let (i, j) = matrixIndices(a, b)
        let factor = hourFactors[CongestionProfile.hour(of: time)]
        if i < matrixSize && j < matrixSize {
            // `focused` names nodes only with a node matrix, whose transpose exists then.
            let ms =
                (j == focused[0] || j == focused[1]) && matrixByNode
                ? timesTransposed[j * matrixSize + i] : times[i * matrixSize + j]
            return SimTime(ms: CongestionProfile.scale(Int64(ms), by: factor))
        }
        return SimTime(ms: CongestionProfile.scale(route(nodes[Int(a)], nodes[Int(b)]).time, by: factor))
    }

    /// - Complexity: O(1) between matrix places; otherwise as `travelTime`.
    @inline(__always) public func distance(from a: PlaceID, to b: PlaceID) -> Double {
        let (i, j) = matrixIndices(a, b)
        if i < matrixSize && j < matrixSize { return Double(metres[i * matrixSize + j]) }
        return Self.metres(route(nodes[Int(a)], nodes[Int(b)]).mm)
    }

    public var refinesStraightLineBound: Bool { areaBounds != nil }

    /// Serves look-ups *to* `a` and `b` from the transposed node matrix (contiguous per destination).
    public func focus(on a: PlaceID, _ b: PlaceID) {
        guard matrixByNode else { return }
        focused[0] = Int(nodes[Int(a)]); focused[1] = Int(nodes[Int(b)])
    }

    /// A lower bound from the area-to-area minima of the matrix (`.zero` for places outside it).
    /// - Complexity: O(1).
    public func lowerBound(from a: PlaceID, to b: PlaceID) -> SimTime {
        let (i, j) = matrixIndices(a, b)
        guard let bounds = areaBounds, i < matrixSize, j < matrixSize else { return .zero }
        return SimTime(ms: bounds.bound(i, j))
    }

    /// The matrix row and column of two places: the places themselves, or their nodes.
    @inline(__always) func matrixIndices(_ a: PlaceID, _ b: PlaceID) -> (Int, Int) {
        matrixByNode ? (Int(nodes[Int(a)]), Int(nodes[Int(b)])) : (Int(a), Int(b))
    }

    /// Free-flow time (ms) and length (mm) from node `s` to node `t`, from the cache or a search.
    /// - Complexity: O(1) on a hit.
    func route(_ s: Int32, _ t: Int32) -> (time: Int64, mm: Int64) {
        if s == t { return (0, 0) }
        if let hit = cache.lookup(s, t) { return hit }
        guard let r = search.route(from: s, to: t) else {
            preconditionFailure(
                "node \(graph.nodeIDs[Int(t)]) unreachable from \(graph.nodeIDs[Int(s)]) in a strongly connected graph")
        }
        cache.store(s, t, time: r.time, mm: r.mm)
        return (r.time, r.mm)
    }

    /// Metres as the matrix stores them (Float), so that matrix and search answers agree exactly.
    @inline(__always) static func metres(_ mm: Int64) -> Double { Double(Float(Double(mm) / 1000)) }

    /// How many point-to-point queries the cache answered, and how many needed a search.
    public var routeCacheStatistics: (hits: Int, misses: Int) { (cache.hits, cache.misses) }

    /// The share added to `maxStraightLineSpeed` for the matcher's planar distances and rounding: 0.1 %.
    static let speedBoundAllowance = 1.001

    /// An upper bound on straight-line metres per second between places' nodes: the faster of the top
    /// edge speed and the top chord speed, divided by the smallest congestion factor when below 1, plus
    /// `speedBoundAllowance`.
    public var maxStraightLineSpeed: Double {
        max(graph.maxSpeed, graph.maxChordSpeed) / min(1, congestion.minFactor) * Self.speedBoundAllowance
    }

    public var description: TravelModelInfo {
        TravelModelInfo(kind: "network", speed: maxStraightLineSpeed, detourFactor: 1)
    }
}
