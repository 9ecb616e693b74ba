import Simulation

/// How simulated riders decide, wait, cancel, show up and authenticate: the riders' own behaviour, which
/// lives with them (`SimulatedRiders`), not in the engine. How long a vehicle waits for a rider who is not
/// there is the operator's rule (`SimulationSetup.noShowWait`).
public struct RiderBehaviour: Hashable, Sendable {
    /// Time between receiving offers and ordering one, drawn uniformly per rider.
    public var decisionDelayMin: SimTime
    public var decisionDelayMax: SimTime
    /// The longest wait a rider accepts, drawn uniformly per rider; longer offers are declined.
    public var waitToleranceMin: SimTime
    public var waitToleranceMax: SimTime
    /// Chance that a rider cancels an ordered trip before pickup.
    public var customerCancelProbability: Double
    /// Chance that the integrator cancels an ordered trip before pickup.
    public var integratorCancelProbability: Double
    /// Chance that a rider does not show up at the pickup stop.
    public var noShowProbability: Double
    /// Time from the vehicle's arrival at the pickup until the rider authenticates (boarding
    /// authentication), drawn uniformly per rider; a rider who does not make it within the vehicle's
    /// no-show wait is a no-show.
    public var authenticationDelayMin: SimTime
    public var authenticationDelayMax: SimTime

    public init(
        decisionDelayMin: SimTime = .seconds(5), decisionDelayMax: SimTime = .seconds(45),
        waitToleranceMin: SimTime = .minutes(10), waitToleranceMax: SimTime = .minutes(25),
        customerCancelProbability: Double = 0.03, integratorCancelProbability: Double = 0.005,
        noShowProbability: Double = 0.02,
        authenticationDelayMin: SimTime = .seconds(5), authenticationDelayMax: SimTime = .seconds(60)
    ) {
        self.decisionDelayMin = decisionDelayMin; self.decisionDelayMax = decisionDelayMax
        self.waitToleranceMin = waitToleranceMin; self.waitToleranceMax = waitToleranceMax
        self.customerCancelProbability = customerCancelProbability
        self.integratorCancelProbability = integratorCancelProbability
        self.noShowProbability = noShowProbability
        self.authenticationDelayMin = authenticationDelayMin; self.authenticationDelayMax = authenticationDelayMax
    }
}
