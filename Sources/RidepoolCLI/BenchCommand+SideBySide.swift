import Foundation
import Ridepool

/// `ridepool bench --side-by-side`: the peer, the instrument and ridepool on the peer's workloads.
extension BenchCommand {
    /// The project's shared tools, beside the repository (relative to the current directory).
    static let defaultTools = "../shared/tools"
    /// Where `setup_ridepy_venv.sh` of the shared tools puts the peer's venv.
    static let defaultPeerPython = "/tmp/venv-ridepy/bin/python"

    func runSideBySide() throws {
        let located = try SideBySideTools.locate(
            directory: tools ?? Self.defaultTools, peerPython: peerPython ?? Self.defaultPeerPython)
        let work = NSTemporaryDirectory() + "ridepool-side-by-side-\(getpid())"
        defer { try? FileManager.default.removeItem(atPath: work) }
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        let chosen =
            workloads.isEmpty
            ? try SideBySideWorkload.fromSuite(BenchSuite.load(path: suite))
            : try workloads.enumerated().map {
                try SideBySideWorkload.adHoc(prefix: $0.element, directory: work, index: $0.offset + 1)
            }
        let cache = noCache ? nil : cacheDir ?? RunCommand.defaultCacheDirectory()
        let runner = ChildProcessRunner(executable: Self.executablePath(), workDirectory: work, cacheDirectory: cache)
        let outcome = try RunSideBySide.run(
            workloads: chosen, tools: located, ridepool: runner, runs: runs ?? 3, workDirectory: work,
            reportDirectory: out, createdUTC: ISO8601DateFormatter().string(from: Date()),
            progress: { FileHandle.standardError.write(Data(($0 + "\n").utf8)) })
        print(SideBySideTable.render(outcome.report))
        print("report: \(outcome.reportPath)")
    }
}
