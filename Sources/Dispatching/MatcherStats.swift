/// Counters a matcher keeps for benchmarks (`ridepool bench`): shared by reference, so that the run
/// can read them after the engine is done with the matcher.
public final class MatcherStats: @unchecked Sendable {
    /// Vehicle plans handed to the insertion search (each O(n²) O(1)-checks for n planned stops).
    public var vehicleSearches = 0
    /// Queries over the whole fleet.
    public var queries = 0
    public init() {}
}
