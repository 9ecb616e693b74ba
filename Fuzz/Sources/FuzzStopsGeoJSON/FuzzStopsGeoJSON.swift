import FuzzSupport
import Geometry
import Simulation

/// One GEOS context for the process, as a run has one (libFuzzer calls in from one thread only).
nonisolated(unsafe) let context = GeometryContext()

/// The input is a stops GeoJSON file; the stops read are indexed (GEOS STRtree) and searched once, as a run does.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let stops = try? StopFile.readGeoJSON(FuzzInput.text(data, size), file: "stops.geojson") else { return 0 }
    guard let first = stops.first, first.point.isValid else { return 0 }
    let index = try? StopIndex(stops: stops, projection: LocalProjection(origin: first.point), context: context)
    _ = index?.stops(near: first.point, within: 500)
    return 0
}

/// The program: libFuzzer's driver on `fuzz`.
@main enum Main {
    static func main() { FuzzInput.runLibFuzzer(fuzz) }
}
