import Foundation

/// A CSV file read into records with their line numbers (RFC 4180: quotes, doubled quotes, CRLF).
struct CSVTable {
    /// One data record.
    struct Record {
        /// 1-based line where the record starts (the header is line 1).
        var line: Int
        var fields: [String]
    }

    let path: String
    let header: [String]
    let records: [Record]

    /// Reads `path`; throws a `ScenarioError` when the file cannot be read or has no header.
    init(path: String) throws {
        self.path = path
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ScenarioError(diagnostics: [Diagnostic(file: path, field: "", message: "cannot read the file",
                                                         fix: "check that the file exists and is readable")])
        }
        var rows = CSVTable.split(Array(data))
        guard !rows.isEmpty, !(rows[0].fields.count == 1 && rows[0].fields[0].isEmpty) else {
            throw ScenarioError(diagnostics: [Diagnostic(file: path, line: 1, field: "", message: "the file is empty",
                                                         fix: "write a header line with the column names")])
        }
        header = rows.removeFirst().fields.map { $0.trimmingCharacters(in: .whitespaces) }
        records = rows.filter { !($0.fields.count == 1 && $0.fields[0].trimmingCharacters(in: .whitespaces).isEmpty) }
    }

    /// The index of the first of `names` that is a column.
    func column(_ names: String...) -> Int? {
        for n in names { if let i = header.firstIndex(of: n) { return i } }
        return nil
    }

    private static func split(_ bytes: [UInt8]) -> [Record] {
        var records: [Record] = [], fields: [String] = [], field: [UInt8] = []
        var line = 1, recordLine = 1, inQuotes = false, i = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { i = 3 }
        func endField() { fields.append(String(decoding: field, as: UTF8.self)); field.removeAll(keepingCapacity: true) }
        func endRecord() { endField(); records.append(Record(line: recordLine, fields: fields)); fields = [] }
        while i < bytes.count {
            let b = bytes[i]
            if inQuotes {
                if b == UInt8(ascii: "\"") {
                    if i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "\"") { field.append(b); i += 1 } else { inQuotes = false }
                } else {
                    if b == UInt8(ascii: "\n") { line += 1 }
                    field.append(b)
                }
            } else if b == UInt8(ascii: "\"") && field.isEmpty {
                inQuotes = true
            } else if b == UInt8(ascii: ",") {
                endField()
            } else if b == UInt8(ascii: "\n") || b == UInt8(ascii: "\r") {
                if b == UInt8(ascii: "\r"), i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "\n") { i += 1 }
                endRecord(); line += 1; recordLine = line
            } else {
                field.append(b)
            }
            i += 1
        }
        if !field.isEmpty || !fields.isEmpty { endRecord() }
        return records
    }
}
