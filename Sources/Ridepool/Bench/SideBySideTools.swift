import Foundation

/// One external tool of `ridepool bench --side-by-side`: how to run it on a workload, and which key of
/// its JSON line holds the simulation seconds.
public struct SideBySideTool: Sendable {
    /// `peer` or `instrument`: how the report and the messages name it.
    public var role: String
    /// The command before the workload's prefix.
    public var launcher: [String]
    /// The arguments after the prefix.
    public var trailing: [String]
    /// See `ToolResultLine`.
    public var secondsKey: String

    /// The command that runs the tool once on the workload at `prefix`.
    public func arguments(prefix: String) -> [String] { launcher + [prefix] + trailing }
}

/// The project's shared tools beside the repository (`../shared/tools`), as far as they are there:
/// the peer (RidePy 2.10.1 through `ridepy_bench.py` in its venv) and the instrument (`dispatch_limit/run.sh`).
/// Neither is needed by anything else, so a missing one only leaves its column empty.
public struct SideBySideTools: Sendable {
    /// The tools directory as given (messages name it so).
    public var directory: String
    public var peer: SideBySideTool?
    public var instrument: SideBySideTool?
    /// One line per missing tool: what is missing, and how to get it.
    public var missing: [String]

    /// The peer's script, relative to the tools directory.
    public static let peerScript = "ridepy_bench.py"
    /// What makes the peer's venv, relative to the tools directory.
    public static let peerSetup = "setup_ridepy_venv.sh"
    /// The instrument's runner, relative to the tools directory.
    public static let instrumentScript = "dispatch_limit/run.sh"

    /// Looks for the tools in `directory` (relative paths from the current directory) and for the
    /// peer's Python. Throws only when `directory` itself is missing.
    public static func locate(directory: String, peerPython: String) throws -> SideBySideTools {
        let files = FileManager.default
        var isDirectory: ObjCBool = false
        guard files.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            let absolute = URL(fileURLWithPath: directory).standardizedFileURL.path
            throw RidepoolError(
                "bench --side-by-side: the tools directory \(directory) (\(absolute)) does not exist",
                fix: "this mode needs the project's shared tools beside the repository (../shared/tools, with "
                    + "\(peerScript), \(peerSetup) and \(instrumentScript)); run from the repository's root "
                    + "or pass --tools DIR")
        }
        let base = directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        var tools = SideBySideTools(directory: directory, peer: nil, instrument: nil, missing: [])
        let script = base + "/" + peerScript
        if !files.fileExists(atPath: script) {
            tools.missing.append("peer: \(script) not found; the shared tools are incomplete (restore them)")
        } else if !files.isExecutableFile(atPath: peerPython) {
            tools.missing.append("peer: \(peerPython) not found; run \(base)/\(peerSetup)")
        } else {
            tools.peer = SideBySideTool(
                role: "peer", launcher: [peerPython, script, "--import"], trailing: [],
                secondsKey: ToolResultLine.peerSecondsKey)
        }
        let runner = base + "/" + instrumentScript
        if files.fileExists(atPath: runner) {
            tools.instrument = SideBySideTool(
                role: "instrument", launcher: ["/bin/sh", runner], trailing: ["1"],
                secondsKey: ToolResultLine.instrumentSecondsKey)
        } else {
            tools.missing.append(
                "instrument: \(runner) not found; the shared tools are incomplete (restore dispatch_limit/)")
        }
        return tools
    }
}
