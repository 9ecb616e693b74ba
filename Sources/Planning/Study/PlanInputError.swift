import Reports

/// A problem with what the user asked `ridepool plan` for (a target, a range, a shard, a shard file).
public struct PlanInputError: Error, CustomStringConvertible, Sendable, Equatable {
    public var message: String
    public var fix: String
    public init(_ message: String, fix: String) { self.message = message; self.fix = fix }
    public var description: String { "\(message). Fix: \(fix)" }
}
