import Foundation

/// Checks a finished run directory from its files alone: `events.jsonl` and `trips.csv`.
///
/// Independent by construction: it parses the files with `JSONSerialization` and a plain CSV reader,
/// and uses neither the engine nor `RunAccumulator`. Checks, each reported with its prefix:
/// - `capacity:` no vehicle ever carries more than its capacity in any dimension (seats minus seats
///   folded by wheelchairs in use, wheelchair places, each child-seat kind);
/// - `transition:` each trip moves only along legal transitions, nothing follows a terminal state,
///   pickups, drop-offs and no-shows happen at the vehicle that holds the trip, a re-dispatch moves the
///   trip from that vehicle, boarding authentication happens only at (and before every pickup by) a
///   vehicle whose type needs it;
/// - `promise:` a trip is terminated only by a breakdown of its vehicle logged at the same moment (a
///   prebooking no vehicle could take excepted: `prebooking:`);
/// - `window:` every pickup lies in the offered window (1 ms tolerance);
/// - `ride:` ride time ≤ `max_ride_s` and drop-off ≤ `offered_dropoff_latest_s`;
/// - `travel:` / `place:` legs take at least great-circle × detour ÷ speed of the run's travel model
///   (0.051 s tolerance), vehicles leave from where they arrived, and serve riders where they stand;
/// - `state:` trips.csv and the log agree on every trip's final state; non-terminal trips are
///   `UNFINISHED`; `run_ended` counts the ordered trips left unfinished;
/// - `log:` the log's framing (`run_started` first, `run_ended` last, known ids).
/// - fleet operations (`OperationsCheck`): `energy:` the state of charge never below zero; `charging:`
///   plugs within the depot's count, never shared, every charge ended before the next or leaving;
///   `break:` breaks inside their windows, long enough, taken when the shift runs past the window;
///   `shift:` no pickup or drop-off after the shift's end or the vehicle's `shift_end`.
/// - dispatch (`LogReplay+Dispatch`): `prebooking:` a prebooked trip is assigned only once, served only
///   after its `assign`, and by the log's end assigned, terminated `PREBOOKING_UNASSIGNABLE` or
///   cancelled; `reoptimisation:` a re-optimisation move never takes a rider already picked up, and
///   every such move belongs to a `reoptimised` round at its moment that counts it.
public enum Verifier {
    public static func verify(runDirectory: String) throws -> VerificationReport {
        let lines = try LogLine.readAll(runDirectory + "/" + ResultFiles.eventsFile)
        let rows = try TripsTable(path: runDirectory + "/" + ResultFiles.tripsFile)
        var replay = LogReplay()
        for line in lines { replay.process(line) }
        replay.finish(rows: rows)
        return VerificationReport(
            violations: replay.violations, checked: (rows.rows.count, lines.count),
            unfinished: replay.trips.values.filter { !$0.isTerminal }.count)
    }
}
