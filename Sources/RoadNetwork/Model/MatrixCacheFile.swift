import Foundation

#if canImport(Glibc)
    import Glibc
    import DataFiles
#endif

/// The on-disk cache of a place-to-place matrix: times (ms, Int32) and distances (m, Float), n × n each.
///
/// Layout, little-endian: the magic `RPNETMX1`, the format version (UInt32), n (UInt32), the content key
/// (UInt64), the n² times, the n² distances, then an FNV-1a 64 checksum of everything before it. A file
/// that is short, long, of another version or key, or fails its checksum is ignored (and rebuilt).
///
/// Why raw bytes here: the matrices are up to hundreds of megabytes, copied between the file and their
/// `FixedBuffer`s as one block each (no per-number decoding); this file and `ContentHash` are the only
/// byte-level readers of them.
enum MatrixCacheFile {
    /// Bump when the layout or the meaning of the numbers changes; it is part of the content key too.
    static let version: UInt32 = 1
    private static let magic = Array("RPNETMX1".utf8)
    private static let headerSize = 8 + 4 + 4 + 8

    /// The cache file for `key` in `directory`.
    static func path(directory: String, key: UInt64) -> String {
        let hex = String(key, radix: 16)
        return (directory as NSString).appendingPathComponent(
            "network-matrix-\(String(repeating: "0", count: 16 - hex.count))\(hex).bin")
    }

    /// Fills `times` and `metres` (n² each) from the file at `path`; false if it is missing or does not match.
    static func read(
        path: String, key: UInt64, n: Int, times: borrowing FixedBuffer<Int32>,
        metres: borrowing FixedBuffer<Float>
    ) -> Bool {
        guard let data = FileManager.default.contents(atPath: path) else { return false }
        let cells = n * n
        guard data.count == headerSize + cells * 8 + 8 else { return false }
        return data.withUnsafeBytes { raw -> Bool in
            guard Array(raw[0..<8]) == magic,
                raw.loadUnaligned(fromByteOffset: 8, as: UInt32.self).littleEndian == version,
                raw.loadUnaligned(fromByteOffset: 12, as: UInt32.self).littleEndian == UInt32(n),
                raw.loadUnaligned(fromByteOffset: 16, as: UInt64.self).littleEndian == key
            else { return false }
            let body = UnsafeRawBufferPointer(rebasing: raw[0..<(raw.count - 8)])
            var check = ContentHash()
            check.add(bytes: body)
            guard raw.loadUnaligned(fromByteOffset: raw.count - 8, as: UInt64.self).littleEndian == check.value else {
                return false
            }
            // Little-endian hosts only (x86-64, arm64): the numbers are copied as they are stored.
            precondition(
                times.count == cells && metres.count == cells,
                "matrix buffers of \(times.count), \(metres.count) for \(n)²")
            times.withMutableBytes {
                $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: raw[headerSize..<(headerSize + cells * 4)]))
            }
            metres.withMutableBytes {
                $0.copyMemory(
                    from: UnsafeRawBufferPointer(rebasing: raw[(headerSize + cells * 4)..<(headerSize + cells * 8)]))
            }
            return true
        }
    }

    /// Writes the matrix atomically: to a temporary file in the same directory, then `rename(2)` over `path`.
    static func write(
        path: String, key: UInt64, n: Int, times: borrowing FixedBuffer<Int32>,
        metres: borrowing FixedBuffer<Float>
    ) throws(DataFileError) {
        let directory = (path as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw DataFileError(
                file: directory, message: "cannot create the matrix cache directory: \(error.localizedDescription)",
                fix: "give a writable cache directory, or none to skip caching")
        }
        let cells = n * n
        var data = Data(capacity: headerSize + cells * 8 + 8)
        data.append(contentsOf: magic)
        withUnsafeBytes(of: version.littleEndian) { data.append(contentsOf: $0) }
        withUnsafeBytes(of: UInt32(n).littleEndian) { data.append(contentsOf: $0) }
        withUnsafeBytes(of: key.littleEndian) { data.append(contentsOf: $0) }
        precondition(
            times.count == cells && metres.count == cells, "matrix buffers of \(times.count), \(metres.count) for \(n)²"
        )
        times.withContents { data.append($0) }
        metres.withContents { data.append($0) }
        var check = ContentHash()
        data.withUnsafeBytes { check.add(bytes: $0) }
        withUnsafeBytes(of: check.value.littleEndian) { data.append(contentsOf: $0) }
        let temporary = path + ".tmp-\(getpid())"
        do {
            try data.write(to: URL(fileURLWithPath: temporary))
        } catch {
            throw DataFileError(
                file: temporary, message: "cannot write the matrix cache: \(error.localizedDescription)",
                fix: "give a writable cache directory with room for \(data.count) bytes, or none to skip caching")
        }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw DataFileError(
                file: path, message: "cannot move the matrix cache into place: \(reason)",
                fix: "give a writable cache directory, or none to skip caching")
        }
    }
}
