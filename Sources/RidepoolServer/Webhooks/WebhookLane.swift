import Logging

/// A webhook envelope waiting to be posted.
struct WebhookDelivery: Sendable {
    let envelope: WebhookEnvelope
    /// The trip it tells of: a trip's envelopes share a lane, so they arrive in order.
    let tripID: String
}

/// One lane of the webhook delivery: posts its envelopes one after the other, each until a receiver
/// answers 2xx or its attempts are spent (then it is given up and logged), waiting between attempts as
/// `WebhookBackoff` says. Every non-2xx answer, failed connection and timeout counts as a failed attempt.
struct WebhookLane: Sendable {
    let poster: WebhookPoster
    let secret: String
    let attempts: Int
    var backoff: WebhookBackoff
    let stats: WebhookStats
    let logger: Logger

    /// Posts `delivery`; returns early (leaving it pending) when the task is cancelled.
    mutating func deliver(_ delivery: WebhookDelivery) async {
        let body = delivery.envelope.body
        let headers = [(WebhookSignature.header, WebhookSignature.hex(of: body, secret: secret))]
        var problem = ""
        for attempt in 1...attempts {
            do {
                let status = try await poster.post(body, headers: headers)
                if (200..<300).contains(status) {
                    stats.deliveredCount.add(1, ordering: .relaxed)
                    stats.pendingCount.subtract(1, ordering: .relaxed)
                    return
                }
                problem = "HTTP \(status)"
            } catch {
                problem = "\(error)"
            }
            guard attempt < attempts, !Task.isCancelled else { break }
            stats.retriedCount.add(1, ordering: .relaxed)
            do { try await Task.sleep(for: backoff.delay(afterAttempt: attempt)) } catch { return }
        }
        guard !Task.isCancelled else { return }
        stats.givenUpCount.add(1, ordering: .relaxed)
        stats.pendingCount.subtract(1, ordering: .relaxed)
        logger.warning(
            "webhook \(delivery.envelope.id) (trip \(delivery.tripID)) given up after \(attempts) attempts to \(poster.target): \(problem)"
        )
    }
}
