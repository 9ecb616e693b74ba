import DataFiles

/// Bad geometry input or a failed GEOS call: what went wrong, where, and how to fix it.
///
/// `description` reads like `service_area.geojson: GEOS could not parse GeoJSON: ParseException: …
/// Fix: …` or `virtual_stops.csv line 7: field 'lat': "abc" is not a number. Fix: …`.
public struct GeometryError: LocatedError, Equatable, Sendable {
    /// The file being read, as the caller named it, when there is one.
    public var file: String?
    /// The 1-based line of a text file (CSV) where the problem is, when there is one.
    public var line: Int?
    /// The field (column or GeoJSON member) at fault, when there is one.
    public var field: String?
    /// What went wrong; includes GEOS's message verbatim when GEOS reported one.
    public var message: String
    /// How to fix it, when we can say.
    public var fix: String?

    public init(file: String? = nil, line: Int? = nil, field: String? = nil, message: String, fix: String? = nil) {
        self.file = file
        self.line = line
        self.field = field
        self.message = message
        self.fix = fix
    }

    public var fileName: String? { file }
    public var fixText: String? { fix }
}
