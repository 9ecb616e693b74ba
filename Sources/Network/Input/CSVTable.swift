/// A CSV file split into a header and rows, with typed field access that throws `NetworkError`s
/// naming the file, the 1-based line and the column.
struct CSVTable {
    let file: String
    /// Lower-cased, trimmed column names.
    let header: [String]
    /// Each non-blank data line: its 1-based line number and its fields.
    let rows: [(line: Int, fields: [Substring])]

    /// Splits `text`; throws if the file is empty or lacks one of the `required` columns.
    init(text: String, file: String, required: [String]) throws(NetworkError) {
        self.file = file
        var lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
        while let last = lines.last, last.allSatisfy(\.isWhitespace) { lines.removeLast() }
        guard let first = lines.first else {
            throw NetworkError(file: file, line: 1, message: "the file is empty",
                               fix: "start the file with the header line \(required.joined(separator: ","))")
        }
        let header = Self.split(first).map { $0.trimming(" \t").lowercased() }
        self.header = header
        let missing = required.filter { !header.contains($0) }
        guard missing.isEmpty else {
            throw NetworkError(file: file, line: 1,
                               message: "missing column\(missing.count > 1 ? "s" : "") \(missing.map { "'\($0)'" }.joined(separator: ", ")); the header has: \(header.joined(separator: ", "))",
                               fix: "name the columns \(required.joined(separator: ", ")) in the header (any order; other columns are ignored)")
        }
        var rows: [(Int, [Substring])] = []
        rows.reserveCapacity(lines.count)
        for (offset, line) in lines.enumerated().dropFirst() where !line.allSatisfy(\.isWhitespace) {
            rows.append((offset + 1, Self.split(line)))
        }
        self.rows = rows
    }

    /// The column index of `name`, if the header has it.
    func column(_ name: String) -> Int? { header.firstIndex(of: name) }

    /// The trimmed text of column `column` (named `name`) in `row`; throws if the row is too short.
    func text(_ row: Int, _ column: Int, _ name: String) throws(NetworkError) -> Substring {
        let (line, fields) = rows[row]
        guard column < fields.count else {
            throw NetworkError(file: file, line: line, field: name,
                               message: "missing: the line has \(fields.count) fields, but '\(name)' is column \(column + 1)",
                               fix: "give every line the columns of the header")
        }
        return fields[column].trimming(" \t")
    }

    /// The number in column `column` (named `name`) of `row`; throws if it is not a finite number.
    func number(_ row: Int, _ column: Int, _ name: String, example: String) throws(NetworkError) -> Double {
        let raw = try text(row, column, name)
        guard let value = Double(raw), value.isFinite else {
            throw NetworkError(file: file, line: rows[row].line, field: name, message: "\"\(raw)\" is not a number",
                               fix: "write a decimal number with a dot, e.g. \(example)")
        }
        return value
    }

    /// Splits one CSV line at commas; a field in double quotes may hold commas and `""` for a quote.
    static func split(_ line: Substring) -> [Substring] {
        guard line.contains("\"") else { return line.split(separator: ",", omittingEmptySubsequences: false) }
        var fields: [Substring] = []
        var current = ""
        var quoted = false, atFieldStart = true
        var chars = line.makeIterator()
        while let c = chars.next() {
            if quoted {
                if c == "\"" {
                    var lookahead = chars
                    if lookahead.next() == "\"" { current.append("\""); chars = lookahead } else { quoted = false }
                } else {
                    current.append(c)
                }
            } else if c == "," {
                fields.append(Substring(current)); current = ""; atFieldStart = true; continue
            } else if c == "\"" && atFieldStart {
                quoted = true
            } else {
                current.append(c)
            }
            atFieldStart = false
        }
        fields.append(Substring(current))
        return fields
    }
}
