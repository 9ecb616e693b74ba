/// A problem a user must fix (bad options, or a problem found while assembling a run).
///
/// Errors from the layers below (`ScenarioError`, `DataFileError`, `ReportsError`) pass through
/// unchanged; each describes itself with file, location, field and fix.
public struct RidepoolError: Error, CustomStringConvertible, Sendable {
    public var message: String
    public var fix: String
    public init(_ message: String, fix: String) { self.message = message; self.fix = fix }
    public var description: String { "\(message). Fix: \(fix)" }
}
