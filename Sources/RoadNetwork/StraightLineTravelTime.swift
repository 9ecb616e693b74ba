import Foundation
import Simulation

/// Travel by great-circle distance × detour factor at a constant speed.
///
/// The placeholder until the road network: cheap, metric (it keeps the triangle inequality), and
/// simple enough for the verifier to recompute independently.
public final class StraightLineTravelTime: TravelTimeModel {
    public let speed: Double
    public let detourFactor: Double
    private var points: [GeoPoint] = []
    private var latRad: [Double] = [], lonRad: [Double] = [], cosLat: [Double] = []
    /// Travel times (ms) and distances (m) between the first `matrixSize` places, row-major.
    private var matrixSize = 0
    private var times = FixedBuffer<Int32>.empty
    private var metres = FixedBuffer<Float>.empty

    /// - Parameters: speed in m/s (> 0), detourFactor ≥ 1 (driven ÷ great-circle distance).
    public init(speed: Double, detourFactor: Double) {
        precondition(speed > 0 && detourFactor >= 1, "straight-line model with speed \(speed), detour \(detourFactor)")
        self.speed = speed; self.detourFactor = detourFactor
    }

    public func addPlace(_ point: GeoPoint) -> PlaceID {
        points.append(point)
        latRad.append(point.lat * .pi / 180); lonRad.append(point.lon * .pi / 180)
        cosLat.append(cos(point.lat * .pi / 180))
        return PlaceID(points.count - 1)
    }

    /// Computes the matrix between every place registered so far (stops and vehicle starts), so
    /// that the dispatch hot path reads a number instead of evaluating trigonometry. When two places
    /// are too far apart for its Int32 milliseconds, there is no matrix: every time is computed.
    /// - Complexity: O(n²) time and 8n² bytes for n places.
    public func precomputeMatrix() {
        times = .empty; metres = .empty
        matrixSize = 0
        let n = points.count
        let t = FixedBuffer<Int32>(count: n * n)
        let m = FixedBuffer<Float>(count: n * n)
        var fits = true
        for i in 0..<n where fits {
            for j in 0..<n {
                let d = computedDistance(i, j)
                m[i * n + j] = Float(d)
                // Places more than Int32.max ms (24.8 days' drive) apart keep to the computed path.
                guard let ms = Int32(exactly: SimTime.seconds(d / speed).ms) else { fits = false; break }
                t[i * n + j] = ms
            }
        }
        guard fits else { return }
        times = t; metres = m; matrixSize = n
    }

    public func point(of place: PlaceID) -> GeoPoint { points[Int(place)] }

    /// - Complexity: O(1): a matrix read, or a haversine on cached radians for later places.
    @inline(__always) public func distance(from a: PlaceID, to b: PlaceID) -> Double {
        let i = Int(a), j = Int(b)
        if i < matrixSize && j < matrixSize { return Double(metres[i * matrixSize + j]) }
        return computedDistance(i, j)
    }

    private func computedDistance(_ i: Int, _ j: Int) -> Double {
        if i == j { return 0 }
        let sLat = sin((latRad[j] - latRad[i]) / 2), sLon = sin((lonRad[j] - lonRad[i]) / 2)
        let h = sLat * sLat + cosLat[i] * cosLat[j] * sLon * sLon
        return 2 * GeoPoint.earthRadius * asin(min(1, h.squareRoot())) * detourFactor
    }

    /// - Complexity: O(1).
    @inline(__always) public func travelTime(from a: PlaceID, to b: PlaceID, at time: SimTime) -> SimTime {
        let i = Int(a), j = Int(b)
        if i < matrixSize && j < matrixSize { return SimTime(ms: Int64(times[i * matrixSize + j])) }
        return .seconds(computedDistance(i, j) / speed)
    }

    /// Great-circle distance × a constant detour factor at a constant speed: metric, whatever the time.
    public var isMetric: Bool { true }

    public var maxStraightLineSpeed: Double { speed / detourFactor }

    public var description: TravelModelInfo {
        TravelModelInfo(kind: "straight_line", speed: speed, detourFactor: detourFactor)
    }
}
