import FuzzSupport
import Geometry
import Simulation

/// One GEOS context for the process, as a run has one (libFuzzer calls in from one thread only).
nonisolated(unsafe) let context = GeometryContext()
let projection = LocalProjection(origin: GeoPoint(lat: 52.52, lon: 13.40))

/// The input is a rebalancing zones GeoJSON (`operations.rebalancing.zones:`), written to one scratch
/// file (the reader takes paths only); valid zones are then asked for the zone of each zone's centre.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let path = FuzzInput.scratchFile("zones.geojson", FuzzInput.buffer(data, size))
    guard let zones = try? ZoneMap(contentsOf: path, context: context, projection: projection) else { return 0 }
    for z in 0..<zones.count { _ = zones.zone(of: zones.centre(of: z)) }
    return 0
}

/// The program: libFuzzer's driver on `fuzz`.
@main enum Main {
    static func main() { FuzzInput.runLibFuzzer(fuzz) }
}
