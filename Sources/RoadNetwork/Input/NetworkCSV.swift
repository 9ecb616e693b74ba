import DataFiles

/// A network CSV file (lower-cased column names) with typed field access that throws `NetworkError`s
/// naming the file, the 1-based line and the column.
struct NetworkCSV {
    let table: CSVTable

    /// Parses `text`; throws if the file is empty or lacks one of the `required` columns.
    init(text: String, file: String, required: [String]) throws(NetworkError) {
        table = try NetworkError.reading { () throws(DataFileError) in
            try CSVTable(bytes: Array(text.utf8), file: file, required: required, lowercasingHeader: true)
        }
    }

    /// Each data record, blank lines left out.
    var records: [CSVTable.Record] { table.records }

    /// The column index of `name`, if the header has it.
    func column(_ name: String) -> Int? { table.column(name) }

    /// The trimmed text of column `column` (named `name`) in `record`; throws if the record is too short.
    func text(_ record: CSVTable.Record, _ column: Int, _ name: String) throws(NetworkError) -> String {
        try NetworkError.reading { () throws(DataFileError) in try table.text(record, column, name) }
    }

    /// The number in column `column` (named `name`) of `record`; throws if it is not a finite number.
    func number(_ record: CSVTable.Record, _ column: Int, _ name: String, example: String) throws(NetworkError) -> Double {
        let fix = "write a decimal number with a dot, e.g. \(example)"
        return try NetworkError.reading { () throws(DataFileError) in try table.number(record, column, name, fix: fix) }
    }
}
