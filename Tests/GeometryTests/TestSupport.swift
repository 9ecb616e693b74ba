import Foundation
import Simulation

@testable import Geometry

/// GeoJSON fixtures near Cottbus (lon 14.3, lat 51.75), `[lon, lat]` as GeoJSON has it.
enum Fixture {
    /// A polygon ring from lon/lat corners, closed.
    static func ring(_ lon0: Double, _ lat0: Double, _ lon1: Double, _ lat1: Double) -> String {
        "[[\(lon0),\(lat0)],[\(lon1),\(lat0)],[\(lon1),\(lat1)],[\(lon0),\(lat1)],[\(lon0),\(lat0)]]"
    }
    /// lon 14.30…14.34, lat 51.74…51.76, with a hole lon 14.31…14.32, lat 51.745…51.755.
    static let squareWithHole =
        #"{"type":"Polygon","coordinates":[\#(ring(14.30, 51.74, 14.34, 51.76)),\#(ring(14.31, 51.745, 14.32, 51.755))]}"#
    /// `squareWithHole` plus a second polygon lon 14.40…14.42, lat 51.74…51.76.
    static let twoPolygons =
        #"{"type":"MultiPolygon","coordinates":[[\#(ring(14.30, 51.74, 14.34, 51.76)),\#(ring(14.31, 51.745, 14.32, 51.755))],[\#(ring(14.40, 51.74, 14.42, 51.76))]]}"#
    /// A Feature wrapping `geometry`.
    static func feature(_ geometry: String) -> String {
        #"{"type":"Feature","properties":{"name":"x"},"geometry":\#(geometry)}"#
    }
    /// A FeatureCollection of the given geometries.
    static func collection(_ geometries: [String]) -> String {
        #"{"type":"FeatureCollection","features":[\#(geometries.map(feature).joined(separator: ","))]}"#
    }
    /// A plain square polygon.
    static func square(_ lon0: Double, _ lat0: Double, _ lon1: Double, _ lat1: Double) -> String {
        #"{"type":"Polygon","coordinates":[\#(ring(lon0, lat0, lon1, lat1))]}"#
    }
}

/// Area of a ring on the local plane by the shoelace formula (positive for either orientation).
func shoelaceArea(_ ring: [GeoPoint], _ projection: LocalProjection) -> Double {
    let q = ring.map(projection.project)
    var twice = 0.0
    for i in 0..<(q.count - 1) { twice += q[i].x * q[i + 1].y - q[i + 1].x * q[i].y }
    return abs(twice) / 2
}
