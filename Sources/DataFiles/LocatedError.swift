/// Bad input that says where it is and how to fix it: the shape of every input error in ridepool.
///
/// Each layer keeps its own error type (so callers can catch by layer); they share this one way of
/// reading: `network_edges.csv line 12: field 'length_m': -3 must be > 0. Fix: …`.
public protocol LocatedError: Error, CustomStringConvertible {
    /// The file being read, when there is one.
    var fileName: String? { get }
    /// The 1-based line of a text file, when there is one.
    var line: Int? { get }
    /// The field (column, attribute, member) at fault, when there is one.
    var field: String? { get }
    /// What went wrong.
    var message: String { get }
    /// How to fix it, when we can say.
    var fixText: String? { get }
}

extension LocatedError {
    public var description: String {
        var place = fileName ?? ""
        if let line { place += place.isEmpty ? "line \(line)" : " line \(line)" }
        var text = place.isEmpty ? "" : place + ": "
        if let field { text += "field '\(field)': " }
        text += message
        if let fix = fixText {
            if let last = message.last, !".!?".contains(last) { text += "." }
            text += " Fix: " + fix
        }
        return text
    }
}
