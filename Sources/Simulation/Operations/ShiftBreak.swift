/// A driver's break: at least `duration` long, inside `[earliestStart, latestEnd]`.
///
/// As MATSim's shift breaks (`earliestStart`, `latestEnd`, `duration`); unlike there, the break is a
/// planned stop from the shift's start, so dispatch never takes a ride that would push it out of its
/// window (see `VehiclePlan`).
public struct ShiftBreak: Hashable, Sendable {
    public var earliestStart: SimTime
    public var latestEnd: SimTime
    public var duration: SimTime

    public init(earliestStart: SimTime, latestEnd: SimTime, duration: SimTime) {
        self.earliestStart = earliestStart; self.latestEnd = latestEnd; self.duration = duration
    }

    /// The latest moment the break may begin.
    public var latestStart: SimTime { latestEnd - duration }
}

/// Where drivers take their breaks.
public enum BreakPlace: String, Hashable, Sendable, CaseIterable {
    /// At the vehicle's depot (parking, facilities).
    case depot
    /// Where the vehicle is when the break is due (its last stop), if that keeps every promise;
    /// otherwise at the depot.
    case stop
}
