import DataFiles
import Simulation

/// A road network as read from a file, before pruning and compaction into a `RoadGraph`.
///
/// The readers (`NetworkData+CSV`, `+GeoJSON`, `+MATSim`) fill it through `addNode` and `addEdge`,
/// which check ids and values and throw `DataFileError`s naming the file, line and field. Links that
/// cars may not use are counted and left out here.
public struct NetworkData: Sendable {
    /// The file the network came from (for messages), as the caller named it.
    public var file: String
    /// Node ids, in file order.
    public private(set) var nodeIDs: [String] = []
    /// Node positions (WGS84), parallel to `nodeIDs`.
    public private(set) var points: [GeoPoint] = []
    /// Directed edges usable by cars, in file order.
    public private(set) var edges: [Edge] = []
    /// How many links were read but left out because cars may not use them.
    public private(set) var nonCarLinks = 0
    /// How many links were read in total.
    public private(set) var linksRead = 0
    private var index: [String: Int32] = [:]
    private var nodeLine: [Int] = []

    /// One directed edge between two node indices.
    public struct Edge: Sendable, Equatable {
        public var id: String
        public var from: Int32
        public var to: Int32
        /// Length in metres (> 0).
        public var length: Double
        /// Free-flow speed in m/s (> 0).
        public var freeSpeed: Double
    }

    public init(file: String) { self.file = file }

    /// The node index of `id`, if the node was added.
    public func node(_ id: String) -> Int32? { index[id] }

    /// Adds a node; throws for an empty or duplicate id or coordinates outside WGS84's ranges.
    mutating func addNode(id: String, point: GeoPoint, line: Int?, field: String) throws(DataFileError) {
        guard !id.isEmpty else {
            throw DataFileError(
                file: file, line: line, field: field, message: "the node id is empty", fix: "give every node an id")
        }
        if let first = index[id] {
            let where_ = nodeLine[Int(first)] > 0 ? " (first at line \(nodeLine[Int(first)]))" : ""
            throw DataFileError(
                file: file, line: line, field: field, message: "duplicate node id \"\(id)\"\(where_)",
                fix: "give every node a unique id")
        }
        guard point.isValid else {
            throw DataFileError(
                file: file, line: line, field: field,
                message: "node \"\(id)\" has coordinates \(point) outside WGS84's ranges",
                fix: "give latitude in -90…90 and longitude in -180…180 decimal degrees (or the right CRS)")
        }
        index[id] = Int32(nodeIDs.count)
        nodeIDs.append(id)
        points.append(point)
        nodeLine.append(line ?? 0)
    }

    /// Adds a link if cars may use it (`modes` nil or empty means car); checks node references,
    /// length and speed (a car link at most `maxLength` long and `maxTraversal` to drive). `fields` names the from, to, length and speed fields for messages.
    mutating func addLink(
        id: String, from: String, to: String, length: Double, freeSpeed: Double, modes: String?,
        line: Int?, fields: (from: String, to: String, length: String, speed: String)
    ) throws(DataFileError) {
        linksRead += 1
        guard let a = index[from] else { throw unknownNode(from, field: fields.from, line: line) }
        guard let b = index[to] else { throw unknownNode(to, field: fields.to, line: line) }
        guard length.isFinite, length > 0 else {
            throw DataFileError(
                file: file, line: line, field: fields.length, message: "\(length) must be > 0",
                fix: "give the link's length in metres, a positive number")
        }
        guard freeSpeed.isFinite, freeSpeed > 0 else {
            throw DataFileError(
                file: file, line: line, field: fields.speed, message: "\(freeSpeed) must be > 0",
                fix: "give the link's free-flow speed in m/s, a positive number")
        }
        guard Self.allowsCars(modes) else { nonCarLinks += 1; return }
        guard length <= Self.maxLength else {
            throw DataFileError(
                file: file, line: line, field: fields.length,
                message: "\(length) m is longer than any road link (at most \(Int(Self.maxLength)))",
                fix: "give the link's length in metres (is it in millimetres, or a placeholder?)")
        }
        guard length / freeSpeed <= Self.maxTraversal else {
            throw DataFileError(
                file: file, line: line, field: fields.speed,
                message: "\(freeSpeed) m/s over \(length) m takes longer than a day",
                fix: "give the link's free-flow speed in m/s (is it in km/h divided wrongly, or a placeholder?)")
        }
        edges.append(Edge(id: id, from: a, to: b, length: length, freeSpeed: freeSpeed))
    }

    /// The longest car link accepted, in metres. The road graph keeps lengths as 32-bit millimetres
    /// (2,147 km); a longer link once overflowed its conversion and trapped (fuzz target `FuzzNetworkGeoJSON`).
    static let maxLength = 1_000_000.0
    /// The longest a car link may take at free flow, in seconds (travel times are 32-bit milliseconds).
    static let maxTraversal = 86_400.0

    private func unknownNode(_ id: String, field: String, line: Int?) -> DataFileError {
        DataFileError(
            file: file, line: line, field: field, message: "unknown node \"\(id)\"",
            fix: "list node \"\(id)\" among the nodes, or correct the link's node id")
    }

    /// Whether a MATSim-style modes list (`car,bus`, `car pt`) includes `car`; no modes means car.
    static func allowsCars(_ modes: String?) -> Bool {
        guard let modes, !modes.allSatisfy(\.isWhitespace) else { return true }
        return modes.split(whereSeparator: { ",; |".contains($0) }).contains { $0.lowercased() == "car" }
    }
}
