import Dispatching
import Reports
import Simulation

/// Where a run's events go: the event log (unless switched off) and the accumulator that makes
/// trips.csv, vehicles.csv and summary.json from the very same stream.
final class RunOutput {
    let directory: String
    let log: EventLogWriter?
    let accumulator = RunAccumulator()
    let counter = EventCounter()
    let sink: any EventSink
    let stats = MatcherStats()

    init(directory: String, options: RunOptions) throws {
        self.directory = directory
        log = options.writesEventLog ? try EventLogWriter(path: directory + "/events.jsonl") : nil
        sink = EventFanOut((log.map { [$0] } ?? []) + [accumulator, counter])
    }

    var events: Int { counter.count }

    /// Closes the log and writes the tables; returns them.
    func finish() throws -> RunTables {
        try log?.finish()
        let tables = accumulator.tables()
        try ResultFiles.writeTables(tables, toDirectory: directory)
        return tables
    }
}

/// Counts events (what the log would hold, also when it is not written).
final class EventCounter: EventSink {
    private(set) var count = 0
    func record(_ event: SimEvent) { count += 1 }
}
