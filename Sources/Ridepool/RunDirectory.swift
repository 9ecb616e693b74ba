import Dispatching
import Foundation
import Reports
import Scenario
import Simulation

/// A run's directory, set up the same way by `ridepool run`, a workload replay and `ridepool serve`.
///
/// Creating it makes `<outputRoot>/<scenario>/<runID>/`, writes `scenario.resolved.yaml` and opens
/// where the events go: the event log (unless switched off) and the accumulator that makes
/// trips.csv, vehicles.csv and summary.json from the very same stream. `finish` writes those files
/// (and `report.html` when given the service area); `result` says what the run left behind.
final class RunDirectory {
    /// The scenario as it ran, overrides applied, paths relative to the run directory.
    static let resolvedScenarioFile = "scenario.resolved.yaml"

    let path: String
    let log: EventLogWriter?
    let accumulator = RunAccumulator()
    /// Where the engine sends its events.
    let sink: any EventSink
    let stats = MatcherStats()

    /// Creates the directory for `spec` (overrides applied), writes the resolved scenario and opens the event log.
    init(spec: ScenarioSpec, options: RunOptions) throws {
        path = options.outputRoot + "/" + spec.name + "/" + options.runID
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw RidepoolError(
                "cannot create the run directory \(path): \(error.localizedDescription)",
                fix: "choose a writable folder with --out")
        }
        try ResultFiles.writeText(spec.resolvedYAML(pathsRelativeTo: path), to: path + "/" + Self.resolvedScenarioFile)
        log = options.writesEventLog ? try EventLogWriter(path: path + "/events.jsonl") : nil
        // Without a log, the engine feeds the accumulator directly (one call per event, not three).
        if let log { sink = EventFanOut([log, accumulator]) } else { sink = accumulator }
    }

    /// Events so far (what the log holds, or would hold when it is not written).
    var events: Int { accumulator.eventCount }

    /// Writes the tables, and `report.html` (atomically) if `serviceArea` is given, then closes the log.
    /// Reports draws the report, the service area's rings come from the run's GEOS geometry as plain
    /// coordinates. The report is drawn on a second thread while the tables are written (both only read
    /// the finished accumulator), and the log's own thread drains meanwhile.
    func finish(reportingServiceArea serviceArea: [[GeoPoint]]? = nil) throws -> RunTables {
        // The simulation is over and its engine gone: its freed pages go back before the rows are made.
        ProcessMemory.returnFreedMemory()
        let tables = accumulator.takeTables()
        nonisolated(unsafe) let accumulator = accumulator
        let report = serviceArea.map { area in
            Background { accumulator.reportHTML(tables: tables, serviceArea: area) }
        }
        try ResultFiles.writeTables(tables, toDirectory: path)
        if let report { try ResultFiles.writeText(report.value(), to: path + "/" + RunScenario.reportFile) }
        try log?.finish()
        return tables
    }

    /// What the run left behind, once `finish` has written `tables`.
    func result(tables: RunTables, requests: Int, vehicles: Int, unfinished: Int, notes: [String]) -> RunResult {
        RunResult(
            directory: path, summary: tables.summary, requests: requests, vehicles: vehicles, events: events,
            unfinished: unfinished, notes: notes, vehicleSearches: stats.vehicleSearches)
    }
}
