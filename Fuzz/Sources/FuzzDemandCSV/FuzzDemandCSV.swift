import FuzzSupport
import Scenario

/// The input is a demand CSV (or gzip data, by its magic bytes). `DemandFile` reads paths only, so
/// the bytes go to one scratch file first.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    _ = try? DemandFile.read(path: FuzzInput.scratchFile("demand.csv", FuzzInput.buffer(data, size)))
    return 0
}

/// The program: libFuzzer's driver on `fuzz`.
@main enum Main {
    static func main() { FuzzInput.runLibFuzzer(fuzz) }
}
