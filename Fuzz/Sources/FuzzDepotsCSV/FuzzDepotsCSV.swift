import FuzzSupport
import Scenario

/// The input is a depots CSV (`operations.depots:`), written to one scratch file (the reader takes paths only).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    _ = try? DepotsFile.read(path: FuzzInput.scratchFile("depots.csv", FuzzInput.buffer(data, size)))
    return 0
}

/// The program: libFuzzer's driver on `fuzz`.
@main enum Main {
    static func main() { FuzzInput.runLibFuzzer(fuzz) }
}
