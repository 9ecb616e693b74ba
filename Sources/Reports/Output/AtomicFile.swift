import Foundation

/// Writes files so that a reader never sees a half-written one under the final name.
///
/// Content goes to `<path>.partial`, is flushed and `fsync`ed, and only then renamed to `path`
/// (`rename(2)` is atomic within a file system). A crash leaves at most a `.partial` file.
public enum AtomicFile {
    /// The temporary name used while `path` is being written.
    public static func partialPath(for path: String) -> String { path + ".partial" }

    /// Writes `text` (UTF-8) to `path` atomically.
    public static func write(_ text: String, to path: String) throws {
        try write(bytes: Array(text.utf8), to: path)
    }

    /// Writes `bytes` to `path` atomically.
    public static func write(bytes: [UInt8], to path: String) throws {
        let partial = partialPath(for: path)
        let file = try BufferedFile(path: partial)
        file.write(bytes)
        try file.close()
        try commit(partial: partial, to: path)
    }

    /// Renames a finished (already synced) `partial` file to `path`.
    static func commit(partial: String, to path: String) throws {
        if rename(partial, path) != 0 {
            throw ReportsError(path: path, operation: "rename \(partial)", reason: errnoText())
        }
    }

    static func errnoText() -> String { String(cString: strerror(errno)) }
}

/// An output file with a ~1 MB buffer: `write` collects bytes, `close` flushes, fsyncs and closes.
///
/// The first I/O error is kept and thrown by `close()` (sinks cannot throw on every event).
final class BufferedFile {
    static let bufferLimit = 1 << 20
    let path: String
    private var handle: UnsafeMutablePointer<FILE>?
    private var buffer: [UInt8] = []
    private var failure: ReportsError?

    init(path: String) throws {
        self.path = path
        guard let h = fopen(path, "wb") else {
            throw ReportsError(path: path, operation: "open for writing", reason: AtomicFile.errnoText())
        }
        handle = h
        buffer.reserveCapacity(BufferedFile.bufferLimit + 4096)
    }

    deinit { if let h = handle { fclose(h) } }

    func write(_ bytes: [UInt8]) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= BufferedFile.bufferLimit { drain() }
    }

    /// Flushes, fsyncs and closes; throws the first error seen since opening.
    func close() throws {
        drain()
        if let h = handle {
            if failure == nil && fflush(h) != 0 { fail("flush") }
            if failure == nil && fsync(fileno(h)) != 0 { fail("fsync") }
            if fclose(h) != 0 && failure == nil { fail("close") }
            handle = nil
        }
        if let f = failure { throw f }
    }

    private func drain() {
        guard let h = handle, !buffer.isEmpty else { buffer.removeAll(keepingCapacity: true); return }
        let n = buffer.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, h) }
        if n != buffer.count && failure == nil { fail("write") }
        buffer.removeAll(keepingCapacity: true)
    }

    private func fail(_ op: String) {
        failure = ReportsError(path: path, operation: op, reason: AtomicFile.errnoText())
    }
}
