import DataFiles
import Simulation

/// Reads a demand CSV (or a gzip-compressed `.csv.gz`): a header and one request per row.
///
/// Required columns: `request_id`, `request_time_s` (seconds since midnight), `origin_lat`,
/// `origin_lon`, `destination_lat`, `destination_lon`. Optional: `customer_id`, `loads`,
/// `approach_speed` (SLOW/MEDIUM/FAST), `visual_impairment` (0/1/true/false); an empty optional
/// cell means "not given". Other columns are ignored.
public enum DemandFile {
    static let required = [
        "request_id", "request_time_s", "origin_lat", "origin_lon",
        "destination_lat", "destination_lon"
    ]

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
            let t = check.number(r, time, 0...(48 * 3600), what: "seconds since midnight (0 … 172800)")
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
            guard let rid, let t, let o, let d, (loads != nil) == (cell(loadsCol) != nil),
                (speed != nil) == (cell(speedCol) != nil), (vi != nil) == (cell(viCol) != nil)
            else { continue }
            rows.append(
                DemandRow(
                    id: rid, customerID: cell(customer), time: .seconds(t), origin: o, destination: d,
                    loads: loads, approachSpeed: speed, visualImpairment: vi))
        }
        try check.throwIfAny()
        return rows
    }
}
