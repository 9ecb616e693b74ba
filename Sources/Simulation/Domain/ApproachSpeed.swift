/// How fast a rider walks to the pickup stop and from the drop-off stop.
public enum ApproachSpeed: String, Sendable, Hashable, CaseIterable {
    case slow = "SLOW", medium = "MEDIUM", fast = "FAST"
}

/// Walking speeds (m/s) per approach speed, and what walking costs a rider.
public struct WalkingModel: Sendable, Hashable {
    public var slow: Double = 0.9
    public var medium: Double = 1.25
    public var fast: Double = 1.6
    /// Walked distance ÷ straight-line distance.
    public var detourFactor: Double = 1.3
    /// The longest walk a rider accepts to or from a stop.
    public var maxWalk: SimTime = .minutes(10)
    /// The longest walk for riders who ask for visual-impairment support.
    public var maxWalkVisuallyImpaired: SimTime = .minutes(5)

    public init() {}

    public func speed(_ s: ApproachSpeed) -> Double {
        switch s {
        case .slow: slow;
        case .medium: medium;
        case .fast: fast
        }
    }

    /// The straight-line radius (m) within which a stop is in walking reach.
    public func reach(_ s: ApproachSpeed, visuallyImpaired: Bool) -> Double {
        let limit = visuallyImpaired ? min(maxWalk, maxWalkVisuallyImpaired) : maxWalk
        return limit.seconds * speed(s) / detourFactor
    }

    /// Walk (duration, distance in m) over a straight-line distance.
    public func walk(straightLine metres: Double, speed s: ApproachSpeed) -> (duration: SimTime, distance: Double) {
        let d = metres * detourFactor
        return (.seconds(d / speed(s)), d)
    }
}
