import DataFiles
import Simulation

/// Reads a demand CSV (or a gzip-compressed `.csv.gz`): a header and one request per row.
///
/// Required columns: `request_id`, `request_time_s` (the desired departure, seconds since midnight,
/// 0 … 172800), `origin_lat`, `origin_lon`, `destination_lat`, `destination_lon`. Optional:
/// `customer_id`, `loads`, `approach_speed` (SLOW/MEDIUM/FAST), `visual_impairment` (0/1/true/false),
/// `booking_time_s` (when the request was made, seconds since midnight of the simulated day,
/// −604800 … 172800: negative is a booking on an earlier day; at most `request_time_s`, or at most
/// `arrival_time_s` for an arrive-by row) and `arrival_time_s` (arrive by then, 0 … 172800, later than
/// `request_time_s`, which stays where the wait is measured from: the earliest the rider can leave).
/// An empty optional cell means "not given" (`booking_time_s`: booked on the spot, at
/// `request_time_s`). Other columns are ignored.
public enum DemandFile {
    static let required = [
        "request_id", "request_time_s", "origin_lat", "origin_lon",
        "destination_lat", "destination_lon"
    ]

    /// The earliest booking time: a week before the simulated day's midnight.
    public static let earliestBooking = -7 * 86_400
    /// The latest time of day a request's times may have (the end of the second day).
    static let latestTime = 48 * 3600

    /// Rows in file order (not necessarily sorted by time).
    /// - Throws: `ScenarioError` listing every bad row (at most 50, then "… and N more").
    public static func read(path: String) throws -> [DemandRow] {
        let table = try RowChecker.table(path)
        try RowChecker.requireColumns(table, required.map { [$0] })
        func col(_ n: String) -> (Int, String) { (table.column(n)!, n) }
        let id = col("request_id"), time = col("request_time_s")
        let oLat = col("origin_lat"), oLon = col("origin_lon"), dLat = col("destination_lat"),
            dLon = col("destination_lon")
        let customer = table.column("customer_id"), loadsCol = table.column("loads")
        let speedCol = table.column("approach_speed"), viCol = table.column("visual_impairment")
        let bookingCol = table.column("booking_time_s"), arrivalCol = table.column("arrival_time_s")
        var check = RowChecker(path: path), rows: [DemandRow] = [], seen: [String: Int] = [:]
        rows.reserveCapacity(table.records.count)
        for r in table.records where check.width(r, table) {
            func cell(_ c: Int?) -> String? {
                guard let c else { return nil }
                let v = r.trimmed(c)
                return v.isEmpty ? nil : v
            }
            let rid = cell(id.0)
            if rid == nil { check.add(line: r.line, id.1, "is empty", fix: "give every request an id") }
            if let rid, let first = seen[rid] {
                check.add(
                    line: r.line, id.1, "duplicate request_id '\(rid)' (first on line \(first))",
                    fix: "give every request its own id")
            } else if let rid {
                seen[rid] = r.line
            }
            let t = check.number(
                r, time, 0...Double(latestTime), what: "seconds since midnight (0 … \(latestTime))")
            let (arrival, arrivalOK) = Self.arrival(r, arrivalCol, departure: t, cell: cell, check: &check)
            // A bad arrival cell is reported once: the booking is not compared with it (nor with the departure).
            let due = arrivalOK ? (arrival.map { ($0, "arrival_time_s") } ?? t.map { ($0, "request_time_s") }) : nil
            let (booking, bookingOK) = Self.booking(r, bookingCol, due: due, cell: cell, check: &check)
            let o = check.point(r, lat: oLat, lon: oLon), d = check.point(r, lat: dLat, lon: dLon)
            var loads: [Load]?
            if let text = cell(loadsCol) {
                loads = Load.parseGroup(text)
                if loads == nil {
                    check.add(
                        line: r.line, "loads", "'\(text)' is not a list of loads",
                        fix: "write e.g. adult;child:booster (adult or child, optional :wheelchair, children "
                            + ":forwards/:backwards/:booster), or leave it empty for the load mix")
                }
            }
            var speed: ApproachSpeed?
            if let text = cell(speedCol) {
                speed = ApproachSpeed(rawValue: text.uppercased())
                if speed == nil {
                    check.add(
                        line: r.line, "approach_speed", "unknown approach speed '\(text)'",
                        fix: "use SLOW, MEDIUM or FAST, or leave it empty for the mix")
                }
            }
            var vi: Bool?
            if let text = cell(viCol) {
                switch text.lowercased() {
                case "1", "true": vi = true
                case "0", "false": vi = false
                default:
                    check.add(
                        line: r.line, "visual_impairment", "must be 0, 1, true or false, got '\(text)'",
                        fix: "write 1 or 0, or leave it empty for the share")
                }
            }
            guard let rid, let t, let o, let d, arrivalOK, bookingOK, (loads != nil) == (cell(loadsCol) != nil),
                (speed != nil) == (cell(speedCol) != nil), (vi != nil) == (cell(viCol) != nil)
            else { continue }
            rows.append(
                DemandRow(
                    id: rid, customerID: cell(customer), time: .seconds(t), bookingTime: booking.map { .seconds($0) },
                    arrival: arrival.map { .seconds($0) }, origin: o, destination: d, loads: loads,
                    approachSpeed: speed, visualImpairment: vi))
        }
        try check.throwIfAny()
        return rows
    }

