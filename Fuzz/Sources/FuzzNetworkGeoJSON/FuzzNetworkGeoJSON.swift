import Foundation
import FuzzSupport
import RoadNetwork

/// The input is a network GeoJSON file (a FeatureCollection of LineString edges); a network read is
/// then built into a road graph as a run does.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let network = try? NetworkData.readGeoJSON(data: Data(FuzzInput.buffer(data, size)), file: "network.geojson")
    else { return 0 }
    _ = try? RoadGraph(network)
    return 0
}

/// The program: libFuzzer's driver on `fuzz`.
@main enum Main {
    static func main() { FuzzInput.runLibFuzzer(fuzz) }
}
