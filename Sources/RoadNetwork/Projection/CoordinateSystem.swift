import Simulation

/// The coordinate reference systems a MATSim network may be written in: WGS84 degrees or a UTM zone.
public enum CoordinateSystem: Sendable, Hashable, CustomStringConvertible {
    /// EPSG:4326: x is longitude, y latitude, in degrees.
    case wgs84
    /// EPSG:326NN / 327NN (WGS84 / UTM zone NN north / south) or EPSG:258NN (ETRS89 / UTM zone NN N).
    case utm(epsg: Int, projection: TransverseMercator)

    /// The CRS named by `name`: `EPSG:4326`, `WGS84`, `EPSG:32633`, `EPSG:25833`, also in the
    /// `urn:ogc:def:crs:EPSG::32633` and `http://www.opengis.net/def/crs/EPSG/0/32633` spellings; `nil` if unsupported.
    public init?(_ name: String) {
        let s = name.trimming(" \t\n").lowercased()
        if s == "wgs84" || s == "wgs 84" || s == "crs84" { self = .wgs84; return }
        let digits = s.reversed().prefix { $0.isNumber }.reversed()
        let prefix = s.dropLast(digits.count)
        guard prefix.hasSuffix("epsg:") || prefix.hasSuffix("epsg::") || prefix.hasSuffix("epsg/0/"),
            let code = Int(String(digits))
        else { return nil }
        let zone = code % 100
        switch code {
        case 4326: self = .wgs84
        case 32601...32660: self = .utm(epsg: code, projection: .utm(zone: zone, north: true))
        case 32701...32760: self = .utm(epsg: code, projection: .utm(zone: zone, north: false))
        case 25801...25860:
            self = .utm(epsg: code, projection: .utm(zone: zone, north: true, ellipsoid: TransverseMercator.grs80))
        default: return nil
        }
    }

    /// The WGS84 position of file coordinates (x, y). ETRS89 is taken as WGS84 (they differ by under a metre).
    public func point(x: Double, y: Double) -> GeoPoint {
        switch self {
        case .wgs84: GeoPoint(lat: y, lon: x)
        case .utm(_, let projection): projection.inverse(x: x, y: y)
        }
    }

    /// The file coordinates (x, y) of a WGS84 position.
    public func coordinates(of p: GeoPoint) -> (x: Double, y: Double) {
        switch self {
        case .wgs84: (p.lon, p.lat)
        case .utm(_, let projection): projection.forward(p)
        }
    }

    public var description: String {
        switch self {
        case .wgs84: "EPSG:4326"
        case .utm(let epsg, _): "EPSG:\(epsg)"
        }
    }

    /// What the readers accept, for error messages.
    static let supported =
        "EPSG:4326 (WGS84), EPSG:32601–32660 and 32701–32760 (WGS84 / UTM), EPSG:25801–25860 (ETRS89 / UTM)"
}
