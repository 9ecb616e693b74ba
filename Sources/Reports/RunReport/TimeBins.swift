import Simulation

/// The report's 15-minute bins (`RunSeries.binSeconds`): counts of events, and time (vehicle- or
/// plug-milliseconds) spread over the bins an interval overlaps. Bin `i` is [i × 15 min, (i + 1) × 15 min).
enum TimeBins {
    static let binMs: Int64 = 900_000

    /// Counts one event at `t` (times before midnight count in bin 0).
    static func count(_ bins: inout [Int], _ t: SimTime) {
        let i = Int(max(0, t.ms) / binMs)
        if i >= bins.count { bins.append(contentsOf: repeatElement(0, count: i - bins.count + 1)) }
        bins[i] += 1
    }

    /// Adds the overlap of [a, b) with each bin, times `weight`.
    /// - Complexity: O(bins spanned).
    static func add(_ bins: inout [Int64], from a: SimTime, to b: SimTime, weight: Int64 = 1) {
        let lo = max(0, a.ms), hi = b.ms
        guard hi > lo else { return }
        let last = Int((hi - 1) / binMs)
        if last >= bins.count { bins.append(contentsOf: repeatElement(0, count: last - bins.count + 1)) }
        var i = Int(lo / binMs)
        while i <= last {
            let start = max(lo, Int64(i) * binMs), end = min(hi, Int64(i + 1) * binMs)
            bins[i] += (end - start) * weight
            i += 1
        }
    }
}
