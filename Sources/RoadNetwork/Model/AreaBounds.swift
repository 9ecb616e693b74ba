import Foundation
import Simulation

/// Minimum travel times between coarse areas: for cells of about `cellMetres` on a side, the least
/// time from any node in one cell to any node in another, at the smallest congestion factor.
///
/// A valid lower bound for every pair of nodes, far tighter than straight-line distance at the
/// network's top speed (motorways make that bound useless in town), and small enough (cells²) to
/// stay in cache when read for one destination cell.
struct AreaBounds {
    private let columns: Int, cells: Int
    private let minLat: Double, minLon: Double, cellLat: Double, cellLon: Double
    /// Each matrix row's cell.
    private(set) var cellOfRow: [Int32]
    /// cells × cells minimum times (ms), by destination cell first: a query reads one destination's
    /// row (the pickup's cell) for many origins, which stays in cache.
    private var minimum: [Int32]
    /// Metres per degree of latitude (the mean Earth radius's), for sizing cells in degrees.
    private static let metresPerDegree = 111_195.0

    /// - Parameters:
    ///   - points: the position of each matrix row (place or node), in row order.
    ///   - times: the n × n free-flow matrix (ms), row-major.
    ///   - factor: the smallest congestion factor (times are scaled by at least this).
    init(points: [GeoPoint], times: borrowing FixedBuffer<Int32>, factor: Double, cellMetres: Double = 2000) {
        let lats = points.map(\.lat), lons = points.map(\.lon)
        minLat = lats.min() ?? 0; minLon = lons.min() ?? 0
        cellLat = cellMetres / Self.metresPerDegree
        cellLon = cellMetres / (Self.metresPerDegree * max(0.1, cos(((lats.max() ?? 0) + minLat) / 2 * .pi / 180)))
        let rows = max(1, Int(((lats.max() ?? 0) - minLat) / cellLat) + 1)
        columns = max(1, Int(((lons.max() ?? 0) - minLon) / cellLon) + 1)
        cells = rows * columns
        var rowCells = [Int32](repeating: 0, count: points.count)
        for (i, p) in points.enumerated() {
            rowCells[i] = Int32(Int((p.lat - minLat) / cellLat) * columns + Int((p.lon - minLon) / cellLon))
        }
        cellOfRow = rowCells
        var table = [Int32](repeating: Int32.max, count: cells * cells)
        let n = points.count
        for i in 0..<n {
            let from = Int(rowCells[i])
            for j in 0..<n {
                let t = times[i * n + j], k = Int(rowCells[j]) * cells + from
                if t < table[k] { table[k] = t }
            }
        }
        // Scale by the smallest factor, rounding down and 1 ms under to stay below any rounded time.
        let f = min(1, factor)
        minimum = table.map { $0 == Int32.max ? 0 : max(0, Int32((Double($0) * f).rounded(.down)) - 1) }
    }

    /// A lower bound (ms) on the time from matrix row `a` to row `b`.
    /// - Complexity: O(1).
    @inline(__always) func bound(_ a: Int, _ b: Int) -> Int64 {
        Int64(minimum[Int(cellOfRow[b]) * cells + Int(cellOfRow[a])])
    }
}
