import Foundation

/// An azimuthal equidistant projection centred on the scenario: metres east (x) and north (y).
///
/// Within a city (tens of kilometres) distances on this plane differ from great-circle distances
/// by far less than a metre per kilometre, which is what spatial indexes and walking radii need.
/// Formulae: J. P. Snyder, "Map Projections: A Working Manual" (USGS 1395, 1987), §25 (spherical form).
public struct LocalProjection: Sendable, Hashable {
    public let origin: GeoPoint
    private let sinLat0: Double, cosLat0: Double

    public init(origin: GeoPoint) {
        self.origin = origin
        sinLat0 = sin(origin.lat * .pi / 180)
        cosLat0 = cos(origin.lat * .pi / 180)
    }

    /// WGS84 → local metres.
    public func project(_ p: GeoPoint) -> PlanePoint {
        let rad = Double.pi / 180
        let lat = p.lat * rad, dLon = (p.lon - origin.lon) * rad
        let cosC = sinLat0 * sin(lat) + cosLat0 * cos(lat) * cos(dLon)
        let c = acos(max(-1, min(1, cosC)))
        let k = c < 1e-12 ? 1 : c / sin(c)
        let r = GeoPoint.earthRadius
        return PlanePoint(
            x: r * k * cos(lat) * sin(dLon),
            y: r * k * (cosLat0 * sin(lat) - sinLat0 * cos(lat) * cos(dLon)))
    }

    /// Local metres → WGS84.
    public func unproject(_ q: PlanePoint) -> GeoPoint {
        let r = GeoPoint.earthRadius
        let rho = (q.x * q.x + q.y * q.y).squareRoot()
        if rho < 1e-9 { return origin }
        let c = rho / r
        let lat = asin(cos(c) * sinLat0 + q.y * sin(c) * cosLat0 / rho)
        let lon = origin.lon * .pi / 180 + atan2(q.x * sin(c), rho * cosLat0 * cos(c) - q.y * sinLat0 * sin(c))
        return GeoPoint(lat: lat * 180 / .pi, lon: lon * 180 / .pi)
    }
}
