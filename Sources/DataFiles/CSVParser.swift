/// Splits CSV bytes into records (RFC 4180): commas between fields, a field in double quotes may hold
/// commas, line breaks and `""` for a quote; lines end in LF, CRLF or CR; a UTF-8 byte-order mark is skipped.
///
/// Unquoted fields are decoded straight from the input; only quoted fields are copied first.
enum CSVParser {
    private static let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), lf = UInt8(ascii: "\n"),
        cr = UInt8(ascii: "\r")

    /// Every record, blank ones included, each with the 1-based line it starts on.
    /// - Complexity: O(n) in the number of bytes.
    static func records(_ bytes: [UInt8]) -> [CSVTable.Record] {
        var records: [CSVTable.Record] = []
        forEachRecord(bytes) { records.append($0) }
        return records
    }

    /// Calls `body` with every record in order, blank ones included (none is kept here).
    /// - Complexity: O(n) in the number of bytes.
    static func forEachRecord(_ bytes: [UInt8], _ body: (CSVTable.Record) throws -> Void) rethrows {
        try bytes.withUnsafeBufferPointer { buffer in
            var fields: [String] = []
            var i = buffer.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
            var line = 1, recordLine = 1
            let n = buffer.count
            while i < n {
                fields.append(field(buffer, &i, &line))
                if i < n, buffer[i] == comma {
                    i += 1
                    if i == n { fields.append("") }  // a trailing comma ends in an empty field
                    continue
                }
                if i < n {  // a line break ends the record
                    if buffer[i] == cr, i + 1 < n, buffer[i + 1] == lf { i += 1 }
                    i += 1
                }
                let width = fields.count
                try body(CSVTable.Record(line: recordLine, fields: fields))
                fields = []
                fields.reserveCapacity(width)
                line += 1
                recordLine = line
            }
            if !fields.isEmpty { try body(CSVTable.Record(line: recordLine, fields: fields)) }
        }
    }

    /// The field starting at `i`; leaves `i` at the comma or line break after it (or the end) and
    /// counts the line breaks inside quotes in `line`.
    private static func field(_ buffer: UnsafeBufferPointer<UInt8>, _ i: inout Int, _ line: inout Int) -> String {
        let n = buffer.count
        func text(_ range: Range<Int>) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: buffer[range]), as: UTF8.self)
        }
        func skipToDelimiter() {
            while i < n, buffer[i] != comma, buffer[i] != lf, buffer[i] != cr { i += 1 }
        }
        guard i < n, buffer[i] == quote else {
            let start = i
            skipToDelimiter()
            return text(start..<i)
        }
        var unquoted: [UInt8] = []
        i += 1
        var run = i
        while i < n {
            let b = buffer[i]
            if b == quote {
                unquoted.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[run..<i]))
                i += 1
                guard i < n, buffer[i] == quote else { break }  // the closing quote
                unquoted.append(quote)  // a doubled quote is a literal one
                i += 1
                run = i
                continue
            }
            if b == lf || (b == cr && !(i + 1 < n && buffer[i + 1] == lf)) { line += 1 }
            i += 1
            if i == n { unquoted.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[run..<n])) }  // never closed
        }
        let rest = i
        skipToDelimiter()  // text after the closing quote is kept as it stands
        unquoted.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[rest..<i]))
        return String(decoding: unquoted, as: UTF8.self)
    }
}
