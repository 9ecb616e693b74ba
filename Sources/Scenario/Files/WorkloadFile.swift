import DataFiles
import Simulation

/// One request of a peer workload, in plane units.
public struct WorkloadRequest: Hashable, Sendable {
    public var id: String
    public var time: Double
    public var originX: Double, originY: Double
    public var destinationX: Double, destinationY: Double
    public var pickupEarliest: Double, pickupLatest: Double
    public var dropoffLatest: Double
}

/// One vehicle of a peer workload: where it starts (plane units) and its seats.
public struct WorkloadVehicle: Hashable, Sendable {
    public var id: String
    public var x: Double, y: Double
    public var capacity: Int
}

/// Reads a RidePy workload export (`data/workloads/`, made by the optional peer tooling's `ridepy_bench.py --export`): the requests CSV
/// `request_id, request_time, origin_x, origin_y, destination_x, destination_y,
/// pickup_timewindow_min, pickup_timewindow_max, delivery_timewindow_min, delivery_timewindow_max`
/// and the fleet CSV `vehicle_id, x, y, capacity` (either gzip-compressed or not).
public enum WorkloadFile {
    static let requestColumns = [
        "request_id", "request_time", "origin_x", "origin_y", "destination_x", "destination_y",
        "pickup_timewindow_min", "pickup_timewindow_max", "delivery_timewindow_max"
    ]

    /// Times in plane units: at most 86,400 s per unit (`secondsPerUnit`) × 10⁶ units stays far inside SimTime.
    static let times = (range: 0.0...1e6, what: "a time in plane units, 0 … 1000000")
    /// Plane positions: the results show `(x, y)` as longitude `x / 8` and latitude `y / 8` degrees.
    static let xs = (range: -1440.0...1440, what: "a plane x in [-1440, 1440] (longitude × 8)")
    static let ys = (range: -720.0...720, what: "a plane y in [-720, 720] (latitude × 8)")
    /// The allowed range of each number column of the requests CSV, in `requestColumns` order after the id.
    static let requestRanges = [times, xs, ys, xs, ys, times, times, times]

    /// Throws a `ScenarioError` listing every bad row (line and column). Reads the file record by record
    /// (a workload's requests as strings would take more memory than simulating them).
    public static func readRequests(path: String) throws -> [WorkloadRequest] {
        var check = RowChecker(path: path), out: [WorkloadRequest] = []
        var cols: [(Int, String)] = []
        var rows = 0
        let readColumns = { (table: CSVTable) throws in
            try RowChecker.requireColumns(table, requestColumns.map { [$0] })
            cols = requestColumns.map { (table.column($0)!, $0) }
        }
        try RowChecker.forEachRecord(path, header: readColumns) { table, r in
            rows += 1
            guard check.width(r, table), let request = request(r, cols, &check) else { return }
            out.append(request)
        }
        if rows == 0 { check.add(line: 1, "", "the file has no rows", fix: "add one row per request") }
        try check.throwIfAny()
        return out
    }

    /// One row of the requests CSV, or nil with its problems added to `check`.
    private static func request(
        _ r: CSVTable.Record, _ cols: [(Int, String)], _ check: inout RowChecker
    ) -> WorkloadRequest? {
        // Plain numbers parse without trimming (100,000 rows: trimming each field would dominate).
        var n: [Double] = []
        n.reserveCapacity(cols.count - 1)
        for (c, allowed) in zip(cols.dropFirst(), requestRanges) {
            let fast = Double(r.fields[c.0]).flatMap { allowed.range.contains($0) ? $0 : nil }
            guard let x = fast ?? check.number(r, c, allowed.range, what: allowed.what) else { break }
            n.append(x)
        }
        guard n.count == cols.count - 1 else { return nil }
        if n[6] < n[5] || n[7] < n[5] {
            check.add(
                line: r.line, "pickup_timewindow_max", "a window closes before the pickup window opens",
                fix: "write windows with min ≤ max")
            return nil
        }
        return WorkloadRequest(
            id: r.fields[cols[0].0].allSatisfy { $0 != " " } ? r.fields[cols[0].0] : r.trimmed(cols[0].0),
            time: n[0], originX: n[1], originY: n[2], destinationX: n[3], destinationY: n[4],
            pickupEarliest: n[5], pickupLatest: n[6], dropoffLatest: n[7])
    }

    /// Throws a `ScenarioError` listing every bad row.
    public static func readFleet(path: String) throws -> [WorkloadVehicle] {
        let table = try RowChecker.table(path)
        try RowChecker.requireColumns(table, [["vehicle_id"], ["x"], ["y"], ["capacity"]])
        let id = table.column("vehicle_id")!, x = (table.column("x")!, "x"), y = (table.column("y")!, "y")
        let capacity = (table.column("capacity")!, "capacity")
        var check = RowChecker(path: path), out: [WorkloadVehicle] = []
        for r in table.records where check.width(r, table) {
            let px = check.number(r, x, xs.range, what: xs.what)
            let py = check.number(r, y, ys.range, what: ys.what)
            let c = check.number(r, capacity, 1...32767, what: "a whole number of seats, 1 … 32767")
            guard let px, let py, let c else { continue }
            guard c == c.rounded() else {
                check.add(
                    line: r.line, "capacity", "must be a whole number, got \(c)", fix: "write the seats as an integer")
                continue
            }
            out.append(WorkloadVehicle(id: r.trimmed(id), x: px, y: py, capacity: Int(c)))
        }
        if table.records.isEmpty { check.add(line: 1, "", "the file has no rows", fix: "add one row per vehicle") }
        try check.throwIfAny()
        return out
    }
}
