/// A result file that could not be written or read: which file, what failed, and why.
public struct ReportsError: Error, CustomStringConvertible, Sendable {
    public var path: String
    public var operation: String
    public var reason: String

    public init(path: String, operation: String, reason: String) {
        self.path = path; self.operation = operation; self.reason = reason
    }

    public var description: String { "\(path): cannot \(operation): \(reason)" }
}
