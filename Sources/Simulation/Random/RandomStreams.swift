/// One seeded source per run, split into independent streams by purpose and by entity.
///
/// `stream(.choices, index: 42)` always gives rider 42 the same draws for a given seed, whatever
/// happened to rider 41, and changing how no-shows are drawn never shifts the demand. That is the
/// "split per purpose" rule of DESIGN.md, taken one step further (split per entity, too).
public struct RandomStreams: Sendable {
    /// What a stream is for. New purposes get new cases; never reuse a raw value.
    public enum Purpose: UInt64, Sendable {
        case demand = 1, loads = 2, choices = 3, noShows = 4, cancellations = 5, tokens = 6, customers = 7
        case customerFlags = 8, tripIDs = 9, dispatch = 10, authentication = 11, incidents = 12
        /// Corporate account ids; each simulated customer's tier, default requirements and account.
        case accounts = 13, customerMix = 14
        /// Whether a request without its own booking time is prebooked, and its lead time (`demand.prebooked`).
        case prebooking = 15
    }

    public let seed: UInt64

    public init(seed: UInt64) { self.seed = seed }

    /// A generator for `purpose`, optionally for one entity (a rider's index, say).
    public func stream(_ purpose: Purpose, index: UInt64 = 0) -> SeededGenerator {
        SeededGenerator(seed: mix(mix(seed ^ 0x5EED_0000_0000_0000, purpose.rawValue), index))
    }

    private func mix(_ a: UInt64, _ b: UInt64) -> UInt64 {
        var z = a &+ 0x9E37_79B9_7F4A_7C15 &* (b &+ 1)
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
