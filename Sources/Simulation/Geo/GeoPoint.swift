import Foundation

/// A WGS84 position in decimal degrees.
public struct GeoPoint: Hashable, Sendable, CustomStringConvertible {
    public var lat: Double
    public var lon: Double

    public init(lat: Double, lon: Double) { self.lat = lat; self.lon = lon }

    /// Whether both coordinates are finite and inside WGS84's ranges.
    public var isValid: Bool { lat.isFinite && lon.isFinite && abs(lat) <= 90 && abs(lon) <= 180 }

    public var description: String { "(\(lat), \(lon))" }

    /// Mean Earth radius (IUGG), metres.
    public static let earthRadius = 6_371_008.8

    /// Great-circle distance in metres (haversine formula).
    @inlinable public func distance(to other: GeoPoint) -> Double {
        let rad = Double.pi / 180
        let dLat = (other.lat - lat) * rad, dLon = (other.lon - lon) * rad
        let a = sin(dLat / 2) * sin(dLat / 2) + cos(lat * rad) * cos(other.lat * rad) * sin(dLon / 2) * sin(dLon / 2)
        return 2 * GeoPoint.earthRadius * asin(min(1, a.squareRoot()))
    }
}

/// A position in metres on the scenario's local plane (see `LocalProjection`).
public struct PlanePoint: Hashable, Sendable {
    public var x: Double
    public var y: Double
    public init(x: Double, y: Double) { self.x = x; self.y = y }

    @inlinable public func distance(to o: PlanePoint) -> Double {
        let dx = x - o.x, dy = y - o.y
        return (dx * dx + dy * dy).squareRoot()
    }
}