    /// `arrival_time_s` (nil when the column is missing or the cell empty), and whether the cell is good:
    /// it must be later than the desired departure when that is known.
    private static func arrival(
        _ r: CSVTable.Record, _ column: Int?, departure: Double?, cell: (Int?) -> String?, check: inout RowChecker
    ) -> (Double?, Bool) {
        let range = 0...Double(latestTime), what = "seconds since midnight (0 … \(latestTime))"
        return optionalTime(r, (column, "arrival_time_s"), range, what: what, cell: cell, check: &check) { a in
            guard let departure, a <= departure else { return nil }
            return (
                "must be later than request_time_s (\(MapReader.format(departure))), got \(MapReader.format(a))",
                "give the time the rider must arrive by, after the desired departure request_time_s (the "
                    + "earliest they can leave), or leave it empty for a departure request"
            )
        }
    }

    /// `booking_time_s` (nil when the column is missing or the cell empty), and whether the cell is good:
    /// it must not be later than `due` (the arrival or the departure, with its column's name) when known.
    private static func booking(
        _ r: CSVTable.Record, _ column: Int?, due: (Double, String)?, cell: (Int?) -> String?,
        check: inout RowChecker
    ) -> (Double?, Bool) {
        let range = Double(earliestBooking)...Double(latestTime)
        let what =
            "seconds since midnight of the simulated day (\(earliestBooking) … \(latestTime); negative: booked on an "
            + "earlier day)"
        return optionalTime(r, (column, "booking_time_s"), range, what: what, cell: cell, check: &check) { b in
            guard let (latest, name) = due, b > latest else { return nil }
            let meaning = name == "arrival_time_s" ? "the arrival" : "the desired departure"
            return (
                "must not be later than \(name) (\(MapReader.format(latest)), \(meaning)), got \(MapReader.format(b))",
                "give the time the request was made, at most \(name), or leave it empty for a request booked on the spot"
            )
        }
    }

    /// An optional time column's value (nil when the column is missing or the cell empty), and whether the
    /// cell is good: seconds in `range` (`what` says which) that `misplaced` finds no fault with (else it
    /// gives the problem with the row's other times, and its fix).
    private static func optionalTime(
        _ r: CSVTable.Record, _ column: (Int?, String), _ range: ClosedRange<Double>, what: String,
        cell: (Int?) -> String?, check: inout RowChecker, misplaced: (Double) -> (problem: String, fix: String)?
    ) -> (Double?, Bool) {
        guard let index = column.0, cell(index) != nil else { return (nil, true) }
        guard let value = check.number(r, (index, column.1), range, what: what) else { return (nil, false) }
        guard let (problem, fix) = misplaced(value) else { return (value, true) }
        check.add(line: r.line, column.1, problem, fix: fix)
        return (value, false)
    }
}
