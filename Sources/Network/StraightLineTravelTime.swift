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

    public func point(of place: PlaceID) -> GeoPoint { points[Int(place)] }

    /// - Complexity: O(1): a haversine on cached radians.
    @inline(__always) public func distance(from a: PlaceID, to b: PlaceID) -> Double {
        let i = Int(a), j = Int(b)
        if i == j { return 0 }
        let sLat = sin((latRad[j] - latRad[i]) / 2), sLon = sin((lonRad[j] - lonRad[i]) / 2)
        let h = sLat * sLat + cosLat[i] * cosLat[j] * sLon * sLon
        return 2 * GeoPoint.earthRadius * asin(min(1, h.squareRoot())) * detourFactor
    }

    /// - Complexity: O(1).
    @inline(__always) public func travelTime(from a: PlaceID, to b: PlaceID, at time: SimTime) -> SimTime {
        .seconds(distance(from: a, to: b) / speed)
    }

    public var maxStraightLineSpeed: Double { speed / detourFactor }

    public var description: TravelModelInfo {
        TravelModelInfo(kind: "straight_line", speed: speed, detourFactor: detourFactor)
    }
}
