import Foundation
import Simulation
import Yams

/// Typed getters. Each returns the value, or `default` when the key is missing; on a bad value it
/// records a diagnostic and returns `nil`. A missing key without a default is a missing-key diagnostic.
extension MapReader {
    /// The raw text of a scalar value; a diagnostic when the value is a mapping or list.
    func text(_ key: String, expected: String) -> String? {
        guard let v = value(key) else { return nil }
        guard case .scalar(let s) = v else {
            problem(key, "must be \(expected), got \(v.kindName)", fix: "write a single value after '\(key):'")
            return nil
        }
        return s.string
    }

    func string(_ key: String, default def: String?, fix: String = "") -> String? {
        guard has(key) else { return required(key, def, fix: fix) }
        return text(key, expected: "a text")
    }

    func bool(_ key: String, default def: Bool) -> Bool? {
        guard has(key), let t = text(key, expected: "true or false") else { return has(key) ? nil : def }
        switch t.lowercased() {
        case "true": return true
        case "false": return false
        default: problem(key, "must be true or false, got '\(t)'", fix: "write true or false"); return nil
        }
    }

    /// An integer in `range`.
    func int(_ key: String, default def: Int?, range: ClosedRange<Int>, fix: String = "") -> Int? {
        guard has(key) else { return required(key, def, fix: fix) }
        guard let t = text(key, expected: "an integer") else { return nil }
        let what = MapReader.describe(range)
        guard let n = Int(t.replacingOccurrences(of: "_", with: "")) else {
            problem(key, "must be \(what), got '\(t)'", fix: "write a whole number such as 3")
            return nil
        }
        guard range.contains(n) else {
            problem(key, "must be \(what), got \(n)", fix: "use a value \(MapReader.bounds(range))")
            return nil
        }
        return n
    }

    /// A finite number within `bound` (every number of a scenario has a documented range: see
    /// scenarios/README.md). `fix` is the help for a missing key; bad values get a fix naming the range.
    func number(_ key: String, default def: Double?, _ bound: Bound, fix: String = "") -> Double? {
        guard has(key) else { return required(key, def, fix: fix) }
        guard let t = text(key, expected: "a number") else { return nil }
        return MapReader.check(t, bound) { problem(key, $0, fix: $1) }
    }

    /// A time of day `HH:MM` or `HH:MM:SS`, hours up to 47.
    func time(_ key: String, default def: SimTime?) -> SimTime? {
        guard has(key) else { return required(key, def, fix: "write a time such as \"07:30\"") }
        guard let t = text(key, expected: "a time of day") else { return nil }
        guard let time = TimeOfDay.parse(t) else {
            problem(
                key, "must be a time of day \"HH:MM\" or \"HH:MM:SS\" (hours 0–47), got '\(t)'",
                fix: "write e.g. \"07:30\" or \"25:00:00\" for 1 am the next day")
            return nil
        }
        return time
    }

    /// A span given as a number of `unit`s (seconds, minutes or hours) within `bound` (in those units),
    /// converted to milliseconds with the checked conversion.
    func duration(_ key: String, default def: SimTime?, unit: Double, _ bound: Bound) -> SimTime? {
        guard has(key) else { return required(key, def, fix: "") }
        guard let n = number(key, default: nil, bound) else { return nil }
        guard let span = SimTime.checkedSeconds(n * unit) else {
            problem(key, "must be \(bound.text), got \(MapReader.format(n))", fix: "use \(bound.text)")
            return nil
        }
        return span
    }

    private func required<T>(_ key: String, _ def: T?, fix: String) -> T? {
        if let def { return def }
        missing(key, fix: fix.isEmpty ? "add '\(key):' to '\(path.isEmpty ? "the file" : path)'" : fix)
        return nil
    }
}

/// Allowed range of a number: both ends finite, so that no value read can overflow a later
/// conversion (to milliseconds, a cost, a count).
struct Bound {
    var min: Double
    var minInclusive = true
    var max: Double

    /// `[lo, hi]`.
    static func closed(_ lo: Double, _ hi: Double) -> Bound { Bound(min: lo, max: hi) }
    /// `(lo, hi]`.
    static func above(_ lo: Double, upTo hi: Double) -> Bound { Bound(min: lo, minInclusive: false, max: hi) }
    static let probability = closed(0, 1)
    /// Relative weights of a mix: > 0, and small enough that sums of them stay finite.
    static let mixWeight = above(0, upTo: 1e6)
    /// Cost weights (s per s) of the matcher: a cost stays far from Int64's end.
    static let costWeight = closed(0, 1e6)
    static let detourFactor = closed(1, 10)
    static let latitude = closed(-90, 90)
    static let longitude = closed(-180, 180)

    /// "a number in [0, 1]" or "a number in (0, 86400]".
    var text: String {
        "a number in \(minInclusive ? "[" : "(")\(MapReader.format(min)), \(MapReader.format(max))]"
    }

    func contains(_ x: Double) -> Bool { (minInclusive ? x >= min : x > min) && x <= max }
}

extension MapReader {
    /// Parses `t` as a number within `bound`, calling `report(message, fix)` when it is not.
    static func check(_ t: String, _ bound: Bound, report: (String, String) -> Void) -> Double? {
        guard let x = Double(t.replacingOccurrences(of: "_", with: "")), x.isFinite else {
            report("must be \(bound.text), got '\(t)'", "write a plain number such as 1.5")
            return nil
        }
        guard bound.contains(x) else {
            report("must be \(bound.text), got \(format(x))", "use \(bound.text)")
            return nil
        }
        return x
    }

    static func format(_ x: Double) -> String {
        x == x.rounded() && abs(x) < 1e15 ? String(Int64(x)) : String(x)
    }

    static func describe(_ r: ClosedRange<Int>) -> String {
        if r.lowerBound == 1 { return "a positive integer" + (r.upperBound == .max ? "" : " up to \(r.upperBound)") }
        if r.lowerBound == 0 && r.upperBound == .max { return "a non-negative integer" }
        return "an integer \(bounds(r))"
    }

    static func bounds(_ r: ClosedRange<Int>) -> String {
        r.upperBound == .max ? ">= \(r.lowerBound)" : "from \(r.lowerBound) to \(r.upperBound)"
    }
}
