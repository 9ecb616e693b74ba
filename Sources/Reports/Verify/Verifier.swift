import Foundation

/// Checks a finished run directory from its files alone: `events.jsonl` and `trips.csv`.
///
/// Independent by construction: it parses the files with `JSONSerialization` and a plain CSV reader,
/// and uses neither the engine nor `RunAccumulator`. Checks, each reported with its prefix:
/// - `capacity:` no vehicle ever carries more than its capacity in any dimension (seats minus seats
///   folded by wheelchairs in use, wheelchair places, each child-seat kind);
/// - `transition:` each trip moves only along legal transitions, nothing follows a terminal state,
///   and pickups, drop-offs and no-shows happen at the vehicle that accepted the trip;
/// - `window:` every pickup lies in the offered window (1 ms tolerance);
/// - `ride:` ride time ≤ `max_ride_s` and drop-off ≤ `offered_dropoff_latest_s`;
/// - `travel:` / `place:` legs take at least great-circle × detour ÷ speed of the run's travel model
///   (0.051 s tolerance), vehicles leave from where they arrived, and serve riders where they stand;
/// - `state:` trips.csv and the log agree on every trip's final state; non-terminal trips are
///   `UNFINISHED`; `run_ended` counts the ordered trips left unfinished;
/// - `log:` the log's framing (`run_started` first, `run_ended` last, known ids).
public enum Verifier {
    public static func verify(runDirectory: String) throws -> VerificationReport {
        let lines = try LogLine.readAll(runDirectory + "/" + ResultFiles.eventsFile)
        let rows = try TripsTable(path: runDirectory + "/" + ResultFiles.tripsFile)
        var replay = LogReplay()
        for line in lines { replay.process(line) }
        replay.finish(rows: rows)
        return VerificationReport(violations: replay.violations, checked: (rows.rows.count, lines.count),
                                  unfinished: replay.trips.values.filter { !$0.isTerminal }.count)
    }
}

/// `trips.csv` read back as text fields by column name.
struct TripsTable {
    var rows: [[String: String]] = []

    init(path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ReportsError(path: path, operation: "read", reason: "missing or unreadable")
        }
        let records = CSVFormat.parse(String(decoding: data, as: UTF8.self))
        guard let head = records.first else { throw ReportsError(path: path, operation: "parse", reason: "no header line") }
        for needed in ["trip_id", "final_state", "reason", "offered_pickup_earliest_s", "offered_pickup_latest_s",
                       "offered_dropoff_latest_s", "max_ride_s"] where !head.contains(needed) {
            throw ReportsError(path: path, operation: "parse", reason: "no column \(needed)")
        }
        for (n, r) in records.dropFirst().enumerated() {
            guard r.count == head.count else {
                throw ReportsError(path: "\(path):\(n + 2)", operation: "parse", reason: "\(r.count) fields, header has \(head.count)")
            }
            rows.append(Dictionary(uniqueKeysWithValues: zip(head, r)))
        }
    }

    /// A seconds column as milliseconds (`nil` when empty or not a number).
    static func ms(_ row: [String: String], _ column: String) -> Int64? {
        guard let s = row[column], let d = Double(s) else { return nil }
        return Int64((d * 1000).rounded())
    }
}
