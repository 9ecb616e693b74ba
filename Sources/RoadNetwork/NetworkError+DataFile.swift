import DataFiles

extension NetworkError {
    /// The same problem as a `NetworkError` (file, line, column, message, fix).
    init(_ error: DataFileError) {
        self.init(file: error.file, line: error.line, field: error.field, message: error.message, fix: error.fix)
    }

    /// Runs `body`, which reads a data file, turning its `DataFileError` into a `NetworkError`.
    static func reading<T>(_ body: () throws(DataFileError) -> T) throws(NetworkError) -> T {
        try DataFileError.map(NetworkError.init, body)
    }
}
