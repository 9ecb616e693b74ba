import FuzzSupport
import Scenario

/// The input is a workload's fleet CSV, written to one scratch file (the reader takes paths only).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    _ = try? WorkloadFile.readFleet(path: FuzzInput.scratchFile("fleet.csv", FuzzInput.buffer(data, size)))
    return 0
}

/// The program: libFuzzer's driver on `fuzz`.
@main enum Main {
    static func main() { FuzzInput.runLibFuzzer(fuzz) }
}
