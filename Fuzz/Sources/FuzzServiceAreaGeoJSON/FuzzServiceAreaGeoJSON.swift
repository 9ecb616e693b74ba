import FuzzSupport
import Geometry
import Simulation

/// One GEOS context for the process, as a run has one (libFuzzer calls in from one thread only).
nonisolated(unsafe) let context = GeometryContext()

/// The input is a service area's GeoJSON (read by GEOS, checked, unioned, projected and prepared);
/// a valid area is then asked about its centre and a corner of its envelope.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let area = try? ServiceArea(geoJSON: FuzzInput.text(data, size), file: "area.geojson", context: context)
    else {
        return 0
    }
    let (low, high) = area.bounds
    _ = area.contains(GeoPoint(lat: (low.lat + high.lat) / 2, lon: (low.lon + high.lon) / 2))
    _ = area.contains(low)
    return 0
}

/// The program: libFuzzer's driver on `fuzz`.
@main enum Main {
    static func main() { FuzzInput.runLibFuzzer(fuzz) }
}
