/// Reading a CSV file record by record: for files too large to hold as fields (a peer workload's
/// 100,000 requests as strings took more memory than the whole simulation of them).
extension CSVTable {
    /// Parses `bytes` record by record, for files too large to hold as fields: `header` gets the table
    /// of the header alone (no records) once, before any record, then `body` each data record in order
    /// (blank lines left out) with that table; no record is kept. Returns the header table. Errors as
    /// `init(bytes:file:required:lowercasingHeader:)`'s, before any record; `header`'s and `body`'s own
    /// errors pass through.
    @discardableResult
    public static func forEachRecord(
        bytes: [UInt8], file: String, required: [String] = [], lowercasingHeader: Bool = false,
        header readHeader: (CSVTable) throws -> Void = { _ in }, _ body: (CSVTable, Record) throws -> Void
    ) throws -> CSVTable {
        var header: CSVTable?
        try CSVParser.forEachRecord(bytes) { record in
            guard !record.isBlank else { return }
            guard let table = header else {
                let table = try CSVTable(
                    file: file, header: record, records: [], required: required, lowercasingHeader: lowercasingHeader)
                try readHeader(table)
                header = table
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
        header readHeader: (CSVTable) throws -> Void = { _ in }, _ body: (CSVTable, Record) throws -> Void
    ) throws -> CSVTable {
        try forEachRecord(
            bytes: DataFile.read(path: path), file: path, required: required, lowercasingHeader: lowercasingHeader,
            header: readHeader, body)
    }
}
