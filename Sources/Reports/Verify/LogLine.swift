import Foundation
import Simulation

/// One parsed line of `events.jsonl` (via `JSONSerialization`, independent of the writer's code).
struct LogLine {
    let number: Int
    let object: [String: Any]

    var type: String { string("type") }
    var tMs: Int64 { int("t_ms") ?? 0 }
    var trip: String { string("trip_id") }
    var vehicle: String { string("vehicle_id") }

    func string(_ key: String) -> String { object[key] as? String ?? "" }
    func bool(_ key: String) -> Bool? { object[key] as? Bool }
    func int(_ key: String) -> Int64? { (object[key] as? NSNumber)?.int64Value }
    func double(_ key: String) -> Double? { (object[key] as? NSNumber)?.doubleValue }
    func child(_ key: String) -> LogLine { LogLine(number: number, object: object[key] as? [String: Any] ?? [:]) }
    func array(_ key: String) -> [LogLine] {
        (object[key] as? [Any] ?? []).map { LogLine(number: number, object: $0 as? [String: Any] ?? [:]) }
    }

    /// The place of a vehicle or stop event.
    var place: Place { Place(stopID: string("stop_id"), lat: double("lat") ?? .nan, lon: double("lon") ?? .nan) }

    /// Reads every line of `path`; throws on unreadable files and on lines that are not JSON objects.
    static func readAll(_ path: String) throws -> [LogLine] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ReportsError(path: path, operation: "read", reason: "missing or unreadable")
        }
        var lines: [LogLine] = []
        var n = 0
        for slice in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            n += 1
            if slice.isEmpty { continue }
            let obj = try? JSONSerialization.jsonObject(with: Data(slice))
            guard let dict = obj as? [String: Any] else {
                throw ReportsError(path: "\(path):\(n)", operation: "parse", reason: "line is not a JSON object")
            }
            lines.append(LogLine(number: n, object: dict))
        }
        return lines
    }
}

/// Seconds text of milliseconds, for messages.
func secondsText(_ ms: Int64) -> String { NumberFormat.seconds(SimTime(ms: ms)) + "s" }
