import DataFiles
import Simulation

/// Collects the problems of a CSV file, capped so that a broken file does not flood the output.
struct RowChecker {
    let path: String
    let limit: Int
    private(set) var diagnostics: [Diagnostic] = []
    private(set) var dropped = 0

    init(path: String, limit: Int = 50) { self.path = path; self.limit = limit }

    mutating func add(line: Int, _ field: String, _ message: String, fix: String) {
        if diagnostics.count < limit {
            diagnostics.append(Diagnostic(file: path, line: line, field: field, message: message, fix: fix))
        } else {
            dropped += 1
        }
    }

    /// Throws the collected problems, with a closing "… and N more" when some were dropped.
    func throwIfAny() throws {
        guard !diagnostics.isEmpty else { return }
        var all = diagnostics
        if dropped > 0 {
            all.append(
                Diagnostic(
                    file: path, field: "", message: "… and \(dropped) more problems",
                    fix: "fix the problems above and validate again"))
        }
        throw ScenarioError(diagnostics: all)
    }

    /// The CSV table at `path` (gzip-compressed or not); throws a `ScenarioError` if it cannot be read or is empty.
    static func table(_ path: String) throws -> CSVTable {
        try DataFileError.map(ScenarioError.init) { () throws(DataFileError) in try CSVTable(path: path) }
    }

    /// Calls `body` with each record of the CSV file at `path` and the table of its header, keeping no
    /// record (see `CSVTable.forEachRecord`), `header` first; returns the header table. Throws a
    /// `ScenarioError` if the file cannot be read or is empty, and `header`'s and `body`'s errors.
    @discardableResult
    static func forEachRecord(
        _ path: String, header: (CSVTable) throws -> Void, _ body: (CSVTable, CSVTable.Record) throws -> Void
    ) throws -> CSVTable {
        do { return try CSVTable.forEachRecord(path: path, header: header, body) } catch let error as DataFileError {
            throw ScenarioError(error)
        }
    }

    /// Throws one diagnostic per required column that `table` lacks (at the header line).
    static func requireColumns(_ table: CSVTable, _ columns: [[String]]) throws {
        let missing = columns.filter { names in !names.contains { table.header.contains($0) } }
        guard !missing.isEmpty else { return }
        throw ScenarioError(
            diagnostics: missing.map { names in
                Diagnostic(
                    file: table.file, line: table.headerLine, field: names[0],
                    message: "missing required column '\(names.joined(separator: "' or '"))'",
                    fix: "add the column to the header; the header is \(table.header.joined(separator: ","))")
            })
    }

    /// Checks the field count; returns whether the row can be read.
    mutating func width(_ r: CSVTable.Record, _ table: CSVTable) -> Bool {
        guard r.fields.count == table.header.count else {
            add(
                line: r.line, "", "expected \(table.header.count) fields like the header, got \(r.fields.count)",
                fix: "quote fields that contain commas, and give every row the header's columns")
            return false
        }
        return true
    }

    /// A latitude/longitude pair from two columns, checked against WGS84 ranges.
    mutating func point(_ r: CSVTable.Record, lat: (Int, String), lon: (Int, String)) -> GeoPoint? {
        let la = number(r, lat, -90...90, what: "a latitude in degrees [-90, 90]")
        let lo = number(r, lon, -180...180, what: "a longitude in degrees [-180, 180]")
        guard let la, let lo else { return nil }
        return GeoPoint(lat: la, lon: lo)
    }

    /// A number in `range` from column `col`.
    mutating func number(_ r: CSVTable.Record, _ col: (Int, String), _ range: ClosedRange<Double>, what: String)
        -> Double?
    {
        let t = r.trimmed(col.0)
        guard let x = Double(t), x.isFinite, range.contains(x) else {
            add(line: r.line, col.1, "must be \(what), got '\(t)'", fix: "write \(what) as a plain decimal number")
            return nil
        }
        return x
    }

    /// A whole number in `range` from column `col`.
    mutating func integer(_ r: CSVTable.Record, _ col: (Int, String), _ range: ClosedRange<Int>, what: String) -> Int? {
        let t = r.trimmed(col.0)
        guard let n = Int(t), range.contains(n) else {
            add(line: r.line, col.1, "must be \(what), got '\(t)'", fix: "write \(what) as a whole number")
            return nil
        }
        return n
    }
}
