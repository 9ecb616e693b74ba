import Foundation
import Simulation

/// Travel on a Euclidean plane at unit speed: the peer RidePy's `Euclidean2D` space, for replaying
/// its workloads (`ridepy_*` under `data/workloads/`).
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
    /// `x, y` of each place, interleaved; a fixed buffer held in a constant, so that look-ups on the
    /// dispatch hot path (inlinable readers) need no exclusivity checks.
    @usableFromInline let coordinates: FixedBuffer<Double>
    public let capacity: Int
    private var count = 0
    /// The reused place of `placeAlong`: place 0, registered first.
    public let scratch: PlaceID = 0

    /// - Parameters:
    ///   - secondsPerUnit: simulated seconds per plane time unit (> 0).
    ///   - capacity: the most places the run registers (vehicles, origins, destinations, diversions), plus
    ///     one: place 0 is the scratch place of `placeAlong`.
    public init(secondsPerUnit: Double, capacity: Int) {
        precondition(secondsPerUnit > 0, "plane travel with \(secondsPerUnit) s per unit")
        msPerUnit = secondsPerUnit * 1000
        self.capacity = capacity
        coordinates = FixedBuffer(count: 2 * max(1, capacity))
        _ = addPlace(GeoPoint(lat: 0, lon: 0))
    }

    /// The WGS84 point that stands for plane point `(x, y)`.
    public static func point(x: Double, y: Double) -> GeoPoint {
        GeoPoint(lat: y * degreesPerUnit, lon: x * degreesPerUnit)
    }

    public func addPlace(_ point: GeoPoint) -> PlaceID {
        precondition(count < capacity, "plane travel model full: \(capacity) places")
        coordinates[2 * count] = point.lon / Self.degreesPerUnit
        coordinates[2 * count + 1] = point.lat / Self.degreesPerUnit
        count += 1
        return PlaceID(count - 1)
    }

    public func point(of place: PlaceID) -> GeoPoint {
        Self.point(x: coordinates[2 * Int(place)], y: coordinates[2 * Int(place) + 1])
    }

    /// Plane units between two places.
    @inlinable @inline(__always) func units(_ a: PlaceID, _ b: PlaceID) -> Double {
        let i = 2 * Int(a), j = 2 * Int(b)
        let dx = coordinates[j] - coordinates[i], dy = coordinates[j + 1] - coordinates[i + 1]
        return (dx * dx + dy * dy).squareRoot()
    }

    /// - Complexity: O(1): one square root.
    @inlinable @inline(__always) public func travelTime(from a: PlaceID, to b: PlaceID, at time: SimTime) -> SimTime {
        SimTime(ms: roundedMilliseconds(units(a, b) * msPerUnit))
    }

    public func distance(from a: PlaceID, to b: PlaceID) -> Double { units(a, b) * Self.metresPerUnit }

    /// How much a great-circle distance may exceed the plane distance it stands for (the sphere's
    /// curvature over the square): 0.2 % to spare.
    static let curvatureAllowance = 1.002

    /// Euclidean distance at a constant speed: metric, whatever the time.
    public var isMetric: Bool { true }

    /// Great-circle metres per second, with `curvatureAllowance` to spare.
    public var maxStraightLineSpeed: Double { Self.metresPerUnit / (msPerUnit / 1000) * Self.curvatureAllowance }

    public func placeAlong(from a: PlaceID, to b: PlaceID, fraction: Double) -> (place: PlaceID, point: GeoPoint)? {
        let i = 2 * Int(a), j = 2 * Int(b)
        let x = coordinates[i] + fraction * (coordinates[j] - coordinates[i])
        let y = coordinates[i + 1] + fraction * (coordinates[j + 1] - coordinates[i + 1])
        coordinates[2 * Int(scratch)] = x; coordinates[2 * Int(scratch) + 1] = y
        return (scratch, Self.point(x: x, y: y))
    }

    public var description: TravelModelInfo {
        TravelModelInfo(kind: "plane", speed: maxStraightLineSpeed, detourFactor: 1)
    }
}
