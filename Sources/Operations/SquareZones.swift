import Simulation

/// Square zones of `cellSize` metres over a bounding box, on the scenario's local plane: the zones of
/// rebalancing when no zones file is given. Zone `row · columns + column`, rows from the south,
/// columns from the west; the last row and column may reach past the box.
public struct SquareZones: Sendable {
    public let projection: LocalProjection
    public let bounds: (min: GeoPoint, max: GeoPoint)
    public let cellSize: Double
    public let columns: Int
    public let rows: Int
    private let originX: Double, originY: Double

    /// - Parameter bounds: the box's south-west (`min`) and north-east (`max`) corners (WGS84).
    public init(projection: LocalProjection, bounds: (min: GeoPoint, max: GeoPoint), cellSize: Double) {
        precondition(cellSize > 0 && cellSize.isFinite, "zone size \(cellSize) m: must be positive")
        precondition(bounds.min.lat <= bounds.max.lat && bounds.min.lon <= bounds.max.lon, "empty bounding box")
        self.projection = projection
        self.bounds = bounds
        self.cellSize = cellSize
        let a = projection.project(bounds.min), b = projection.project(bounds.max)
        originX = a.x
        originY = a.y
        columns = max(1, Int(((b.x - a.x) / cellSize).rounded(.up)))
        rows = max(1, Int(((b.y - a.y) / cellSize).rounded(.up)))
    }

    public var count: Int { columns * rows }

    /// The zone of `point`; nil outside the bounding box.
    public func zone(of point: GeoPoint) -> Int? {
        guard (bounds.min.lat...bounds.max.lat).contains(point.lat),
            (bounds.min.lon...bounds.max.lon).contains(point.lon)
        else { return nil }
        let p = projection.project(point)
        let column = min(columns - 1, max(0, Int(((p.x - originX) / cellSize).rounded(.down))))
        let row = min(rows - 1, max(0, Int(((p.y - originY) / cellSize).rounded(.down))))
        return row * columns + column
    }

    /// The centre of `zone` (WGS84).
    public func centre(of zone: Int) -> GeoPoint {
        precondition((0..<count).contains(zone), "no zone \(zone)")
        let column = zone % columns, row = zone / columns
        return projection.unproject(
            PlanePoint(x: originX + (Double(column) + 0.5) * cellSize, y: originY + (Double(row) + 0.5) * cellSize))
    }
}
