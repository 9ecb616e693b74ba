import Simulation

/// The waits between a webhook's attempts: exponential (the first retry delay, doubled per attempt)
/// with jitter, each wait drawn uniformly from half to one and a half times its nominal value, so that
/// retries after a receiver's outage spread out. The jitter comes from a seeded generator: the same
/// seed gives the same waits.
struct WebhookBackoff: Sendable {
    let first: Duration
    var random: SeededGenerator

    init(first: Duration, seed: UInt64) {
        self.first = first
        random = SeededGenerator(seed: seed)
    }

    /// The wait after failed attempt `attempt` (1-based).
    mutating func delay(afterAttempt attempt: Int) -> Duration {
        let nominal = first * (1 << min(attempt - 1, 20))
        return nominal * (0.5 + random.unit())
    }
}
