import Foundation

/// The JSON line a side-by-side tool prints for one run: the peer's `ridepy_bench.py --import PREFIX`
/// (`sim_wall_s`, `peak_rss_mib`) or the instrument's `dispatch_limit` (`wall_s`), both with `requests`
/// and `served` (or `served_share`) and `wait_mean`.
public struct ToolResultLine: Sendable, Equatable {
    /// The simulation alone, s: the peer's `sim_wall_s`, the instrument's `wall_s`.
    public var seconds: Double
    public var requests: Int
    /// Requests served (accepted and delivered).
    public var served: Int
    /// The tool's own peak resident memory, MiB, when it reports it (the peer does).
    public var peakRSSMiB: Double?
    /// Mean wait in plane time units, when reported.
    public var waitMean: Double?

    /// The key of the simulation seconds in the peer's line.
    public static let peerSecondsKey = "sim_wall_s"
    /// The key of the simulation seconds in the instrument's line.
    public static let instrumentSecondsKey = "wall_s"

    /// The last line of `output` that is a JSON object holding `secondsKey` (a tool may print warnings
    /// before it); nil when there is none or it lacks the counts.
    public static func parse(_ output: String, secondsKey: String) -> ToolResultLine? {
        for line in output.split(whereSeparator: \.isNewline).reversed() {
            let text = line.trimmingCharacters(in: .whitespaces)
            // JSONDecoder, not JSONSerialization: its doubles are the written ones, bit for bit.
            guard text.hasPrefix("{"),
                let fields = try? JSONDecoder().decode([String: NumberField].self, from: Data(text.utf8)),
                let seconds = fields[secondsKey]?.value
            else { continue }
            guard let requests = fields["requests"]?.value.map({ Int($0) }) else { return nil }
            let served =
                fields["served"]?.value.map { Int($0) }
                ?? fields["served_share"]?.value.map { Int(($0 * Double(requests)).rounded()) }
            guard let served else { return nil }
            return ToolResultLine(
                seconds: seconds, requests: requests, served: served, peakRSSMiB: fields["peak_rss_mib"]?.value,
                waitMean: fields["wait_mean"]?.value)
        }
        return nil
    }

    /// A field of the line: its value when it is a finite number, else nil (text, objects, lists).
    private struct NumberField: Decodable {
        var value: Double?

        init(from decoder: Decoder) throws {
            let x = try? decoder.singleValueContainer().decode(Double.self)
            value = x.flatMap { $0.isFinite ? $0 : nil }
        }
    }
}
