/// Writes a run's result files, each atomically (`<path>.partial`, fsync, rename).
public enum ResultFiles {
    public static let tripsFile = "trips.csv"
    public static let vehiclesFile = "vehicles.csv"
    public static let summaryFile = "summary.json"
    public static let eventsFile = "events.jsonl"

    /// `trips.csv`; `withAccounts` appends `TripRow.accountColumns`, then `withPrebooking`
    /// `TripRow.prebookingColumns`.
    public static func writeTrips(
        _ rows: [TripRow], to path: String, withAccounts: Bool = false, withPrebooking: Bool = false
    ) throws {
        let columns =
            TripRow.csvColumns + (withAccounts ? TripRow.accountColumns : [])
            + (withPrebooking ? TripRow.prebookingColumns : [])
        try writeTable(
            columns,
            rows.lazy.map {
                $0.csvFields + (withAccounts ? $0.accountFields : []) + (withPrebooking ? $0.prebookingFields : [])
            }, to: path)
    }

    /// `vehicles.csv`; `withOperations` appends `VehicleOperations.csvColumns` (empty fields for a row without).
    public static func writeVehicles(_ rows: [VehicleRow], to path: String, withOperations: Bool = false) throws {
        guard withOperations else { return try writeTable(VehicleRow.csvColumns, rows.lazy.map(\.csvFields), to: path) }
        let empty = [String](repeating: "", count: VehicleOperations.csvColumns.count)
        try writeTable(
            VehicleRow.csvColumns + VehicleOperations.csvColumns,
            rows.lazy.map { $0.csvFields + ($0.operations?.csvFields ?? empty) }, to: path)
    }

    /// A CSV table, header first, streamed row by row (a large table is never held whole as text).
    static func writeTable(_ columns: [String], _ records: some Sequence<[String]>, to path: String) throws {
        try AtomicFile.write(to: path) { file in
            file.writeCSVLine(columns)
            for fields in records { file.writeCSVLine(fields) }
        }
    }

    public static func writeSummary(_ summary: Summary, to path: String) throws {
        try AtomicFile.write(summary.json, to: path)
    }

    /// Any text file of the run (resolved scenario, report).
    public static func writeText(_ text: String, to path: String) throws {
        try AtomicFile.write(text, to: path)
    }

    /// Writes `trips.csv`, `vehicles.csv` and `summary.json` into `directory` (which must exist).
    public static func writeTables(_ tables: RunTables, toDirectory directory: String) throws {
        try writeTrips(
            tables.trips, to: directory + "/" + tripsFile, withAccounts: !tables.accounts.isEmpty,
            withPrebooking: tables.hasPrebooking)
        try writeVehicles(tables.vehicles, to: directory + "/" + vehiclesFile, withOperations: tables.hasOperations)
        try writeSummary(tables.summary, to: directory + "/" + summaryFile)
    }
}
