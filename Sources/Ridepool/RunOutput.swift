import Dispatching
import Reports
import Simulation

/// Where a run's events go: the event log (unless switched off) and the accumulator that makes
/// trips.csv, vehicles.csv and summary.json from the very same stream.
final class RunOutput {
    let directory: String
    let log: EventLogWriter?
    let accumulator = RunAccumulator()
    let sink: any EventSink
    let stats = MatcherStats()

    init(directory: String, options: RunOptions) throws {
        self.directory = directory
        log = options.writesEventLog ? try EventLogWriter(path: directory + "/events.jsonl") : nil
        // Without a log, the engine feeds the accumulator directly (one call per event, not three).
        if let log { sink = EventFanOut([log, accumulator]) } else { sink = accumulator }
    }

    /// Events so far (what the log holds, or would hold when it is not written).
    var events: Int { accumulator.eventCount }

    /// Closes the log and writes the tables; returns them.
    func finish() throws -> RunTables {
        try log?.finish()
        let tables = accumulator.tables()
        try ResultFiles.writeTables(tables, toDirectory: directory)
        return tables
    }
}
