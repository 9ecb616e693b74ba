/// A tiny, deterministic block-style YAML writer for `resolvedYAML()`.
struct YAMLWriter {
    private(set) var text = ""
    private var indent = 0

    mutating func comment(_ s: String) { text += String(repeating: "  ", count: indent) + "# " + s + "\n" }

    /// `key: value` (value already formatted).
    mutating func line(_ key: String, _ value: String) {
        text += String(repeating: "  ", count: indent) + key + ": " + value + "\n"
    }

    /// `key:` and indent what follows.
    mutating func open(_ key: String) { text += String(repeating: "  ", count: indent) + key + ":\n"; indent += 1 }

    mutating func close() { indent -= 1 }

    /// A list item mapping `- k: v` with the following pairs aligned under the first.
    mutating func item(_ pairs: [(String, String)]) {
        let pad = String(repeating: "  ", count: indent)
        for (i, (k, v)) in pairs.enumerated() { text += pad + (i == 0 ? "- " : "  ") + k + ": " + v + "\n" }
    }

    /// A double-quoted YAML string (JSON escapes).
    static func quote(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if u.value < 0x20 {
                    out += "\\x" + (u.value < 16 ? "0" : "") + String(u.value, radix: 16)
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "\""
    }

    /// The shortest text that reads back as the same Double (integers without `.0`).
    static func number(_ x: Double) -> String {
        x == x.rounded() && abs(x) < 1e15 ? String(Int64(x)) : "\(x)"
    }

    /// `absolute` relative to the folder `directory` (both absolute, standardized).
    static func relative(_ absolute: String, to directory: String) -> String {
        let a = absolute.split(separator: "/"), d = directory.split(separator: "/")
        var common = 0
        while common < a.count, common < d.count, a[common] == d[common] { common += 1 }
        let up = Array(repeating: "..", count: d.count - common)
        return (up + a[common...].map(String.init)).joined(separator: "/")
    }
}
