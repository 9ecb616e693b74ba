import Foundation
import Simulation

/// Travel on a Euclidean plane at unit speed: the peer RidePy's `Euclidean2D` space, for replaying
/// its workloads (`ridepy_*` under `../shared/workloads/`).
///
/// A plane point `(x, y)` is written as the WGS84 point `lat = y / 8°`, `lon = x / 8°` (a power of
/// two, so the round trip is exact), which keeps the rest of ridepool (event log, grid, verifier)
/// working in degrees. Driving from `a` to `b` takes `|a − b| × secondsPerUnit` (rounded to the
/// millisecond) and covers `|a − b| × metresPerUnit` metres, where one plane unit is the length
/// of 1/8° of latitude (13,899 m). A vehicle can turn anywhere (`placeAlong`).
public final class PlaneTravelTime: TravelTimeModel {
    /// Degrees of latitude (and longitude) per plane unit.
    public static let degreesPerUnit = 0.125
    /// Metres per plane unit: the great-circle length of `degreesPerUnit` of latitude.
    public static let metresPerUnit = degreesPerUnit * .pi / 180 * GeoPoint.earthRadius
    /// Simulated milliseconds per plane unit of time (= of distance, at unit speed).
    public let msPerUnit: Double
    private var xs: [Double] = [], ys: [Double] = []
    /// The reused place of `placeAlong` (created on its first call).
    private var scratch: Int?

    /// - Parameter secondsPerUnit: simulated seconds per plane time unit (> 0).
    public init(secondsPerUnit: Double) {
        precondition(secondsPerUnit > 0, "plane travel with \(secondsPerUnit) s per unit")
        msPerUnit = secondsPerUnit * 1000
    }

    /// The WGS84 point that stands for plane point `(x, y)`.
    public static func point(x: Double, y: Double) -> GeoPoint {
        GeoPoint(lat: y * degreesPerUnit, lon: x * degreesPerUnit)
    }

    public func addPlace(_ point: GeoPoint) -> PlaceID {
        xs.append(point.lon / Self.degreesPerUnit)
        ys.append(point.lat / Self.degreesPerUnit)
        return PlaceID(xs.count - 1)
    }

    public func point(of place: PlaceID) -> GeoPoint { Self.point(x: xs[Int(place)], y: ys[Int(place)]) }

    /// Plane units between two places.
    @inline(__always) func units(_ a: PlaceID, _ b: PlaceID) -> Double {
        let dx = xs[Int(b)] - xs[Int(a)], dy = ys[Int(b)] - ys[Int(a)]
        return (dx * dx + dy * dy).squareRoot()
    }

    /// - Complexity: O(1): one square root.
    @inline(__always) public func travelTime(from a: PlaceID, to b: PlaceID, at time: SimTime) -> SimTime {
        SimTime(ms: roundedMilliseconds(units(a, b) * msPerUnit))
    }

    public func distance(from a: PlaceID, to b: PlaceID) -> Double { units(a, b) * Self.metresPerUnit }

    /// Exact (the travel time itself): cheap here, and the tightest bound.
    public func lowerBound(from a: PlaceID, to b: PlaceID) -> SimTime { travelTime(from: a, to: b, at: .zero) }

    /// Great-circle metres per second, with 0.2 % to spare for the sphere's curvature over the square.
    public var maxStraightLineSpeed: Double { Self.metresPerUnit / (msPerUnit / 1000) * 1.002 }

    public func placeAlong(from a: PlaceID, to b: PlaceID, fraction: Double) -> (place: PlaceID, point: GeoPoint)? {
        let x = xs[Int(a)] + fraction * (xs[Int(b)] - xs[Int(a)])
        let y = ys[Int(a)] + fraction * (ys[Int(b)] - ys[Int(a)])
        let s: Int
        if let existing = scratch { s = existing } else {
            xs.append(0); ys.append(0)
            s = xs.count - 1
            scratch = s
        }
        xs[s] = x; ys[s] = y
        return (PlaceID(s), Self.point(x: x, y: y))
    }

    public var description: TravelModelInfo {
        TravelModelInfo(kind: "plane", speed: maxStraightLineSpeed, detourFactor: 1)
    }
}
