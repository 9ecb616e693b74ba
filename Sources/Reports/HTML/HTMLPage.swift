/// A self-contained HTML page: inline CSS, inline SVG, no scripts, no network access.
public struct HTMLPage: Sendable {
    public var title: String
    public var subtitle: String
    private var body = ""
    private var toc: [(id: String, heading: String)] = []

    public init(title: String, subtitle: String) { self.title = title; self.subtitle = subtitle }

    /// Adds a section with an anchor `id` (listed in the page's contents) and its HTML.
    public mutating func section(id: String, heading: String, _ html: String) {
        toc.append((id, heading))
        body += "<section id=\"\(id)\"><h2>\(HTMLText.escape(heading))</h2>\n\(html)\n</section>\n"
    }

    /// The whole document.
    public var html: String {
        var s = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        s += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        s += "<title>\(HTMLText.escape(title))</title>\n<style>\(Self.css)</style>\n</head>\n<body>\n"
        s += "<header><h1>\(HTMLText.escape(title))</h1><p class=\"sub\">\(HTMLText.escape(subtitle))</p>"
        s +=
            "<nav>" + toc.map { "<a href=\"#\($0.id)\">\(HTMLText.escape($0.heading))</a>" }.joined(separator: " · ")
            + "</nav></header>\n"
        return s + "<main>\n" + body + "</main>\n</body>\n</html>\n"
    }

    /// A table with a header row; cells are HTML (escape text first). Columns after the first are right-aligned.
    public static func table(_ header: [String], _ rows: [[String]], className: String = "num") -> String {
        var s =
            "<table class=\"\(className)\"><thead><tr>" + header.map { "<th>\($0)</th>" }.joined()
            + "</tr></thead><tbody>"
        for r in rows { s += "<tr>" + r.map { "<td>\($0)</td>" }.joined() + "</tr>" }
        return s + "</tbody></table>"
    }

    /// A figure holding a chart's SVG, with an optional caption.
    public static func figure(_ svg: String, caption: String? = nil) -> String {
        "<figure>\(svg)" + (caption.map { "<figcaption>\(HTMLText.escape($0))</figcaption>" } ?? "") + "</figure>"
    }

    static let css = """
        body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;margin:0;color:#222;background:#fafafa}
        header{background:#1f3b57;color:#fff;padding:18px 28px}
        header h1{margin:0 0 4px;font-size:24px}
        header .sub{margin:0 0 8px;color:#d6e2ee}
        nav a{color:#cfe3ff;text-decoration:none;font-size:14px}
        main{max-width:960px;margin:0 auto;padding:8px 20px 40px}
        section{background:#fff;border:1px solid #e3e3e3;border-radius:6px;padding:6px 20px 16px;margin:18px 0}
        h2{font-size:19px;border-bottom:1px solid #eee;padding-bottom:6px}
        h3{font-size:15px;margin:18px 0 4px}
        p,li{font-size:14px;line-height:1.45}
        .note{color:#555;font-size:13px}
        .ok{color:#007a4d;font-weight:600}.bad{color:#b3261e;font-weight:600}
        table{border-collapse:collapse;font-size:13.5px;margin:8px 0}
        th,td{padding:4px 10px;border-bottom:1px solid #eee;text-align:left}
        table.num td:not(:first-child),table.num th:not(:first-child){text-align:right;font-variant-numeric:tabular-nums}
        th{background:#f3f5f7;font-weight:600}
        figure{margin:10px 0 18px}
        figcaption{font-size:12.5px;color:#555;margin-top:2px}
        svg.chart{width:100%;height:auto;display:block;font-size:12px}
        svg .ctitle{font-size:14px;font-weight:600;fill:#222}
        svg .tick{fill:#444;font-size:11.5px}
        svg .atitle{fill:#333;font-size:12.5px}
        svg .legend{fill:#333;font-size:12px}
        svg .ref{font-size:11.5px;font-weight:600}
        svg .empty{fill:#999;font-size:16px}
        svg .north{fill:#222;font-size:13px}
        svg .grid{stroke:#e6e6e6;stroke-width:1}
        svg .axis,svg .tickmark{stroke:#555;stroke-width:1}
        .kpis{display:grid;grid-template-columns:repeat(auto-fill,minmax(150px,1fr));gap:10px;margin:10px 0}
        .kpi{border:1px solid #e3e3e3;border-radius:6px;padding:8px 10px;background:#fcfcfd}
        .kpi .v{font-size:20px;font-weight:650}.kpi .k{font-size:12px;color:#555}
        """
}
