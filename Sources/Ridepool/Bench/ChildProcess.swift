import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A child process run to its end for the bench: `posix_spawn`, then `wait4`, so that its elapsed time
/// and peak memory are its own.
enum ChildProcess {
    /// How a child process ended.
    struct Finished {
        /// The exit status (128 + the signal when a signal ended it).
        var status: Int32
        /// Wall-clock seconds from spawning to reaping it, measured by this process.
        var seconds: Double
        /// The child's peak resident memory (`ru_maxrss`), MiB.
        var peakRSSMiB: Double
    }

    /// Runs `arguments` (the first is the executable's path) with its stdout and stderr going to the
    /// given files (created or truncated), and waits for it.
    /// - Parameter fixIfNotStarted: the fix an error names when the executable cannot be started.
    static func run(
        _ arguments: [String], stdout: String = "/dev/null", stderr: String = "/dev/null",
        fixIfNotStarted: String
    ) throws -> Finished {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, stderr, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let argv = arguments.map { strdup($0) } + [nil]
        defer { for p in argv { free(p) } }
        var pid: pid_t = 0
        let started = ContinuousClock.now
        let rc = posix_spawn(&pid, arguments[0], &actions, nil, argv, environ)
        guard rc == 0 else {
            throw RidepoolError(
                "bench: cannot start \(arguments[0]): \(String(cString: strerror(rc)))", fix: fixIfNotStarted)
        }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 {
            guard errno == EINTR else {
                throw RidepoolError("bench: wait4 failed: errno \(errno)", fix: "run the bench again")
            }
        }
        let elapsed = ContinuousClock.now - started
        let exited = (status & 0x7f) == 0
        return Finished(
            status: exited ? (status >> 8) & 0xff : 128 + (status & 0x7f),
            seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18,
            peakRSSMiB: Double(usage.ru_maxrss) / 1024)
    }
}
