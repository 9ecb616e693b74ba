import Foundation

/// Writes files so that a reader never sees a half-written one under the final name.
///
/// Content goes to `<path>.partial`, is flushed and `fsync`ed, and only then renamed to `path`
/// (`rename(2)` is atomic within a file system). A crash leaves at most a `.partial` file.
public enum AtomicFile {
    /// The temporary name used while `path` is being written.
    public static func partialPath(for path: String) -> String { path + ".partial" }

    /// Writes `text` (UTF-8) to `path` atomically.
    public static func write(_ text: String, to path: String) throws {
        try write(bytes: Array(text.utf8), to: path)
    }

    /// Writes `bytes` to `path` atomically.
    public static func write(bytes: [UInt8], to path: String) throws {
        try write(to: path) { $0.write(bytes) }
    }

    /// Writes what `body` produces to `path` atomically, streamed through a buffer (a large table is
    /// never held whole in memory).
    static func write(to path: String, _ body: (BufferedFile) -> Void) throws {
        let partial = partialPath(for: path)
        let file = try BufferedFile(path: partial)
        body(file)
        try file.close()
        try commit(partial: partial, to: path)
    }

    /// Renames a finished (already synced) `partial` file to `path`.
    static func commit(partial: String, to path: String) throws {
        if rename(partial, path) != 0 {
            throw ReportsError(path: path, operation: "rename \(partial)", reason: errnoText())
        }
    }

    static func errnoText() -> String { String(cString: strerror(errno)) }
}
