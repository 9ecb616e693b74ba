import Foundation

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
