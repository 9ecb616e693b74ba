/// Text helpers for the HTML and SVG writers: escaping and number display.
public enum HTMLText {
    /// `s` with `& < > " '` escaped, safe inside element text and quoted attributes.
    public static func escape(_ s: String) -> String {
        guard s.utf8.contains(where: { [38, 60, 62, 34, 39].contains($0) }) else { return s }
        var out = ""
        out.reserveCapacity(s.utf8.count + 16)
        for c in s {
            if let entity = entities[c] { out += entity } else { out.append(c) }
        }
        return out
    }

    private static let entities: [Character: String] = [
        "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;"
    ]

    /// `x` with `decimals` places ("–" for nil or non-finite), thousands separated by a thin space.
    public static func number(_ x: Double?, _ decimals: Int) -> String {
        guard let x, x.isFinite else { return "–" }
        let text = NumberFormat.fixed(x, decimals: decimals)
        let negative = text.hasPrefix("-")
        let body = negative ? String(text.dropFirst()) : text
        let parts = body.split(separator: ".", maxSplits: 1)
        var whole = String(parts[0])
        if whole.count > 4 {
            var grouped = ""
            for (i, c) in whole.reversed().enumerated() {
                if i > 0 && i % 3 == 0 { grouped.append("\u{2009}") }
                grouped.append(c)
            }
            whole = String(grouped.reversed())
        }
        return (negative ? "-" : "") + whole + (parts.count > 1 ? "." + parts[1] : "")
    }

    /// An integer with thousands separated.
    public static func count(_ n: Int) -> String { number(Double(n), 0) }

    /// A share in 0…1 as a percentage with `decimals` places ("–" for nil).
    public static func percent(_ x: Double?, _ decimals: Int = 1) -> String {
        x.map { number($0 * 100, decimals) + " %" } ?? "–"
    }

    /// Seconds since midnight as `HH:MM` (hours continue past 24).
    public static func clock(_ seconds: Double) -> String {
        let m = Int((seconds / 60).rounded())
        return pad(m / 60) + ":" + pad(m % 60)
    }

    /// Two digits.
    package static func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    /// The opening of a chart's `<svg>` (`class` beside `chart`, if any) with its title drawn at `titleX`.
    static func svgOpening(width: Double, height: Double, title: String, titleX: Double, class extra: String = "")
        -> String
    {
        let t = escape(title)
        return
            "<svg class=\"chart\(extra.isEmpty ? "" : " " + extra)\" viewBox=\"0 0 \(coord(width)) \(coord(height))\" role=\"img\" aria-label=\"\(t)\">"
            + "<text class=\"ctitle\" x=\"\(coord(titleX))\" y=\"16\">\(t)</text>"
    }

    /// A short SVG coordinate (2 decimals, trailing zeros dropped).
    static func coord(_ x: Double) -> String {
        let r = (x * 100).rounded() / 100
        if r == r.rounded() { return String(Int(r)) }
        var s = NumberFormat.fixed(r, decimals: 2)
        while s.hasSuffix("0") { s.removeLast() }
        return s
    }
}
