import Foundation
import Reports

/// A service level a capacity plan must reach: a catalogue KPI, `>=` or `<=`, and a value.
///
/// Written `served_share_servable>=0.95` or `wait_p95<=600` (seconds); a share may be written in
/// percent (`95%`).
public struct PlanTarget: Hashable, Sendable, Codable, CustomStringConvertible {
    public enum Comparison: String, Hashable, Sendable, Codable {
        case atLeast = ">=", atMost = "<="
    }

    public var kpi: String
    public var comparison: Comparison
    public var value: Double

    public init(kpi: String, comparison: Comparison, value: Double) {
        self.kpi = kpi; self.comparison = comparison; self.value = value
    }

    /// The catalogue entry (targets are only made for known KPIs).
    public var measure: KPI { KPI.named(kpi)! }

    public var description: String {
        kpi + comparison.rawValue + ChartAxis.plain(value).replacingOccurrences(of: "\u{2009}", with: "")
    }

    /// Parses `NAME>=VALUE` or `NAME<=VALUE`.
    /// - Throws: `PlanInputError` for an unknown KPI (with the nearest names), another operator, a
    ///   value that is not a number, or a value the KPI can never take (a share above 1).
    public static func parse(_ text: String) throws(PlanInputError) -> PlanTarget {
        let t = text.filter { !$0.isWhitespace }
        let ops: [(String, Comparison)] = [(">=", .atLeast), ("<=", .atMost), ("=>", .atLeast), ("=<", .atMost)]
        guard let (op, comparison) = ops.first(where: { t.contains($0.0) }),
            let range = t.range(of: op)
        else {
            throw PlanInputError(
                "target '\(text)' has no >= or <=",
                fix: "write it as KPI>=VALUE or KPI<=VALUE, e.g. 'served_share_servable>=0.9' or 'wait_p95<=900'")
        }
        let name = String(t[..<range.lowerBound]), rawValue = String(t[range.upperBound...])
        guard let kpi = KPI.named(name) else {
            let near = KPI.all.map(\.name).sorted { editDistance($0, name) < editDistance($1, name) }.prefix(3)
            throw PlanInputError(
                "unknown KPI '\(name)' in target '\(text)' (did you mean \(near.map { "'\($0)'" }.joined(separator: ", "))?)",
                fix: "use one of: \(KPI.all.map(\.name).joined(separator: ", "))")
        }
        let percent = rawValue.hasSuffix("%")
        guard let number = Double(percent ? String(rawValue.dropLast()) : rawValue), number.isFinite else {
            throw PlanInputError(
                "the value '\(rawValue)' of target '\(text)' is not a number",
                fix:
                    "write a plain number\(kpi.unit == .share ? " (a share: 0.95 or 95%)" : kpi.unit == .seconds ? " of seconds" : "")"
            )
        }
        if percent && kpi.unit != .share {
            throw PlanInputError(
                "'\(name)' is not a share, so '\(rawValue)' cannot be a percentage",
                fix: "write the value in \(kpi.unit.rawValue)")
        }
        let value = percent ? number / 100 : number
        guard kpi.possible.contains(value) else {
            throw PlanInputError(
                "target '\(text)' can never be met: \(name) is a share between 0 and 1",
                fix: "write the share as a fraction (0.95) or a percentage (95%)")
        }
        return PlanTarget(kpi: name, comparison: comparison, value: value)
    }

    /// Whether `value` meets the target (an undefined value never does).
    public func meets(_ value: Double?) -> Bool {
        guard let value else { return false }
        return comparison == .atLeast ? value >= self.value : value <= self.value
    }

    /// The better of two values for this target (nil loses).
    public func better(_ a: Double?, _ b: Double?) -> Double? {
        guard let a else { return b }
        guard let b else { return a }
        return comparison == .atLeast ? max(a, b) : min(a, b)
    }

    /// Levenshtein distance, for "did you mean".
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        var row = Array(0...b.count)
        for i in 1...max(1, a.count) where !a.isEmpty {
            var previous = row[0]; row[0] = i
            for j in 1...max(1, b.count) where !b.isEmpty {
                let old = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
                previous = old
            }
        }
        return row[b.count]
    }
}

/// How a target is judged over the seeds of one fleet size.
public enum PlanJudge: String, Hashable, Sendable, Codable, CaseIterable {
    /// The worst seed must meet the target (minimum for `>=`, maximum for `<=`).
    case worst
    /// The mean over seeds must meet the target.
    case mean

    /// The judged value of `values` (one per seed) for `target`; nil if any seed's value is undefined.
    public func judge(_ values: [Double?], for target: PlanTarget) -> Double? {
        var defined: [Double] = []
        for v in values { guard let v else { return nil }; defined.append(v) }
        guard !defined.isEmpty else { return nil }
        switch self {
        case .mean: return defined.reduce(0, +) / Double(defined.count)
        case .worst: return target.comparison == .atLeast ? defined.min() : defined.max()
        }
    }
}
