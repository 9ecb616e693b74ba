import DataFiles
import Simulation

/// Time-of-day congestion: 24 hourly factors that multiply free-flow travel times by departure hour.
///
/// Hour h covers [h:00, h+1:00) of the scenario day; times past midnight wrap to the next day's hours.
/// A whole trip takes the factor of the hour it departs in (no change of factor en route).
public struct CongestionProfile: Sendable, Hashable {
    /// The factor for hours 0…23 (each > 0; 1 is free flow).
    public let factors: [Double]
    /// The smallest factor: travel can be at most 1/minFactor times faster than free flow.
    public let minFactor: Double

    /// No congestion: every factor is 1.
    public static let freeFlow = try! CongestionProfile(factors: Array(repeating: 1, count: 24))

    /// - Throws: `DataFileError` unless there are exactly 24 finite factors, each > 0.
    public init(factors: [Double]) throws(DataFileError) {
        guard factors.count == 24 else {
            throw DataFileError(
                field: "congestion", message: "\(factors.count) hourly factors given, 24 needed",
                fix: "give one factor per hour 0…23 (1 for free flow)")
        }
        for (h, f) in factors.enumerated() where !(f.isFinite && f > 0) {
            throw DataFileError(
                field: "congestion[\(h)]", message: "\(f) must be a number > 0",
                fix: "give each hour a travel-time multiplier such as 1 (free flow) or 1.4 (40 % slower)")
        }
        self.factors = factors
        minFactor = factors.min()!
    }

    /// The factor for a departure at `time`.
    /// - Complexity: O(1).
    @inline(__always) public func factor(at time: SimTime) -> Double { factors[Self.hour(of: time)] }

    /// `ms` free-flow milliseconds scaled by the factor of `time`, rounded to the millisecond.
    /// - Complexity: O(1).
    @inline(__always) public func scale(_ ms: Int64, at time: SimTime) -> Int64 {
        Self.scale(ms, by: factor(at: time))
    }

    /// The hour 0…23 that `time` falls in (times before midnight wrap to the previous day's hours).
    @inline(__always) static func hour(of time: SimTime) -> Int {
        let hours = time.ms >= 0 ? time.ms / 3_600_000 : (time.ms + 1) / 3_600_000 - 1  // floor division
        let hour = Int(hours % 24)
        return hour < 0 ? hour + 24 : hour
    }

    /// `ms` scaled by `factor`, rounded to the millisecond: the one rule for every congested time.
    @inline(__always) static func scale(_ ms: Int64, by factor: Double) -> Int64 {
        factor == 1 ? ms : roundedMilliseconds(Double(ms) * factor)
    }
}
