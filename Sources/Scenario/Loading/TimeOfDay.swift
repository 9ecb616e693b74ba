import Foundation
import Simulation

/// Times of day as scenarios write them: `HH:MM` or `HH:MM:SS`, hours 0…47 (past 24 is the next day).
enum TimeOfDay {
    /// Parses `text`; `nil` when it is not such a time.
    static func parse(_ text: String) -> SimTime? {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: ":", omittingEmptySubsequences: false)
        func digits(_ p: Substring) -> Bool { p.allSatisfy { $0.isASCII && $0.isNumber } }
        guard parts.count == 2 || parts.count == 3, (1...2).contains(parts[0].count),
            parts.dropFirst().allSatisfy({ $0.count == 2 }), parts.allSatisfy(digits),
            let h = Int(parts[0]), let m = Int(parts[1])
        else { return nil }
        let s = parts.count == 3 ? Int(parts[2]) : 0
        guard let s, (0...47).contains(h), (0...59).contains(m), (0...59).contains(s) else { return nil }
        return .seconds(Double(h * 3600 + m * 60 + s))
    }

    /// `HH:MM:SS`, or `HH:MM` when the seconds are zero (whole seconds only).
    static func format(_ t: SimTime) -> String {
        let s = t.ms / 1000
        func two(_ v: Int64) -> String { v < 10 ? "0\(v)" : "\(v)" }
        let hm = "\(two(s / 3600)):\(two(s / 60 % 60))"
        return s % 60 == 0 ? hm : hm + ":" + two(s % 60)
    }
}
