import ArgumentParser
import Reports

struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Re-check a run from trips.csv and events.jsonl alone (capacity, states, windows, travel times).")

    @Argument(help: "A run directory (results/<scenario>/<run-id>).") var runDirectory: String

    func run() throws {
        let report = try Verifier.verify(runDirectory: runDirectory)
        let summary =
            "checked \(report.checked.trips) trips and \(report.checked.events) events; \(report.unfinished) unfinished"
        guard report.violations.isEmpty else {
            throw CommandFailure(
                message: report.violations.joined(separator: "\n")
                    + "\n\(report.violations.count) violations; \(summary)\n", code: 1)
        }
        print("verified: no violations; \(summary)")
    }
}
