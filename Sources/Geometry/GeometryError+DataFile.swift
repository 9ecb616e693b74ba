import DataFiles

extension GeometryError {
    /// The same problem as a `GeometryError` (file, line, column, message, fix).
    init(_ error: DataFileError) {
        self.init(file: error.file, line: error.line, field: error.field, message: error.message, fix: error.fix)
    }

    /// Runs `body`, which reads a data file, turning its `DataFileError` into a `GeometryError`.
    static func reading<T>(_ body: () throws(DataFileError) -> T) throws(GeometryError) -> T {
        try DataFileError.map(GeometryError.init, body)
    }
}
