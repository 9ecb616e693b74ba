import Dispatch
import Simulation

/// Streams every event to a JSONL file (`events.jsonl`): one JSON object per line, fixed key order.
///
/// Lines go to `<path>.partial` through a ~1 MB buffer; `finish()` flushes, fsyncs and renames the
/// file to `path`, so a crashed run never leaves a file that looks complete. Encoding is by hand
/// (no `JSONEncoder`, no dictionaries), so the same events always give byte-identical files.
///
/// Encoding and writing run on a second thread while the simulation goes on: `record` only collects
/// events into batches of `batchSize`, which one serial queue encodes and writes in order (the file
/// is the same as if written inline). At most `batchesInFlight` batches wait, so a slow disk holds
/// the simulation back instead of filling memory.
///
/// `@unchecked Sendable`: the batch being filled, `count` and `finished` belong to the thread that
/// records; the encoder and the file to the queue (and to `finish()` once the queue has drained).
public final class EventLogWriter: EventSink, @unchecked Sendable {
    /// Events per batch handed to the writing thread.
    static let batchSize = 4096
    /// Batches handed over and not yet written, at most.
    static let batchesInFlight = 4

    /// The final path (`…/events.jsonl`).
    public let path: String
    private let file: BufferedFile
    private var encoder = EventEncoder()
    private var batch: [SimEvent] = []
    private let queue = DispatchQueue(label: "ridepool.event-log")
    private let slots = DispatchSemaphore(value: EventLogWriter.batchesInFlight)
    private var finished = false
    /// Events recorded so far.
    public private(set) var count = 0

    /// Opens `<path>.partial` for writing.
    public init(path: String) throws {
        self.path = path
        file = try BufferedFile(path: AtomicFile.partialPath(for: path))
        batch.reserveCapacity(Self.batchSize)
    }

    public func record(_ event: SimEvent) {
        precondition(!finished, "EventLogWriter(\(path)): event at \(event.time) after finish()")
        batch.append(event)
        count += 1
        if batch.count == Self.batchSize { handOver() }
    }

    /// Gives the filled batch to the writing thread (waiting while `batchesInFlight` are pending).
    private func handOver() {
        let events = batch
        batch = []
        batch.reserveCapacity(Self.batchSize)
        slots.wait()
        queue.async { [self] in
            for event in events {
                encoder.encode(event)
                file.write(encoder.json.bytes)
            }
            slots.signal()
        }
    }

    /// Writes what is left, flushes, fsyncs and renames the file to its final path; throws the first
    /// I/O error of the run.
    public func finish() throws {
        guard !finished else { return }
        finished = true
        if !batch.isEmpty { handOver() }
        queue.sync {}
        try file.close()
        try AtomicFile.commit(partial: AtomicFile.partialPath(for: path), to: path)
    }
}
