import Synchronization

/// What the webhook delivery has done so far (for the log's summary and for tests).
public final class WebhookStats: Sendable {
    /// Envelopes a receiver answered with 2xx.
    public var delivered: Int { deliveredCount.load(ordering: .relaxed) }
    /// Failed attempts that were retried.
    public var retried: Int { retriedCount.load(ordering: .relaxed) }
    /// Envelopes given up after every attempt failed.
    public var givenUp: Int { givenUpCount.load(ordering: .relaxed) }
    /// Envelopes dropped because the queue was full.
    public var dropped: Int { droppedCount.load(ordering: .relaxed) }
    /// Envelopes queued and not yet finished (delivered or given up).
    public var pending: Int { pendingCount.load(ordering: .relaxed) }

    let deliveredCount = Atomic<Int>(0)
    let retriedCount = Atomic<Int>(0)
    let givenUpCount = Atomic<Int>(0)
    let droppedCount = Atomic<Int>(0)
    let pendingCount = Atomic<Int>(0)

    /// One line for the log.
    public var summary: String {
        "\(delivered) delivered, \(retried) attempts retried, \(givenUp) given up, \(dropped) dropped (queue full), "
            + "\(pending) unsent"
    }
}
