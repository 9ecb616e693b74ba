import ArgumentParser
import Foundation

/// `ridepool`: the command-line adapter over the `Ridepool` use-cases.
@main
struct RidepoolCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ridepool",
        abstract: "A ridepooling trip-dispatch simulator.",
        subcommands: [
            RunCommand.self, PlanCommand.self, ValidateCommand.self, VerifyCommand.self, BenchCommand.self,
            ServeCommand.self
        ])

    /// The one place where every error becomes a message on stderr and a non-zero exit code.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let failure as CommandFailure {
            FileHandle.standardError.write(Data(failure.message.utf8))
            Foundation.exit(failure.code)
        } catch {
            if String(reflecting: type(of: error)).hasPrefix("ArgumentParser.") || error is ExitCode {
                exit(withError: error)
            }
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            Foundation.exit(1)
        }
    }
}

/// A command's own failure with its exit code (the message is already complete).
struct CommandFailure: Error {
    var message: String
    var code: Int32
}
