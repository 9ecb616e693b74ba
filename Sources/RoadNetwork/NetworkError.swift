import DataFiles

/// Bad network input (or a failed cache or file operation): what went wrong, where, and how to fix it.
///
/// `description` reads like `network_edges.csv line 12: field 'length_m': -3 must be > 0. Fix: …`.
/// GeoJSON has no useful line numbers, so its errors name the feature in `field`
/// (`features[12].properties.length_m`).
public struct NetworkError: LocatedError, Equatable, Sendable {
    /// The file being read, as the caller named it, when there is one.
    public var file: String?
    /// The 1-based line of a text file (CSV, XML) where the problem is, when there is one.
    public var line: Int?
    /// The field (column, XML attribute or GeoJSON member) at fault, when there is one.
    public var field: String?
    /// What went wrong.
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
