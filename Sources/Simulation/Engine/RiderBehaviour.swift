/// How simulated riders decide, cancel and fail to show up.
public struct RiderBehaviour: Hashable, Sendable {
    /// Time from receiving offers to ordering or declining, drawn uniformly per rider.
    public var decisionDelayMin: SimTime = .seconds(5)
    public var decisionDelayMax: SimTime = .seconds(45)
    /// The longest wait (desired departure → estimated pickup) a rider accepts, drawn uniformly per rider.
    public var waitToleranceMin: SimTime = .minutes(10)
    public var waitToleranceMax: SimTime = .minutes(25)
    /// Per ordered and accepted trip: the rider cancels before pickup.
    public var customerCancelProbability = 0.03
    /// Per accepted trip: the integrator cancels before pickup.
    public var integratorCancelProbability = 0.005
    /// Per accepted trip: the rider does not come to the stop.
    public var noShowProbability = 0.02
    /// How long a vehicle waits for a missing rider (never longer than other riders' windows allow).
    public var noShowWait: SimTime = .seconds(120)

    public init() {}
}

/// How the service turns insertions into offers.
public struct MatcherOptions: Hashable, Sendable {
    /// Candidate stops per end of the trip (nearest first).
    public var maxStopCandidates = 3
    /// Extra offers per service class beyond the best, each with other stops.
    public var alternatives = 2
    /// How long an offer can be ordered.
    public var offerLifetime: SimTime = .seconds(60)
    /// Cost weights on the new rider's wait and ride; added vehicle time has weight 1.
    public var waitWeight = 0.5
    public var rideWeight = 0.25
    /// Door-to-door trips shorter than this (straight line, metres) get `TRIP_TOO_SHORT`.
    public var minimumTripMetres = 100.0

    public init() {}
}
