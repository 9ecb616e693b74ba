import Foundation

/// Where a vehicle is: a stop id (empty for a free point) and its logged coordinates.
struct Place: Equatable, CustomStringConvertible {
    var stopID: String
    var lat: Double
    var lon: Double

    var description: String { "\(stopID.isEmpty ? "point" : stopID) (\(lat), \(lon))" }

    /// Great-circle metres (haversine, R = 6 371 008.8 m), computed here independently of the engine.
    func distance(to o: Place) -> Double {
        let r = 6_371_008.8, rad = Double.pi / 180
        let dLat = (o.lat - lat) * rad, dLon = (o.lon - lon) * rad
        let a = sin(dLat / 2) * sin(dLat / 2) + cos(lat * rad) * cos(o.lat * rad) * sin(dLon / 2) * sin(dLon / 2)
        return 2 * r * asin(min(1, a.squareRoot()))
    }
}
