/// Tuning of the pooling matcher.
public struct MatcherOptions: Hashable, Sendable {
    /// Candidate stops considered at each end of a trip (≥ 1).
    public var maxStopCandidates: Int
    /// Extra offers per service class using other stops (≥ 0).
    public var alternatives: Int
    /// How long an offer can be ordered.
    public var offerLifetime: SimTime
    /// Cost weight on the new rider's wait, added to the added vehicle time (seconds per second, ≥ 0).
    public var waitWeight: Double
    /// Cost weight on the new rider's ride time (seconds per second, ≥ 0).
    public var rideWeight: Double
    /// Door-to-door trips shorter than this (straight line, metres) get `TRIP_TOO_SHORT`.
    public var minimumTripMetres: Double

    public init(
        maxStopCandidates: Int = 3, alternatives: Int = 2, offerLifetime: SimTime = .seconds(60),
        waitWeight: Double = 1, rideWeight: Double = 1, minimumTripMetres: Double = 100
    ) {
        self.maxStopCandidates = maxStopCandidates; self.alternatives = alternatives
        self.offerLifetime = offerLifetime; self.waitWeight = waitWeight; self.rideWeight = rideWeight
        self.minimumTripMetres = minimumTripMetres
    }
}
