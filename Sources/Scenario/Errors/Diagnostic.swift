/// One problem found in a scenario or data file: what, where, and how to fix it.
///
/// `description` reads like a compiler message:
/// `scenarios/x.yaml:12:5: fleet.vehicles[0].count: must be a positive integer, got -3. Fix: …`
public struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file's path, as given by the caller or resolved from the scenario.
    public var file: String
    /// 1-based line: the YAML line, or the CSV line (the header is line 1). `nil` for the whole file.
    public var line: Int?
    /// 1-based column (YAML only).
    public var column: Int?
    /// Dotted path of the field (`fleet.vehicles[0].count`), or the CSV column name.
    public var field: String
    /// What is wrong, with the offending value where there is one.
    public var message: String
    /// How to fix it.
    public var fix: String

    public init(file: String, line: Int? = nil, column: Int? = nil, field: String, message: String, fix: String) {
        self.file = file; self.line = line; self.column = column
        self.field = field; self.message = message; self.fix = fix
    }

    public var description: String {
        var location = file
        if let line { location += ":\(line)"; if let column { location += ":\(column)" } }
        let head = field.isEmpty ? "" : "\(field): "
        let tail = fix.isEmpty ? "" : " Fix: \(fix)"
        return "\(location): \(head)\(message).\(tail)"
    }
}
