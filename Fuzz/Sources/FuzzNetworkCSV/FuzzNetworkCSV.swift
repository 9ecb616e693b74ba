import FuzzSupport
import RoadNetwork

/// The input is a nodes CSV, a NUL byte, then an edges CSV (no NUL: all nodes, no edges); a network
/// read is then built into a road graph (strongly connected core, compaction) as a run does.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = FuzzInput.buffer(data, size)
    let cut = bytes.firstIndex(of: 0) ?? bytes.count
    let nodes = String(decoding: bytes[..<cut], as: UTF8.self)
    let edges = String(decoding: bytes[min(cut + 1, bytes.count)...], as: UTF8.self)
    guard
        let network = try? NetworkData.readCSV(
            nodesText: nodes, nodesFile: "nodes.csv", edgesText: edges, edgesFile: "edges.csv")
    else { return 0 }
    _ = try? RoadGraph(network)
    return 0
}

/// The program: libFuzzer's driver on `fuzz`.
@main enum Main {
    static func main() { FuzzInput.runLibFuzzer(fuzz) }
}
