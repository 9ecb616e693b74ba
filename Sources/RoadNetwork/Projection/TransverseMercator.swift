import Foundation
import Simulation

/// A Transverse Mercator projection on an ellipsoid (UTM zones), by Krüger's series in n.
///
/// Forward and inverse follow L. Krüger, "Konforme Abbildung des Erdellipsoids in der Ebene" (1912),
/// in the form of C. F. F. Karney, "Transverse Mercator with an accuracy of a few nanometers",
/// J. Geodesy 85 (2011), eqs. 7–11 and 35–36, truncated after n³ (J. P. Snyder, USGS 1395 §8 gives
/// the older series). Within a UTM zone (±3° of the central meridian) the truncation error is well
/// under a millimetre.
public struct TransverseMercator: Sendable, Hashable {
    /// Semi-major axis (m).
    public let a: Double
    /// Flattening.
    public let f: Double
    /// Central meridian, degrees.
    public let centralMeridian: Double
    /// Scale on the central meridian.
    public let k0: Double
    /// False easting and northing (m).
    public let falseEasting: Double, falseNorthing: Double
    private let rectifyingRadius: Double
    private let alpha: (Double, Double, Double), beta: (Double, Double, Double), delta: (Double, Double, Double)
    private let e: Double

    /// WGS84 (EPSG:4326's ellipsoid).
    public static let wgs84 = (a: 6_378_137.0, f: 1 / 298.257_223_563)
    /// GRS80 (ETRS89's ellipsoid).
    public static let grs80 = (a: 6_378_137.0, f: 1 / 298.257_222_101)

    public init(a: Double, f: Double, centralMeridian: Double, k0: Double, falseEasting: Double, falseNorthing: Double)
    {
        self.a = a; self.f = f; self.centralMeridian = centralMeridian; self.k0 = k0
        self.falseEasting = falseEasting; self.falseNorthing = falseNorthing
        let n = f / (2 - f), n2 = n * n, n3 = n2 * n
        rectifyingRadius = a / (1 + n) * (1 + n2 / 4 + n2 * n2 / 64)
        alpha = (n / 2 - 2 * n2 / 3 + 5 * n3 / 16, 13 * n2 / 48 - 3 * n3 / 5, 61 * n3 / 240)
        beta = (n / 2 - 2 * n2 / 3 + 37 * n3 / 96, n2 / 48 + n3 / 15, 17 * n3 / 480)
        delta = (2 * n - 2 * n2 / 3 - 2 * n3, 7 * n2 / 3 - 8 * n3 / 5, 56 * n3 / 15)
        e = (f * (2 - f)).squareRoot()
    }

    /// UTM zone `zone` (1…60), northern or southern hemisphere, on the given ellipsoid.
    public static func utm(zone: Int, north: Bool, ellipsoid: (a: Double, f: Double) = wgs84) -> TransverseMercator {
        TransverseMercator(
            a: ellipsoid.a, f: ellipsoid.f, centralMeridian: Double(zone * 6 - 183), k0: 0.9996,
            falseEasting: 500_000, falseNorthing: north ? 0 : 10_000_000)
    }

    /// Geographic → projected metres (easting x, northing y).
    public func forward(_ p: GeoPoint) -> (x: Double, y: Double) {
        let rad = Double.pi / 180
        let phi = p.lat * rad, dLambda = (p.lon - centralMeridian) * rad
        let s = sin(phi)
        // Conformal latitude via its tangent (Karney eq. 7–9).
        let t = sinh(atanh(s) - e * atanh(e * s))
        let xiP = atan2(t, cos(dLambda))
        let etaP = atanh(sin(dLambda) / (1 + t * t).squareRoot())
        var xi = xiP, eta = etaP
        for (j, c) in [alpha.0, alpha.1, alpha.2].enumerated() {
            let k = 2 * Double(j + 1)
            xi += c * sin(k * xiP) * cosh(k * etaP)
            eta += c * cos(k * xiP) * sinh(k * etaP)
        }
        return (falseEasting + k0 * rectifyingRadius * eta, falseNorthing + k0 * rectifyingRadius * xi)
    }

    /// Projected metres → geographic.
    public func inverse(x: Double, y: Double) -> GeoPoint {
        let xi = (y - falseNorthing) / (k0 * rectifyingRadius), eta = (x - falseEasting) / (k0 * rectifyingRadius)
        var xiP = xi, etaP = eta
        for (j, c) in [beta.0, beta.1, beta.2].enumerated() {
            let k = 2 * Double(j + 1)
            xiP -= c * sin(k * xi) * cosh(k * eta)
            etaP -= c * cos(k * xi) * sinh(k * eta)
        }
        let chi = asin(sin(xiP) / cosh(etaP))
        var phi = chi
        for (j, c) in [delta.0, delta.1, delta.2].enumerated() { phi += c * sin(2 * Double(j + 1) * chi) }
        let lambda = atan2(sinh(etaP), cos(xiP))
        return GeoPoint(lat: phi * 180 / .pi, lon: centralMeridian + lambda * 180 / .pi)
    }

    public static func == (l: Self, r: Self) -> Bool {
        l.a == r.a && l.f == r.f && l.centralMeridian == r.centralMeridian && l.k0 == r.k0
            && l.falseEasting == r.falseEasting && l.falseNorthing == r.falseNorthing
    }

    public func hash(into h: inout Hasher) {
        h.combine(a); h.combine(f); h.combine(centralMeridian); h.combine(k0); h.combine(falseEasting);
        h.combine(falseNorthing)
    }
}
