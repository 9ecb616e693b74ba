import Foundation
import FuzzSupport
import RoadNetwork

/// The input is a MATSim `network.xml` (libxml2 through FoundationXML, external entities off); the
/// scenario's CRS is EPSG:32633 when the first byte is odd, else only the file's own. A network read
/// is then built into a road graph as a run does.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = FuzzInput.buffer(data, size)
    let crs = (bytes.first ?? 0) & 1 == 1 ? "EPSG:32633" : nil
    guard let network = try? NetworkData.readMATSim(data: Data(bytes), file: "network.xml", crs: crs) else { return 0 }
    _ = try? RoadGraph(network)
    return 0
}

/// The program: libFuzzer's driver on `fuzz`.
@main enum Main {
    static func main() { FuzzInput.runLibFuzzer(fuzz) }
}
