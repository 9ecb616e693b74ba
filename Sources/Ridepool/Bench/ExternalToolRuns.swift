import Foundation

/// One external tool's runs on one workload (side by side): its JSON lines and how its processes went;
/// after a failure, the reason, and no more runs.
struct ExternalToolRuns {
    var tool: SideBySideTool
    var lines: [ToolResultLine] = []
    var processSeconds: [Double] = []
    var processPeakMiB: [Double] = []
    /// Why the tool gave no result here (its column stays empty).
    var failure: String?

    init(tool: SideBySideTool) { self.tool = tool }

    /// Runs the tool once on `prefix` (stdout and stderr to files in `workDirectory`) and keeps its line,
    /// or the reason it gave none. Returns the line.
    @discardableResult
    mutating func runOnce(prefix: String, workDirectory: String, index: Int) -> ToolResultLine? {
        guard failure == nil else { return nil }
        let arguments = tool.arguments(prefix: prefix)
        let command = "`" + arguments.joined(separator: " ") + "`"
        let out = workDirectory + "/\(tool.role)-\(index).out", err = workDirectory + "/\(tool.role)-\(index).err"
        let finished: ChildProcess.Finished
        do {
            finished = try ChildProcess.run(arguments, stdout: out, stderr: err, fixIfNotStarted: "")
        } catch {
            failure = "\(tool.role): \(command) could not start: \((error as? RidepoolError)?.message ?? "\(error)")"
            return nil
        }
        let output = (try? String(contentsOfFile: out, encoding: .utf8)) ?? ""
        guard finished.status == 0 else {
            failure = "\(tool.role): \(command) exited with status \(finished.status)" + Self.tail(err)
            return nil
        }
        guard let line = ToolResultLine.parse(output, secondsKey: tool.secondsKey) else {
            failure =
                "\(tool.role): \(command) printed no JSON line with \(tool.secondsKey), requests and served"
                + Self.tail(out)
            return nil
        }
        lines.append(line)
        processSeconds.append(finished.seconds)
        processPeakMiB.append(finished.peakRSSMiB)
        return line
    }

    /// The runs' figures; nil after a failure or before any run.
    var times: SideBySideTimes? {
        guard failure == nil, let first = lines.first else { return nil }
        let peaks = lines.compactMap(\.peakRSSMiB)
        return SideBySideTimes(
            seconds: WallTimes(runs: lines.map(\.seconds), warmups: []),
            processSeconds: WallTimes(runs: processSeconds, warmups: []),
            peakRSSMiB: (peaks.count == lines.count ? peaks : processPeakMiB).max() ?? 0,
            requests: first.requests, served: first.served)
    }

    /// `: <the file's last non-empty line>`, or "" when there is none.
    private static func tail(_ path: String) -> String {
        let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        guard let last = text.split(whereSeparator: \.isNewline).last(where: { !$0.allSatisfy(\.isWhitespace) })
        else { return "" }
        return ": " + String(last.prefix(300))
    }
}
