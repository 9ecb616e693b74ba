import Foundation
import Service
import Simulation
import SwiftProtobuf

/// The sandbox's clock: simulated time runs at `speed` × real time from where it starts, and the
/// API's timestamps show it on the server's start day (UTC): simulated 07:00 is `<today>T07:00:00Z`.
///
/// Two modes (`ClockMode`): `wall` (the default of `ridepool serve`) starts at the current time of
/// day, so simulated time is wall-clock time (at speed 1) and a client's `departure_time` of now means
/// now; `scenario` starts at the scenario's start, keeping its morning whatever the hour. Every
/// response tells the clock in `ridepool-sim-time`.
public struct SimulatedClock: Sendable {
    /// Real instant at which simulated time was `simOrigin`.
    let wallOrigin: ContinuousClock.Instant
    let simOrigin: SimTime
    /// Simulated seconds per real second.
    public let speed: Double
    /// Unix time (ms) of the scenario day's midnight.
    let dayStartUnixMs: Int64

    /// A clock that starts now at simulated `start`, on today's date (UTC).
    public init(start: SimTime, speed: Double, wallOrigin: ContinuousClock.Instant = .now, today: Date = Date()) {
        precondition(speed > 0 && speed.isFinite, "the clock's speed must be positive")
        self.wallOrigin = wallOrigin; simOrigin = start; self.speed = speed
        dayStartUnixMs = Int64((today.timeIntervalSince1970 / 86_400).rounded(.down)) * 86_400_000
    }

    /// A clock that starts at the wall-clock instant `wallNow`: simulated time is its time of day (UTC)
    /// on its date, so `timestamp(simTime())` is `wallNow` when the clock starts.
    public init(wallNow: Date, speed: Double, wallOrigin: ContinuousClock.Instant = .now) {
        let unixMs = Int64((wallNow.timeIntervalSince1970 * 1000).rounded(.down))
        let midnight = (unixMs >= 0 ? unixMs / 86_400_000 : (unixMs - 86_399_999) / 86_400_000) * 86_400_000
        self.init(start: SimTime(ms: unixMs - midnight), speed: speed, wallOrigin: wallOrigin, today: wallNow)
    }

    /// Where simulated time stood when the clock started.
    public var start: SimTime { simOrigin }

    /// Simulated time at the real instant `instant`.
    public func simTime(at instant: ContinuousClock.Instant = .now) -> SimTime {
        let elapsed = instant - wallOrigin
        let ms = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        return simOrigin + SimTime(ms: Int64(max(0, ms) * speed))
    }

    /// The real duration until simulated time reaches `time` (zero if it has).
    public func realDelay(until time: SimTime, from instant: ContinuousClock.Instant = .now) -> Duration {
        let ahead = Double((time - simTime(at: instant)).ms) / speed
        return ahead > 0 ? .milliseconds(Int64(ahead.rounded(.up))) : .zero
    }

    public func timestamp(_ time: SimTime) -> Google_Protobuf_Timestamp {
        let ms = dayStartUnixMs + time.ms
        let seconds = ms >= 0 ? ms / 1000 : (ms - 999) / 1000
        return Google_Protobuf_Timestamp(seconds: seconds, nanos: Int32((ms - seconds * 1000) * 1_000_000))
    }

    public func rfc3339(_ time: SimTime) -> String {
        Date(timeIntervalSince1970: Double(dayStartUnixMs + time.ms) / 1000)
            .formatted(
                .iso8601.year().month().day().time(includingFractionalSeconds: false).timeZone(separator: .omitted))
    }

    /// The simulated time of an API timestamp; a violation on `field` for timestamps outside
    /// protobuf's valid range (years 1 to 9999) or with invalid nanos.
    func simTime(_ timestamp: Google_Protobuf_Timestamp, field: String) throws(ServiceError) -> SimTime {
        guard (-62_135_596_800...253_402_300_799).contains(timestamp.seconds),
            (0..<1_000_000_000).contains(timestamp.nanos)
        else {
            throw .invalidArgument(
                "\(field) is not a valid timestamp",
                [FieldViolation(field: field, description: "give an RFC 3339 time between years 1 and 9999")])
        }
        return SimTime(ms: timestamp.seconds * 1000 + Int64(timestamp.nanos / 1_000_000) - dayStartUnixMs)
    }
}
