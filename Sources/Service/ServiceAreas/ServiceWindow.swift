import Simulation

/// One span of service hours on the simulated timeline: trips may depart and arrive in `start..<end`.
public struct ServiceWindow: Hashable, Sendable {
    public var start: SimTime
    /// Exclusive.
    public var end: SimTime

    public init(start: SimTime, end: SimTime) { self.start = start; self.end = end }

    /// The spans of the daily `hours` (around the clock when `nil`: 00:00 to 24:00 each day) that overlap
    /// `period`, in time order: one per day, the first possibly starting the evening before `period`
    /// (hours past midnight).
    /// - Complexity: O(days in `period`).
    public static func daily(_ hours: ServiceHours?, overlapping period: Range<SimTime>) -> [ServiceWindow] {
        let day = SimTime.hours(24).ms
        let start = hours?.start.ms ?? 0, end = hours?.end.ms ?? day
        func dayIndex(_ t: SimTime) -> Int64 { t.ms >= 0 ? t.ms / day : (t.ms - day + 1) / day }
        var windows: [ServiceWindow] = []
        for d in (dayIndex(period.lowerBound) - 1)...dayIndex(period.upperBound) {
            let window = ServiceWindow(start: SimTime(ms: d * day + start), end: SimTime(ms: d * day + end))
            if window.end > period.lowerBound, window.start < period.upperBound { windows.append(window) }
        }
        return windows
    }
}
