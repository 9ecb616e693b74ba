import Foundation

/// CSV lines per RFC 4180: a field is quoted only when it holds a comma, a quote or a line break,
/// and quotes inside are doubled. Lines end with `\n`.
enum CSVFormat {
    /// One record, with its line ending.
    static func line(_ fields: [String]) -> String {
        var bytes: [UInt8] = []
        append(fields, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends one record, with its line ending, as UTF-8 bytes.
    static func append(_ fields: [String], to out: inout [UInt8]) {
        for (i, f) in fields.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            let utf8 = f.utf8
            guard utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else {
                out.append(contentsOf: utf8)
                continue
            }
            out.append(UInt8(ascii: "\""))
            for b in utf8 {
                if b == 0x22 { out.append(0x22) }
                out.append(b)
            }
            out.append(UInt8(ascii: "\""))
        }
        out.append(UInt8(ascii: "\n"))
    }
}
