import DataFiles

/// A network CSV file (lower-cased column names) with typed field access that throws `DataFileError`s
/// naming the file, the 1-based line and the column.
struct NetworkCSV {
    let table: CSVTable

    /// Parses `text`; throws if the file is empty or lacks one of the `required` columns.
    init(text: String, file: String, required: [String]) throws(DataFileError) {
        table = try CSVTable(bytes: Array(text.utf8), file: file, required: required, lowercasingHeader: true)
    }

    /// Each data record, blank lines left out.
    var records: [CSVTable.Record] { table.records }

    /// The column index of `name`, if the header has it.
    func column(_ name: String) -> Int? { table.column(name) }

    /// The trimmed text of column `column` (named `name`) in `record`; throws if the record is too short.
    func text(_ record: CSVTable.Record, _ column: Int, _ name: String) throws(DataFileError) -> String {
        try try table.text(record, column, name)
    }

    /// The number in column `column` (named `name`) of `record`; throws if it is not a finite number.
    func number(_ record: CSVTable.Record, _ column: Int, _ name: String, example: String) throws(DataFileError)
        -> Double
    {
        let fix = "write a decimal number with a dot, e.g. \(example)"
        return try try table.number(record, column, name, fix: fix)
    }
}
