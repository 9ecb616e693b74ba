/// What `Verifier` found in a run directory.
public struct VerificationReport: Sendable {
    /// One human-readable line per violation, naming the check, trip or vehicle, time and values,
    /// e.g. `capacity: vehicle v1 at t=25410s after pickup of trip r7: seats 5 > 4`.
    public var violations: [String]
    /// How many trips (rows of trips.csv) and events (lines of events.jsonl) were checked.
    public var checked: (trips: Int, events: Int)
    /// Trips not in a terminal state when the log ends (counted, not violations, if trips.csv says `UNFINISHED`).
    public var unfinished: Int

    public var passed: Bool { violations.isEmpty }

    public init(violations: [String], checked: (trips: Int, events: Int), unfinished: Int) {
        self.violations = violations; self.checked = checked; self.unfinished = unfinished
    }
}
