import DataFiles
import Foundation

/// `trips.csv` read back as text fields by column name.
struct TripsTable {
    var rows: [[String: String]] = []

    init(path: String) throws {
        let table: CSVTable
        do {
            table = try CSVTable(
                path: path,
                required: [
                    "trip_id", "final_state", "reason", "offered_pickup_earliest_s",
                    "offered_pickup_latest_s", "offered_dropoff_latest_s", "max_ride_s"
                ])
        } catch {
            throw ReportsError(
                path: path + (error.line.map { ":\($0)" } ?? ""), operation: "parse", reason: error.message)
        }
        let head = table.header
        for r in table.records {
            guard r.fields.count == head.count else {
                throw ReportsError(
                    path: "\(path):\(r.line)", operation: "parse",
                    reason: "\(r.fields.count) fields, header has \(head.count)")
            }
            rows.append(Dictionary(uniqueKeysWithValues: zip(head, r.fields)))
        }
    }

    /// A seconds column as milliseconds (`nil` when empty or not a number).
    static func ms(_ row: [String: String], _ column: String) -> Int64? {
        guard let s = row[column], let d = Double(s) else { return nil }
        return Int64((d * 1000).rounded())
    }
}
