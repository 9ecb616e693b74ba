/// Reading a CSV file record by record: for files too large to hold as fields (a peer workload's
/// 100,000 requests as strings took more memory than the whole simulation of them).
extension CSVTable {
    /// Parses `bytes` record by record, for files too large to hold as fields: `body` gets each data
    /// record in order (blank lines left out) with the table of the header alone (no records), and no
    /// record is kept. Returns that header table. Errors as `init(bytes:file:required:lowercasingHeader:)`'s,
    /// before any record; `body`'s own errors pass through.
    @discardableResult
    public static func forEachRecord(
        bytes: [UInt8], file: String, required: [String] = [], lowercasingHeader: Bool = false,
        _ body: (CSVTable, Record) throws -> Void
    ) throws -> CSVTable {
        var header: CSVTable?
        try CSVParser.forEachRecord(bytes) { record in
            guard !record.isBlank else { return }
            guard let table = header else {
                header = try CSVTable(
                    file: file, header: record, records: [], required: required, lowercasingHeader: lowercasingHeader)
                return
            }
            try body(table, record)
        }
        guard let header else { throw emptyFile(file, required: required) }
        return header
    }

    /// The same, for the file at `path` (gzip-compressed or not).
    @discardableResult
    public static func forEachRecord(
        path: String, required: [String] = [], lowercasingHeader: Bool = false,
        _ body: (CSVTable, Record) throws -> Void
    ) throws -> CSVTable {
        try forEachRecord(
            bytes: DataFile.read(path: path), file: path, required: required, lowercasingHeader: lowercasingHeader,
            body)
    }
}
