import ArgumentParser
import Ridepool

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate", abstract: "Check a scenario and its files; report every problem at once.")

    @Argument(help: "The scenario file (YAML).") var scenario: String

    func run() throws {
        let problems = ValidateScenario.problems(scenarioPath: scenario)
        guard problems.isEmpty else {
            let s = problems.count == 1 ? "" : "s"
            throw CommandFailure(
                message: problems.joined(separator: "\n") + "\n\(problems.count) problem\(s) in \(scenario)\n", code: 1)
        }
        print("\(scenario): valid")
    }
}
