import Foundation

/// A CSV file read into a header and records, each record with the line it starts on.
///
/// The parsing follows RFC 4180 (see `CSVParser`). Blank lines are skipped; the header is the first
/// line that is not blank, its names trimmed of whitespace. Fields are kept as they stand (untrimmed);
/// `Record.trimmed(_:)`, `text` and `number` trim them.
public struct CSVTable: Sendable {
    /// One data record.
    public struct Record: Sendable, Equatable {
        /// 1-based line where the record starts (the header is line 1).
        public var line: Int
        /// The record's fields, unquoted but not trimmed.
        public var fields: [String]

        public init(line: Int, fields: [String]) { self.line = line; self.fields = fields }

        /// Field `column` without leading and trailing whitespace.
        public func trimmed(_ column: Int) -> String { fields[column].trimmingWhitespace }

        /// Whether the record is a blank line (one field of whitespace at most).
        var isBlank: Bool { fields.count == 1 && fields[0].trimmingWhitespace.isEmpty }
    }

    /// The file's path, as the caller named it; errors name it.
    public let file: String
    /// The column names, trimmed (and lower-cased when the table was read with `lowercasingHeader`).
    public let header: [String]
    /// The line of the header: 1 unless blank lines come first.
    public let headerLine: Int
    /// The data records, blank lines left out.
    public let records: [Record]

    /// Parses `bytes`; errors name `file`.
    /// - Parameters:
    ///   - required: column names the header must have (after lower-casing, if asked).
    ///   - lowercasingHeader: whether to lower-case the column names.
    /// - Throws: `DataFileError` at line 1 if there is no header, or at the header if it lacks a `required` column.
    public init(bytes: [UInt8], file: String, required: [String] = [], lowercasingHeader: Bool = false)
        throws(DataFileError)
    {
        var rows = CSVParser.records(bytes).filter { !$0.isBlank }
        guard !rows.isEmpty else { throw Self.emptyFile(file, required: required) }
        let first = rows.removeFirst()
        try self.init(
            file: file, header: first, records: rows, required: required, lowercasingHeader: lowercasingHeader)
    }

    static func emptyFile(_ file: String, required: [String]) -> DataFileError {
        DataFileError(
            file: file, line: 1, message: "the file is empty",
            fix: required.isEmpty
                ? "write a header line with the column names"
                : "start the file with the header line \(required.joined(separator: ","))")
    }

    /// A table of `records` under the header record `first`.
    init(
        file: String, header first: Record, records rows: [Record], required: [String], lowercasingHeader: Bool
    ) throws(DataFileError) {
        self.file = file
        let names = first.fields.map(\.trimmingWhitespace)
        header = lowercasingHeader ? names.map { $0.lowercased() } : names
        headerLine = first.line
        records = rows
        let missing = required.filter { !header.contains($0) }
        guard missing.isEmpty else {
            let list = missing.map { "'\($0)'" }.joined(separator: ", ")
            throw DataFileError(
                file: file, line: headerLine,
                message:
                    "missing column\(missing.count > 1 ? "s" : "") \(list); the header has: \(header.joined(separator: ", "))",
                fix:
                    "name the columns \(required.joined(separator: ", ")) in the header (any order; other columns are ignored)"
            )
        }
    }

    /// Reads and parses the file at `path` (gzip-compressed or not; see `DataFile.read(path:)`).
    public init(path: String, required: [String] = [], lowercasingHeader: Bool = false) throws(DataFileError) {
        try self.init(
            bytes: DataFile.read(path: path), file: path, required: required, lowercasingHeader: lowercasingHeader)
    }

    /// The index of the first of `names` that is a column.
    public func column(_ names: String...) -> Int? {
        for name in names { if let i = header.firstIndex(of: name) { return i } }
        return nil
    }
}
