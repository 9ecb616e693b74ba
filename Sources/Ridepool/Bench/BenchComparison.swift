import Foundation

/// One compared figure of one scenario.
public struct BenchDelta: Sendable {
    public var scenario: String
    public var metric: String
    public var baseline: Double?
    public var current: Double
    /// Why it fails; nil when within tolerance (or without a baseline).
    public var failure: String?

    public var passed: Bool { failure == nil }
}

/// A bench report set against a baseline.
public struct BenchComparison: Sendable {
    public var rows: [BenchDelta]
    public var failures: [BenchDelta] { rows.filter { !$0.passed } }
    public var passed: Bool { failures.isEmpty }

    /// Compares every KPI, the median wall time and the peak memory of each scenario with the
    /// baseline's record of the same name, under `tolerance`.
    public init(current: BenchReport, baseline: BenchReport, tolerance: BenchTolerance) {
        var rows: [BenchDelta] = []
        for record in current.scenarios {
            guard let base = baseline.scenarios.first(where: { $0.name == record.name }) else {
                rows.append(
                    BenchDelta(
                        scenario: record.name, metric: "wall_s.median", baseline: nil,
                        current: record.wall.median, failure: nil))
                continue
            }
            for name in Set(record.kpis.keys).union(base.kpis.keys).sorted() {
                let b = base.kpis[name], c = record.kpis[name]
                var failure: String?
                switch (b, c) {
                case (let b?, let c?):
                    if abs(c - b) > tolerance.kpiRelative * abs(b) {
                        failure =
                            tolerance.kpiRelative == 0
                            ? "KPI changed" : "KPI moved more than \(Self.percent(tolerance.kpiRelative))"
                    }
                case (nil, _?): failure = "KPI not in the baseline"
                case (_?, nil): failure = "KPI missing"
                case (nil, nil): break
                }
                rows.append(
                    BenchDelta(scenario: record.name, metric: name, baseline: b, current: c ?? .nan, failure: failure))
            }
            let wall = record.wall.median, baseWall = base.wall.median
            rows.append(
                BenchDelta(
                    scenario: record.name, metric: "wall_s.median", baseline: baseWall, current: wall,
                    failure: wall > baseWall * tolerance.timeFactor
                        ? "slower than \(Self.number(tolerance.timeFactor))× the baseline" : nil))
            rows.append(
                BenchDelta(
                    scenario: record.name, metric: "peak_rss_mib", baseline: base.peakRSSMiB,
                    current: record.peakRSSMiB,
                    failure: record.peakRSSMiB > base.peakRSSMiB * tolerance.memoryFactor
                        ? "more than \(Self.number(tolerance.memoryFactor))× the baseline's memory" : nil))
        }
        self.rows = rows
    }

    /// The delta table: wall time and memory of every scenario, KPIs only where they moved.
    public func table() -> String {
        var lines = [Self.row("scenario", "metric", "baseline", "current", "delta", "status")]
        for r in rows where r.metric == "wall_s.median" || r.metric == "peak_rss_mib" || r.baseline != r.current {
            lines.append(Self.format(r))
        }
        let unchanged = rows.filter {
            $0.metric != "wall_s.median" && $0.metric != "peak_rss_mib" && $0.baseline == $0.current
        }.count
        if unchanged > 0 { lines.append("(\(unchanged) KPIs equal to the baseline not shown)") }
        return lines.joined(separator: "\n")
    }

    public static func format(_ r: BenchDelta) -> String {
        let delta: String
        if let b = r.baseline, b != 0 {
            delta = String(format: "%+.1f %%", (r.current - b) / abs(b) * 100)
        } else if let b = r.baseline {
            delta = Self.number(r.current - b)
        } else {
            delta = "—"
        }
        let status = r.baseline == nil ? "no baseline" : (r.failure.map { "FAIL: " + $0 } ?? "ok")
        return row(r.scenario, r.metric, r.baseline.map(number) ?? "—", number(r.current), delta, status)
    }

    static func row(_ cells: String...) -> String {
        let widths = [22, 22, 14, 14, 10]
        return zip(cells, widths + [0]).map { c, w in
            c.padding(toLength: max(w, c.count + 1), withPad: " ", startingAt: 0)
        }
        .joined().trimmingCharacters(in: .whitespaces)
    }

    static func number(_ x: Double) -> String {
        if x == x.rounded() && abs(x) < 1e12 { return String(Int64(x)) }
        return String(format: abs(x) >= 100 ? "%.1f" : "%.4f", x)
    }

    static func percent(_ x: Double) -> String { String(format: "%g %%", x * 100) }
}
