/// Percentiles by the nearest-rank method.
///
/// For `n` sorted values and `0 < p ≤ 100`, the p-th percentile is the value at rank
/// `⌈p/100 × n⌉` (1-based); `p = 0` gives the smallest value. The result is always one of the
/// values (no interpolation), e.g. p50 of [1, 2, 3, 4] is 2 and p95 of 20 values is the 19th.
public enum Percentile {
    /// The nearest-rank percentile of `sorted` (ascending); `nil` when empty.
    public static func nearestRank(_ sorted: [Double], _ p: Double) -> Double? {
        guard !sorted.isEmpty else { return nil }
        let rank = Int((p / 100 * Double(sorted.count)).rounded(.up))
        return sorted[min(max(rank, 1), sorted.count) - 1]
    }
}
