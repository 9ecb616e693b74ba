import Foundation

/// CSV lines per RFC 4180: a field is quoted only when it holds a comma, a quote or a line break,
/// and quotes inside are doubled. Lines end with `\n`.
enum CSVFormat {
    /// One record, with its line ending.
    static func line(_ fields: [String]) -> String {
        var s = ""
        for (i, f) in fields.enumerated() {
            if i > 0 { s += "," }
            s += quoted(f)
        }
        return s + "\n"
    }

    static func quoted(_ f: String) -> String {
        guard f.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else { return f }
        return "\"" + f.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
