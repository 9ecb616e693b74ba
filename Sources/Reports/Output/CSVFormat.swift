import Foundation

/// CSV lines per RFC 4180: a field is quoted only when it holds a comma, a quote or a line break,
/// and quotes inside are doubled. Lines end with `\n`.
enum CSVFormat {
    /// One record, with its line ending.
    static func line(_ fields: [String]) -> String {
        var s = ""
        for (i, f) in fields.enumerated() {
            if i > 0 { s += "," }
            s += quoted(f)
        }
        return s + "\n"
    }

    static func quoted(_ f: String) -> String {
        guard f.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else { return f }
        return "\"" + f.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Parses CSV text into records (quoted fields, doubled quotes, CRLF or LF line ends).
    static func parse(_ text: String) -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field: [UInt8] = []
        var inQuotes = false
        var fieldStarted = false
        let bytes = Array(text.utf8)
        var i = 0
        func endField() { record.append(String(decoding: field, as: UTF8.self)); field.removeAll(); fieldStarted = false }
        while i < bytes.count {
            let b = bytes[i]
            if inQuotes {
                if b == 0x22 {
                    if i + 1 < bytes.count && bytes[i + 1] == 0x22 { field.append(0x22); i += 1 } else { inQuotes = false }
                } else { field.append(b) }
            } else if b == 0x22 && field.isEmpty {
                inQuotes = true; fieldStarted = true
            } else if b == 0x2C {
                endField()
            } else if b == 0x0A || b == 0x0D {
                if b == 0x0D && i + 1 < bytes.count && bytes[i + 1] == 0x0A { i += 1 }
                endField(); records.append(record); record = []
            } else {
                field.append(b); fieldStarted = true
            }
            i += 1
        }
        if fieldStarted || !field.isEmpty || !record.isEmpty { endField(); records.append(record) }
        return records
    }
}
