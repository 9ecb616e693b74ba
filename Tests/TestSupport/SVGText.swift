/// What a test reads back from an HTML page with SVG charts (run report, plan).
public enum SVGText {
    /// The texts of every `<text class="CLASS…">` element.
    public static func texts(_ html: String, class name: String) -> [String] {
        html.components(separatedBy: "<text class=\"\(name)").dropFirst().map { part in
            let afterTag = part[part.firstIndex(of: ">")!...].dropFirst()
            return String(afterTag[..<afterTag.firstRange(of: "</text>")!.lowerBound])
        }
    }
}
