/// The GEOS geometry type ids this target distinguishes (values of `GEOSGeomTypes`).
enum GeometryKind: Int32 {
    case point = 0, lineString, linearRing, polygon, multiPoint, multiLineString, multiPolygon, collection

    /// The GeoJSON-style name, for messages.
    var name: String {
        switch self {
        case .point: "Point"
        case .lineString: "LineString"
        case .linearRing: "LinearRing"
        case .polygon: "Polygon"
        case .multiPoint: "MultiPoint"
        case .multiLineString: "MultiLineString"
        case .multiPolygon: "MultiPolygon"
        case .collection: "GeometryCollection"
        }
    }

    var isPolygonal: Bool { self == .polygon || self == .multiPolygon }
}
