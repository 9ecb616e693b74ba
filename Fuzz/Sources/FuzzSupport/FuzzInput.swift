import CLibFuzzer
import Foundation

/// What every fuzz target shares: the input as bytes or text, the repository's files, and one
/// scratch file per name and process for readers that only take a path.
public enum FuzzInput {
    /// Runs libFuzzer with the process's arguments (`-max_total_time=…`, corpus folders, a reproducer)
    /// on `testOneInput`, and exits with its status.
    public static func runLibFuzzer(_ testOneInput: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> Never {
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, testOneInput))
    }

    /// The input as a buffer (empty when libFuzzer passes no pointer).
    public static func buffer(_ data: UnsafePointer<UInt8>?, _ size: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: data, count: data == nil ? 0 : size)
    }

    /// The input as text, invalid UTF-8 repaired (readers of text get text; the byte readers get bytes).
    public static func text(_ data: UnsafePointer<UInt8>?, _ size: Int) -> String {
        String(decoding: buffer(data, size), as: UTF8.self)
    }

    /// The repository root (the folder above `Fuzz/`), found from this file's path.
    public static let repositoryRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Fuzz/Package.swift").path) {
                return url.path
            }
        }
        fatalError("no Fuzz/Package.swift above \(#filePath)")
    }()

    /// This process's scratch folder under `$TMPDIR` (scripts/fuzz.sh points that into its work folder).
    public static let scratch: String = {
        let path = NSTemporaryDirectory() + "/ridepool-fuzz-\(getpid())"
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }()

    /// Writes `bytes` to `scratch/name` (the same path on every call) and returns the path.
    public static func scratchFile(_ name: String, _ bytes: UnsafeBufferPointer<UInt8>) -> String {
        let path = scratch + "/" + name
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        precondition(fd >= 0, "cannot write \(path): errno \(errno)")
        defer { close(fd) }
        var written = 0
        while written < bytes.count {
            let n = write(fd, bytes.baseAddress! + written, bytes.count - written)
            precondition(n > 0, "cannot write \(path): errno \(errno)")
            written += n
        }
        return path
    }

    /// Copies the repository folder `folder` (relative to the root) into `scratch/as`, once per process,
    /// and returns the copy's path.
    public static func copyOnce(_ folder: String, as name: String) -> String {
        let target = scratch + "/" + name
        if !FileManager.default.fileExists(atPath: target) {
            try! FileManager.default.copyItem(atPath: repositoryRoot + "/" + folder, toPath: target)
        }
        return target
    }
}
