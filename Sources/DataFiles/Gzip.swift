internal import CZlib

/// Inflates gzip (or zlib) data with zlib's streaming API, 64 KiB at a time.
enum Gzip {
    /// The two bytes every gzip member starts with.
    static let magic: [UInt8] = [0x1f, 0x8b]

    /// The inflated bytes of `input`; throws a `DataFileError` naming `file` if the stream is corrupt or truncated.
    /// `inflateInit2(…, 15 + 32)` lets zlib detect the gzip or zlib header itself; concatenated gzip
    /// members (as `cat a.gz b.gz` makes) are inflated one after the other.
    static func inflate(_ input: [UInt8], file: String) throws(DataFileError) -> [UInt8] {
        var stream = z_stream()
        func failure(_ what: String) -> DataFileError {
            let zlib = stream.msg.map { String(cString: $0) }
            return DataFileError(
                file: file, message: "cannot inflate the gzip data: \(what)\(zlib.map { " (\($0))" } ?? "")",
                fix: "check that the file is a complete gzip file (gzip -t), or give the uncompressed file")
        }
        guard inflateInit2_(&stream, 15 + 32, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw failure("zlib could not start")
        }
        defer { inflateEnd(&stream) }
        var output: [UInt8] = []
        output.reserveCapacity(input.count * 4)
        let chunk = 1 << 16
        var buffer = [UInt8](repeating: 0, count: chunk)
        var source = input
        var status = Z_OK
        source.withUnsafeMutableBufferPointer { src in
            stream.next_in = src.baseAddress
            stream.avail_in = UInt32(src.count)
            repeat {
                let produced = buffer.withUnsafeMutableBufferPointer { dst -> Int in
                    stream.next_out = dst.baseAddress
                    stream.avail_out = UInt32(chunk)
                    status = CZlib.inflate(&stream, Z_NO_FLUSH)
                    return chunk - Int(stream.avail_out)
                }
                output.append(contentsOf: buffer[..<produced])
                if status == Z_STREAM_END && stream.avail_in > 0 {
                    status = inflateReset(&stream)  // another gzip member follows
                }
            } while status == Z_OK
        }
        guard status == Z_STREAM_END else {
            throw failure(status == Z_BUF_ERROR ? "the data ends too early" : "zlib error \(status)")
        }
        return output
    }
}
