import Simulation

/// Streams every event to a JSONL file (`events.jsonl`): one JSON object per line, fixed key order.
///
/// Lines go to `<path>.partial` through a ~1 MB buffer; `finish()` flushes, fsyncs and renames the
/// file to `path`, so a crashed run never leaves a file that looks complete. Encoding is by hand
/// (no `JSONEncoder`, no dictionaries), so the same events always give byte-identical files.
public final class EventLogWriter: EventSink {
    /// The final path (`…/events.jsonl`).
    public let path: String
    private let file: BufferedFile
    private var encoder = EventEncoder()
    private var finished = false
    /// Events written so far.
    public private(set) var count = 0

    /// Opens `<path>.partial` for writing.
    public init(path: String) throws {
        self.path = path
        file = try BufferedFile(path: AtomicFile.partialPath(for: path))
    }

    public func record(_ event: SimEvent) {
        precondition(!finished, "EventLogWriter(\(path)): event at \(event.time) after finish()")
        encoder.encode(event)
        file.write(encoder.json.bytes)
        count += 1
    }

    /// Flushes, fsyncs and renames the file to its final path; throws the first I/O error of the run.
    public func finish() throws {
        guard !finished else { return }
        finished = true
        try file.close()
        try AtomicFile.commit(partial: AtomicFile.partialPath(for: path), to: path)
    }
}
