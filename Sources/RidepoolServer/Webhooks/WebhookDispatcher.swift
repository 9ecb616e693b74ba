import Logging
import Service

/// Delivers webhook envelopes without ever making the caller wait: `enqueue` puts an envelope in a
/// bounded queue and returns at once; lanes, each its own task, post them (`WebhookLane`: retries
/// with backoff and jitter, a timeout per attempt). A trip's envelopes always take the same lane, so
/// they arrive in the order the trip changed. A full lane drops the new envelope (counted, and logged
/// at the 1st, 10th, 100th, … drop): memory stays bounded whatever the receiver does.
public final class WebhookDispatcher: Sendable {
    public let stats = WebhookStats()
    private let lanes: [AsyncStream<WebhookDelivery>.Continuation]
    private let workers: [Task<Void, Never>]
    private let logger: Logger
    let target: WebhookTarget

    /// Starts the lanes.
    public init(configuration c: WebhookConfiguration, logger: Logger) {
        let stats = stats
        let perLane = max(1, c.queueCapacity / max(1, c.lanes))
        var lanes: [AsyncStream<WebhookDelivery>.Continuation] = [], workers: [Task<Void, Never>] = []
        for index in 0..<max(1, c.lanes) {
            let (stream, continuation) = AsyncStream.makeStream(
                of: WebhookDelivery.self, bufferingPolicy: .bufferingOldest(perLane))
            let lane = WebhookLane(
                poster: WebhookPoster(target: c.target, timeout: c.attemptTimeout), secret: c.secret,
                attempts: max(1, c.attempts),
                backoff: WebhookBackoff(first: c.firstRetryDelay, seed: c.seed &+ UInt64(index)), stats: stats,
                logger: logger)
            lanes.append(continuation)
            workers.append(
                Task {
                    var lane = lane
                    for await delivery in stream { await lane.deliver(delivery) }
                })
        }
        self.lanes = lanes
        self.workers = workers
        self.logger = logger
        target = c.target
    }

    /// Queues `delivery` on its trip's lane; never waits.
    func enqueue(_ delivery: WebhookDelivery) {
        let lane = Int(Fingerprint.of([delivery.tripID]) % UInt64(lanes.count))
        stats.pendingCount.add(1, ordering: .relaxed)
        guard case .dropped = lanes[lane].yield(delivery) else { return }
        stats.pendingCount.subtract(1, ordering: .relaxed)
        let dropped = stats.droppedCount.add(1, ordering: .relaxed).newValue
        if Self.isPowerOfTen(dropped) {
            logger.warning(
                "webhook queue full: \(dropped) envelope(s) dropped so far (the receiver at \(target) is slower than the trips change, or down)"
            )
        }
    }

    /// Whether `n` is 1, 10, 100, …
    static func isPowerOfTen(_ n: Int) -> Bool {
        var n = n
        while n >= 10, n % 10 == 0 { n /= 10 }
        return n == 1
    }

    /// Stops taking envelopes, lets the lanes post what is queued for up to `grace`, then cancels them;
    /// logs the summary.
    public func close(within grace: Duration) async {
        for lane in lanes { lane.finish() }
        let workers = workers
        await withTaskGroup(of: Void.self) { group in
            group.addTask { for worker in workers { await worker.value } }
            group.addTask { try? await Task.sleep(for: grace) }
            await group.next()
            for worker in workers { worker.cancel() }
            group.cancelAll()
        }
        logger.info("webhooks to \(target): \(stats.summary)")
    }
}
