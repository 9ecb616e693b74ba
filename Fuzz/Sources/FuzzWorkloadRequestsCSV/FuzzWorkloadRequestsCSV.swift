import FuzzSupport
import Scenario

/// The input is a workload's requests CSV, written to one scratch file (the reader takes paths only).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    _ = try? WorkloadFile.readRequests(path: FuzzInput.scratchFile("requests.csv", FuzzInput.buffer(data, size)))
    return 0
}
