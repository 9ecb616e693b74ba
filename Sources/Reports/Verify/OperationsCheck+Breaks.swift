/// `break:` breaks inside their windows, long enough, and taken by every vehicle that worked past
/// its break's latest end.
extension OperationsCheck {
    /// Tolerance for break times (the log's millisecond rounding).
    static let breakToleranceMs: Int64 = 1

    mutating func takeBreak(_ v: inout Vehicle, _ id: String, _ e: LogLine) {
        let t = secondsText(e.tMs), tol = Self.breakToleranceMs
        guard let w = v.window else {
            violations.append("break: vehicle \(id) \(e.type) at t=\(t), but its shift has no break")
            return
        }
        if e.type == "break_start" {
            if e.tMs < w.earliest - tol {
                violations.append(
                    "break: vehicle \(id) starts its break at t=\(t), before its earliest start \(secondsText(w.earliest))"
                )
            }
            v.breakStartMs = e.tMs; v.breakTaken = true
            return
        }
        guard let start = v.breakStartMs else {
            violations.append("break: vehicle \(id) ends a break at t=\(t) that it never started")
            return
        }
        if e.tMs > w.latestEnd + tol {
            violations.append(
                "break: vehicle \(id) ends its break at t=\(t), after its latest end \(secondsText(w.latestEnd))")
        }
        if e.tMs - start < w.duration - tol {
            violations.append(
                "break: vehicle \(id) breaks \(secondsText(e.tMs - start)) (t=\(secondsText(start)) → \(t)), "
                    + "shorter than its duration \(secondsText(w.duration))")
        }
        v.breakStartMs = nil
    }

    /// At the end of the run: a break still open past its latest end, or a vehicle on shift past the
    /// latest end (until its `shift_end`, else its shift end or the run's end) that never took its break.
    mutating func finishBreak(_ v: Vehicle, _ id: String, endMs: Int64) {
        guard let w = v.window, let ready = v.readyMs else { return }
        if let start = v.breakStartMs, endMs > w.latestEnd + Self.breakToleranceMs {
            violations.append(
                "break: vehicle \(id)'s break from t=\(secondsText(start)) has not ended by its latest end "
                    + "\(secondsText(w.latestEnd))")
        }
        let workedUntil = v.shiftEndedMs ?? min(endMs, v.shiftEndMs)
        if !v.breakTaken && ready < w.latestEnd && workedUntil > w.latestEnd + Self.breakToleranceMs {
            violations.append(
                "break: vehicle \(id) worked past its break's latest end \(secondsText(w.latestEnd)) "
                    + "(on shift t=\(secondsText(ready)) → \(secondsText(workedUntil))) without taking its break")
        }
    }
}
