/// Checked access to one field of a record, for readers that stop at the first problem.
extension CSVTable {
    /// The trimmed text of column `column` (named `name`) in `record`.
    /// - Throws: `DataFileError` at the record's line and `name` if the record is too short.
    public func text(_ record: Record, _ column: Int, _ name: String) throws(DataFileError) -> String {
        guard column < record.fields.count else {
            throw DataFileError(
                file: file, line: record.line, field: name,
                message: "missing: the line has \(record.fields.count) fields, but '\(name)' is column \(column + 1)",
                fix: "give every line the columns of the header")
        }
        return record.trimmed(column)
    }

    /// The finite number in column `column` (named `name`) of `record`; `fix` says how to write one.
    /// - Throws: `DataFileError` at the record's line and `name` if the field is missing or not a number.
    public func number(_ record: Record, _ column: Int, _ name: String, fix: String) throws(DataFileError) -> Double {
        let raw = try text(record, column, name)
        guard let value = Double(raw), value.isFinite else {
            throw DataFileError(
                file: file, line: record.line, field: name, message: "\"\(raw)\" is not a number", fix: fix)
        }
        return value
    }
}
