/// How long the dispatcher takes to decide an order (`Ordered` → `Accepted` or `Rejected`): a fixed
/// time (`min == max`) or one drawn uniformly per order from `min…max` (the run's `.dispatch` stream).
///
/// Orders are decided in the order they arrive: an order's decision never comes before the decision of
/// an earlier order, whatever the draws (a real dispatcher works through its inbox in turn).
public struct DispatchLatency: Hashable, Sendable {
    public var min: SimTime
    public var max: SimTime

    /// No latency: each order is decided in the instant it is made (the peer replays).
    public static let none = DispatchLatency(min: .zero, max: .zero)

    public init(min: SimTime, max: SimTime) {
        precondition(.zero <= min && min <= max, "dispatch latency \(min)…\(max) is not a range of times ≥ 0")
        self.min = min; self.max = max
    }

    public init(fixed: SimTime) { self.init(min: fixed, max: fixed) }

    /// The latency of the order of request `r`.
    func draw(_ r: Int32, _ streams: RandomStreams) -> SimTime {
        guard max > min else { return min }
        var g = streams.stream(.dispatch, index: UInt64(r))
        return SimTime(ms: Int64(g.uniform(Double(min.ms)...Double(max.ms))))
    }
}

/// A vehicle breaking down at a moment: it stops where it is and leaves service for `repair`.
public struct Incident: Hashable, Sendable {
    public var vehicle: Int32
    public var time: SimTime
    public var repair: SimTime
    public init(vehicle: Int32, time: SimTime, repair: SimTime) {
        self.vehicle = vehicle; self.time = time; self.repair = repair
    }
}
