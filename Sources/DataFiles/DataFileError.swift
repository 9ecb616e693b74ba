/// A data file that cannot be read: what went wrong, where, and how to fix it.
///
/// `description` reads like `edges.csv line 12: field 'length_m': "ten" is not a number. Fix: …`.
/// Each reading target turns it into its own error type (see `map(_:_:)`).
public struct DataFileError: LocatedError, Equatable, Sendable {
    /// The file being read, as the caller named it.
    public var file: String
    /// The 1-based line (the header is line 1), when the problem has one.
    public var line: Int?
    /// The column at fault, when there is one.
    public var field: String?
    /// What went wrong.
    public var message: String
    /// How to fix it.
    public var fix: String

    public init(file: String, line: Int? = nil, field: String? = nil, message: String, fix: String) {
        self.file = file; self.line = line; self.field = field; self.message = message; self.fix = fix
    }

    public var fileName: String? { file }
    public var fixText: String? { fix }

    /// Runs `body`; a `DataFileError` it throws is handed to `transform`, and the result thrown instead.
    public static func map<T, E: Error>(_ transform: (DataFileError) -> E,
                                        _ body: () throws(DataFileError) -> T) throws(E) -> T {
        do { return try body() } catch { throw transform(error) }
    }
}
