import Foundation

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

    /// Writes one CSV record (see `CSVFormat`) straight into the buffer.
    func writeCSVLine(_ fields: [String]) {
        CSVFormat.append(fields, to: &buffer)
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
