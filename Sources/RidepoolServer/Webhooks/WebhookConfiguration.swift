import Ridepool

/// How `ridepool serve --webhook URL --webhook-secret S` posts trip state changes: where, signed with
/// what, and the bounds of its delivery (attempts, backoff, timeout, queue).
public struct WebhookConfiguration: Sendable {
    public var target: WebhookTarget
    /// The key of each body's HMAC-SHA256 (`x-moia-signature`).
    public var secret: String
    /// Attempts per envelope before it is given up (and logged).
    public var attempts = 5
    /// The delay before the second attempt; each later one doubles it (with jitter, see `WebhookBackoff`).
    public var firstRetryDelay: Duration = .milliseconds(500)
    /// How long one attempt (connect, send, the response's head) may take.
    public var attemptTimeout: Duration = .seconds(5)
    /// Envelopes waiting at most, over all lanes; more are dropped (counted and logged).
    public var queueCapacity = 4096
    /// Deliveries in parallel; a trip's envelopes always take the same lane, so they arrive in order.
    public var lanes = 4
    /// Seeds the backoff's jitter (the scenario's seed in `ridepool serve`).
    public var seed: UInt64 = 1

    public init(target: WebhookTarget, secret: String) {
        self.target = target; self.secret = secret
    }

    /// The configuration the two flags ask for; nil when neither is given. The error names the flag
    /// at fault and the fix.
    public static func fromFlags(url: String?, secret: String?) throws(RidepoolError) -> WebhookConfiguration? {
        switch (url, secret) {
        case (nil, nil):
            return nil
        case (nil, .some):
            throw RidepoolError(
                "--webhook-secret is given without --webhook",
                fix: "add --webhook http://host:port/path (where to post trip state changes), or drop --webhook-secret")
        case (.some, nil):
            throw RidepoolError(
                "--webhook needs --webhook-secret",
                fix: "add --webhook-secret S: each body is signed with HMAC-SHA256 under S in x-moia-signature")
        case (.some(let url), .some(let secret)):
            guard !secret.isEmpty else {
                throw RidepoolError("--webhook-secret is empty", fix: "give a secret the receiver shares")
            }
            return WebhookConfiguration(target: try WebhookTarget(url: url), secret: secret)
        }
    }
}
