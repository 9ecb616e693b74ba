import Foundation

/// Where the sandbox's simulated clock starts (`ridepool serve --clock`).
public enum ClockMode: Sendable, Equatable {
    /// At the wall clock's time of day (`now`, UTC) on its date: a client's `departure_time` of now
    /// means now. The run still starts at the scenario's start and is caught up to that time of day at
    /// once (the scenario's own riders before it ride, in simulated time, as fast as the machine runs);
    /// before the scenario's start the clock waits there; past its end (`end + drain`) the city stands still.
    case wall(now: Date)
    /// At the scenario's start, on today's date (UTC): its morning, whatever the hour.
    case scenario
}
