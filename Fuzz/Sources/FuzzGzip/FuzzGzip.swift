import DataFiles
import FuzzSupport

/// The input is a `.gz` data file's bytes: inflated (zlib, concatenated members), then read as UTF-8
/// text and as a CSV table, as the readers of `*.csv.gz` do.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let bytes = try? DataFile.read(data: Array(FuzzInput.buffer(data, size)), file: "data.csv.gz") else {
        return 0
    }
    _ = try? DataFile.text(data: bytes, file: "data.csv.gz")
    _ = try? CSVTable(bytes: bytes, file: "data.csv.gz", required: ["id"])
    return 0
}

/// The program: libFuzzer's driver on `fuzz`.
@main enum Main {
    static func main() { FuzzInput.runLibFuzzer(fuzz) }
}
