import Foundation
import Simulation

/// The CSV format of stop files.
extension StopFile {
    /// Parses stop CSV text; errors name `file`, the 1-based line and the field.
    static func readCSV(_ text: String, file: String) throws(GeometryError) -> [Stop] {
        // "\r\n" is one Character in Swift, so it is a separator of its own.
        var lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
        while let last = lines.last, last.allSatisfy(\.isWhitespace) { lines.removeLast() }
        guard let headerLine = lines.first else {
            throw GeometryError(file: file, line: 1, message: "the file is empty", fix: "start the file with the header line stop_id,lat,lon")
        }
        let header = splitFields(headerLine).map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        let required = ["stop_id", "lat", "lon"]
        let missing = required.filter { !header.contains($0) }
        guard missing.isEmpty else {
            throw GeometryError(file: file, line: 1,
                                message: "missing column\(missing.count > 1 ? "s" : "") \(missing.map { "'\($0)'" }.joined(separator: ", ")); the header has: \(header.joined(separator: ", "))",
                                fix: "start the file with a header naming the columns stop_id, lat and lon (any order; other columns are ignored)")
        }
        let column = Dictionary(required.map { name in (name, header.firstIndex(of: name)!) }, uniquingKeysWith: { a, _ in a })
        var stops: [Stop] = []
        var firstLine: [String: Int] = [:]
        for (offset, line) in lines.enumerated().dropFirst() where !line.allSatisfy(\.isWhitespace) {
            let number = offset + 1
            let fields = splitFields(line)
            func field(_ name: String) throws(GeometryError) -> String {
                let i = column[name]!
                guard i < fields.count else {
                    throw GeometryError(file: file, line: number, field: name,
                                        message: "missing: the line has \(fields.count) fields, but '\(name)' is column \(i + 1)",
                                        fix: "give every line the columns of the header")
                }
                return fields[i].trimmingCharacters(in: .whitespaces)
            }
            func coordinate(_ name: String) throws(GeometryError) -> Double {
                let raw = try field(name)
                guard let value = Double(raw), value.isFinite else {
                    throw GeometryError(file: file, line: number, field: name, message: "\"\(raw)\" is not a number",
                                        fix: "write WGS84 decimal degrees with a dot, e.g. \(name == "lat" ? "51.7563" : "14.3329")")
                }
                try checkRange(value, field: name, file: file, line: number, fieldName: name)
                return value
            }
            let id = try field("stop_id")
            guard !id.isEmpty else {
                throw GeometryError(file: file, line: number, field: "stop_id", message: "is empty", fix: "give every stop an id")
            }
            let lat = try coordinate("lat"), lon = try coordinate("lon")
            if let first = firstLine[id] {
                throw GeometryError(file: file, line: number, field: "stop_id",
                                    message: "duplicate stop id \"\(id)\" (lines \(first) and \(number))",
                                    fix: "give every stop a unique stop_id")
            }
            firstLine[id] = number
            stops.append(Stop(id: id, point: GeoPoint(lat: lat, lon: lon)))
        }
        return stops
    }

    /// Splits one CSV line at commas; a field in double quotes may hold commas and `""` for a quote.
    static func splitFields(_ line: Substring) -> [String] {
        var fields: [String] = []
        var current = ""
        var quoted = false, atFieldStart = true
        var chars = line.makeIterator()
        while let c = chars.next() {
            if quoted {
                if c == "\"" {
                    // A doubled quote is a literal quote; a single one ends the quoted part.
                    var lookahead = chars
                    if lookahead.next() == "\"" { current.append("\""); chars = lookahead } else { quoted = false }
                } else {
                    current.append(c)
                }
            } else if c == "," {
                fields.append(current); current = ""; atFieldStart = true; continue
            } else if c == "\"" && atFieldStart {
                quoted = true
            } else {
                current.append(c)
            }
            atFieldStart = false
        }
        fields.append(current)
        return fields
    }
}
