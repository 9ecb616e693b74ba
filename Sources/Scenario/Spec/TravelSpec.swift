/// How vehicles move between places.
public struct TravelSpec: Hashable, Sendable {
    /// The travel-time model.
    public enum Model: String, Hashable, Sendable, CaseIterable {
        /// Great-circle distance × `detourFactor` at a constant `speedKmh`.
        case straightLine
        /// Shortest free-flow paths on a road network, scaled by the hourly `congestion` factors.
        case network
    }

    public var model: Model
    /// Constant vehicle speed, km/h (> 0); straight-line model.
    public var speedKmh: Double
    /// Driven distance ÷ straight-line distance (≥ 1); straight-line model.
    public var detourFactor: Double
    /// The road network (network model only).
    public var network: NetworkSource?
    /// Stops, vehicle starts and door-to-door points farther than this from the network (m) are refused.
    public var maxSnapMetres: Double
    /// Travel-time multipliers per hour of departure (00…23), each > 0; network model.
    public var congestion: [Double]

    public init(
        model: Model = .straightLine, speedKmh: Double = 25, detourFactor: Double = 1.3,
        network: NetworkSource? = nil, maxSnapMetres: Double = 500,
        congestion: [Double] = Array(repeating: 1, count: 24)
    ) {
        self.model = model; self.speedKmh = speedKmh; self.detourFactor = detourFactor
        self.network = network; self.maxSnapMetres = maxSnapMetres; self.congestion = congestion
    }
}

/// Where a road network comes from (absolute paths).
public enum NetworkSource: Hashable, Sendable {
    /// `nodes` (node_id,lat,lon) and `edges` (edge_id,from_node,to_node,length_m,freespeed_mps,modes) CSVs.
    case csv(nodes: String, edges: String)
    /// GeoJSON LineString edges with from_node, to_node, length_m, freespeed_mps, modes.
    case geoJSON(String)
    /// MATSim network.xml(.gz); `crs` overrides the file's coordinateReferenceSystem attribute.
    case matsim(String, crs: String?)
}
