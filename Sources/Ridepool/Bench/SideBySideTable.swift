import Foundation

/// The one table `ridepool bench --side-by-side` prints: a row per workload, fixed width, markdown-like.
public enum SideBySideTable {
    static let headers = [
        "workload", "peer sim s", "instrument s", "ridepool sim s", "ridepool whole s", "ridepool/instr",
        "peer/ridepool sim", "peer/ridepool whole", "peak MiB ridepool/peer", "served peer", "served instr",
        "served ridepool"
    ]

    /// The table, a legend line, and the report's missing tools (one line each).
    public static func render(_ report: SideBySideReport) -> String {
        let rows = [headers] + report.workloads.map(cells)
        let widths = headers.indices.map { i in rows.map { $0[i].count }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            let padded = cells.enumerated().map { i, c in
                let pad = String(repeating: " ", count: widths[i] - c.count)
                return i == 0 ? c + pad : pad + c
            }
            return "| " + padded.joined(separator: " | ") + " |"
        }
        let rule =
            "|"
            + widths.enumerated().map { i, w in
                i == 0 ? String(repeating: "-", count: w + 2) : String(repeating: "-", count: w + 1) + ":"
            }.joined(separator: "|") + "|"
        var lines = [line(headers), rule] + rows.dropFirst().map(line)
        lines.append(
            "times: median [min–max] of \(report.runs) interleaved rounds, s; sim: the simulation alone, whole: "
                + "ridepool's whole process; ! = served share differs from the peer's (without the peer: the "
                + "instrument's)")
        lines += report.missing.map { "missing: " + $0 }
        return lines.joined(separator: "\n")
    }

    /// One workload's cells, in the order of `headers`.
    static func cells(_ r: SideBySideRecord) -> [String] {
        func served(_ t: SideBySideTimes?) -> String {
            guard let t else { return "—" }
            return String(format: "%.5f", t.servedShare) + (r.servesDifferently(t) ? " !" : "")
        }
        let peak =
            String(format: "%.0f", r.ridepool.peakRSSMiB) + " / "
            + (r.peer.map { String(format: "%.0f", $0.peakRSSMiB) } ?? "—")
        return [
            r.name, spread(r.peer?.seconds), spread(r.instrument?.seconds), spread(r.ridepool.seconds),
            spread(r.ridepool.processSeconds), ratio(r.ridepoolOverInstrument), ratio(r.peerOverRidepoolSimulation),
            ratio(r.peerOverRidepoolWholeProcess), peak, served(r.peer), served(r.instrument), served(r.ridepool)
        ]
    }

    /// `median [min–max]`, or "—".
    static func spread(_ t: WallTimes?) -> String {
        guard let t else { return "—" }
        return "\(seconds(t.median)) [\(seconds(t.min))–\(seconds(t.max))]"
    }

    /// About three significant digits: 0.0607, 0.107, 4.52, 94.5, 396.
    static func seconds(_ x: Double) -> String {
        switch x {
        case ..<0.1: String(format: "%.4f", x)
        case ..<1: String(format: "%.3f", x)
        case ..<10: String(format: "%.2f", x)
        case ..<100: String(format: "%.1f", x)
        default: String(format: "%.0f", x)
        }
    }

    /// `12.3×` (`1.23×` below 10), or "—".
    static func ratio(_ x: Double?) -> String {
        guard let x else { return "—" }
        return String(format: x < 10 ? "%.2f×" : "%.1f×", x)
    }
}
