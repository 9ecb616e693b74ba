/// Bad input in a file ridepool reads: what went wrong, where, and how to fix it. The one error type
/// of every data file reader (CSV and whole files here, stops and service areas in `Geometry`, road
/// networks in `RoadNetwork`); scenario files collect theirs as `Diagnostic`s (`Scenario`).
///
/// `description` reads like `edges.csv line 12: field 'length_m': "ten" is not a number. Fix: …`.
/// GeoJSON has no useful line numbers, so its errors name the member in `field`
/// (`features[12].properties.length_m`); a failed GEOS call keeps GEOS's message verbatim.
public struct DataFileError: LocatedError, Equatable, Sendable {
    /// The file being read, as the caller named it, when there is one.
    public var file: String?
    /// The 1-based line of a text file (the header is line 1), when the problem has one.
    public var line: Int?
    /// The field (column, XML attribute or GeoJSON member) at fault, when there is one.
    public var field: String?
    /// What went wrong.
    public var message: String
    /// How to fix it, when we can say.
    public var fix: String?

    public init(file: String? = nil, line: Int? = nil, field: String? = nil, message: String, fix: String? = nil) {
        self.file = file; self.line = line; self.field = field; self.message = message; self.fix = fix
    }

    public var fileName: String? { file }
    public var fixText: String? { fix }

    /// Runs `body`; a `DataFileError` it throws is handed to `transform`, and the result thrown instead
    /// (for readers that collect problems in an error type of their own, as `Scenario` does).
    public static func map<T, E: Error>(
        _ transform: (DataFileError) -> E,
        _ body: () throws(DataFileError) -> T
    ) throws(E) -> T {
        do { return try body() } catch { throw transform(error) }
    }
}
