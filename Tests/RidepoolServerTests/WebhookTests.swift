import Crypto
import Foundation
import GRPCCore
import Logging
import Ridepool
import RidepoolAPI
import Simulation
import Testing

@testable import RidepoolServer

/// `ridepool serve --webhook`: the flags, the signature, the envelope, and delivery to real HTTP
/// receivers on loopback: in order, retried, and never in the simulation's way.
@Suite struct WebhookTests {
    static let quiet = Logger(label: "test", factory: SwiftLogNoOpLogHandler.init)

    /// A configuration for `receiver` with test-sized waits.
    static func configuration(
        _ url: String, attempts: Int = 5, timeout: Duration = .seconds(5), capacity: Int = 4096, lanes: Int = 4
    ) throws -> WebhookConfiguration {
        var c = try #require(try WebhookConfiguration.fromFlags(url: url, secret: "s3cr3t"))
        c.attempts = attempts
        c.firstRetryDelay = .milliseconds(20)
        c.attemptTimeout = timeout
        c.queueCapacity = capacity
        c.lanes = lanes
        return c
    }

    /// Whether `request` carries the HMAC-SHA256 of its body under `secret`, checked with swift-crypto's
    /// own verification from the hex header.
    static func signed(_ request: WebhookReceiver.Request, secret: String = "s3cr3t") -> Bool {
        guard let hex = request.headers["x-moia-signature"], hex.count == 64, hex == hex.lowercased() else {
            return false
        }
        var bytes: [UInt8] = []
        var index = hex.startIndex
        while index < hex.endIndex {
            let next = hex.index(index, offsetBy: 2)
            guard let byte = UInt8(hex[index..<next], radix: 16) else { return false }
            bytes.append(byte)
            index = next
        }
        return HMAC<SHA256>.isValidAuthenticationCode(
            bytes, authenticating: request.body, using: SymmetricKey(data: Data(secret.utf8)))
    }

    /// The envelope's state as one word: ordered, accepted, picked_up, fulfilled, or the not-fulfilled reason.
    static func state(_ request: WebhookReceiver.Request) -> String {
        let state = (request.json["data"] as? [String: Any])?["state"] as? [String: Any] ?? [:]
        if let phase = (state["in_fulfillment"] as? [String: Any])?["phase"] as? String {
            return phase.replacingOccurrences(of: "PHASE_", with: "").lowercased()
        }
        if let reason = (state["not_fulfilled"] as? [String: Any])?["reason"] as? String { return reason }
        return state.keys.first ?? "?"
    }

    static func tripID(_ request: WebhookReceiver.Request) -> String {
        (request.json["data"] as? [String: Any])?["id"] as? String ?? ""
    }

    // MARK: Flags

    @Test(
        "--webhook and --webhook-secret: http URLs with a host are taken; anything else names the flag and the fix",
        arguments: [
            ("http://127.0.0.1:8080/hooks?x=1", "s", "http://127.0.0.1:8080/hooks?x=1"),
            ("HTTP://Example.com", "s", "http://Example.com/"), ("http://[::1]:9000/h", "s", "http://[::1]:9000/h"),
            ("https://example.com/hooks", "s", "--webhook \"https://example.com/hooks\": the sandbox posts"),
            ("ftp://example.com/", "s", "the scheme must be http"), ("example.com/hooks", "s", "not an absolute URL"),
            ("http:///hooks", "s", "names no host"), ("http://user:pw@example.com/", "s", "carries credentials"),
            ("http://example.com:0/", "s", "port 0 is out of range"),
            ("http://example.com/", nil, "--webhook needs --webhook-secret"),
            ("http://example.com/", "", "--webhook-secret is empty")
        ] as [(String, String?, String)])
    func flags(url: String, secret: String?, expected: String) {
        do {
            let target = try #require(try WebhookConfiguration.fromFlags(url: url, secret: secret)).target
            #expect(target.description == expected)
        } catch {
            #expect("\(error)".contains(expected), "\(error)")
            #expect("\(error)".contains("Fix: "))
        }
    }

    @Test("neither flag is no webhook; a secret alone is refused")
    func flagsAbsent() throws {
        #expect(try WebhookConfiguration.fromFlags(url: nil, secret: nil) == nil)
        #expect(throws: RidepoolError.self) { try WebhookConfiguration.fromFlags(url: nil, secret: "s") }
    }

    // MARK: Signature and envelope

    @Test("the signature is lowercase hex HMAC-SHA256 (RFC 4231, test case 2)")
    func signature() {
        #expect(
            WebhookSignature.hex(of: Array("what do ya want for nothing?".utf8), secret: "Jefe")
                == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
    }

    @Test("the envelope is {id, timestamp, webhookVersion v1beta1, data} with data embedded as it is")
    func envelope() throws {
        let body = WebhookEnvelope(id: "a\"b", timestamp: "2026-01-01T08:00:00Z", data: #"{"id":"t1"}"#).body
        #expect(
            String(decoding: body, as: UTF8.self)
                == #"{"id":"a\"b","timestamp":"2026-01-01T08:00:00Z","webhookVersion":"v1beta1","data":{"id":"t1"}}"#)
        #expect(WebhookEnvelope.quoted("\u{1}\\") == #""\u0001\\""#)
    }

    @Test("backoff doubles from the first delay with jitter in [0.5, 1.5), the same for the same seed")
    func backoff() {
        var a = WebhookBackoff(first: .milliseconds(500), seed: 7),
            b = WebhookBackoff(first: .milliseconds(500), seed: 7)
        for attempt in 1...4 {
            let delay = a.delay(afterAttempt: attempt)
            let nominal = Duration.milliseconds(500) * (1 << (attempt - 1))
            #expect(delay >= nominal * 0.5 && delay < nominal * 1.5)
            #expect(delay == b.delay(afterAttempt: attempt))
        }
        #expect(WebhookDispatcher.isPowerOfTen(1) && WebhookDispatcher.isPowerOfTen(1000))
        #expect(!WebhookDispatcher.isPowerOfTen(0) && !WebhookDispatcher.isPowerOfTen(20))
    }

    // MARK: Delivery

    /// An envelope for trip `trip` with id `id`.
    static func delivery(_ id: String, trip: String = "t1") -> WebhookDelivery {
        WebhookDelivery(
            envelope: WebhookEnvelope(id: id, timestamp: "2026-01-01T08:00:00Z", data: #"{"id":"\#(trip)"}"#),
            tripID: trip)
    }

    @Test("a receiver that fails the first two times gets retries; the trip's envelopes still arrive in order")
    func retries() async throws {
        let receiver = try await WebhookReceiver(failing: 2)
        let dispatcher = WebhookDispatcher(configuration: try Self.configuration(receiver.url), logger: Self.quiet)
        for id in ["e1", "e2", "e3"] { dispatcher.enqueue(Self.delivery(id)) }
        let requests = await receiver.wait { $0.count >= 5 }
        await dispatcher.close(within: .seconds(1))
        try await receiver.close()
        #expect(requests.map { $0.json["id"] as? String ?? "" } == ["e1", "e1", "e1", "e2", "e3"])
        #expect(requests.allSatisfy { Self.signed($0) && $0.path == "/hooks/trips?env=test" })
        #expect(requests.allSatisfy { $0.headers["content-type"] == "application/json" })
        #expect(dispatcher.stats.delivered == 3 && dispatcher.stats.retried == 2 && dispatcher.stats.givenUp == 0)
    }

    @Test("an envelope is given up after its attempts, and the next one is tried")
    func givesUp() async throws {
        let receiver = try await WebhookReceiver(failing: 3)
        let dispatcher = WebhookDispatcher(
            configuration: try Self.configuration(receiver.url, attempts: 3), logger: Self.quiet)
        dispatcher.enqueue(Self.delivery("e1"))
        dispatcher.enqueue(Self.delivery("e2"))
        let requests = await receiver.wait { $0.count >= 4 }
        await dispatcher.close(within: .seconds(1))
        try await receiver.close()
        #expect(requests.map { $0.json["id"] as? String ?? "" } == ["e1", "e1", "e1", "e2"])
        #expect(dispatcher.stats.givenUp == 1 && dispatcher.stats.delivered == 1 && dispatcher.stats.pending == 0)
    }

    @Test("the live sandbox posts each trip's changes in order, signed, with the trip as GetTrip shows it")
    func liveTripChanges() async throws {
        let receiver = try await WebhookReceiver()
        let ((fulfilled, cancelled, customer), _) = try await withLiveSandbox(
            webhook: try Self.configuration(receiver.url)
        ) { f in
            let customer = try await f.createCustomer().id
            let first = try await f.orderTrip(for: customer)
            _ = try await f.pollUntilFinished(first, customer: customer)
            let second = try await f.orderTrip(for: customer)
            _ = try await f.trips.cancelTripAsCustomer(
                .with { $0.tripID = second }, metadata: TestToken.metadata(customer: customer))
            await f.sandbox.advance(by: .seconds(1))
            return (first, second, customer)
        }
        let requests = await receiver.wait { requests in
            requests.last { Self.tripID($0) == cancelled }.map(Self.state) == "REASON_CANCELLED_AS_CUSTOMER"
        }
        try await receiver.close()
        #expect(requests.allSatisfy { Self.signed($0) })
        #expect(
            requests.filter { Self.tripID($0) == fulfilled }.map(Self.state) == [
                "ordered", "accepted", "picked_up", "fulfilled"
            ])
        // Cancelled at once: before the dispatcher's decision, or just after it accepted.
        #expect(
            [["ordered", "REASON_CANCELLED_AS_CUSTOMER"], ["ordered", "accepted", "REASON_CANCELLED_AS_CUSTOMER"]]
                .contains(requests.filter { Self.tripID($0) == cancelled }.map(Self.state)))
        let mine = try #require(requests.first { Self.tripID($0) == fulfilled })
        let data = try #require(mine.json["data"] as? [String: Any])
        #expect(data["customer_id"] as? String == customer && data["pickup_time"] != nil)
        #expect(data["vehicle"] == nil)  // Ordered: no vehicle yet
        #expect(mine.json["webhookVersion"] as? String == "v1beta1")
        #expect((mine.json["timestamp"] as? String).flatMap { ISO8601DateFormatter().date(from: $0) } != nil)
        #expect(Set(requests.map { $0.json["id"] as? String ?? "" }).count == requests.count)
        // Every trip's envelopes (the simulated riders' too) arrive in lifecycle order.
        let rank = ["ordered": 0, "accepted": 1, "picked_up": 2]
        for trip in Set(requests.map(Self.tripID)) {
            let ranks = requests.filter { Self.tripID($0) == trip }.map { rank[Self.state($0)] ?? 3 }
            #expect(ranks == ranks.sorted() && ranks.first == 0, "trip \(trip): \(ranks)")
        }
    }

    /// No wall-clock bound (a loaded machine is slow, not wrong): the sandbox must reach every simulated
    /// moment it is asked for and finish every trip while no envelope can be delivered, which it cannot if
    /// a step waited for the receiver; the queue must stay within its bound and drop the rest.
    @Test("a receiver that never answers, or none at all, never stalls the sandbox; the queue stays bounded")
    func deadReceiver() async throws {
        let silent = try await WebhookReceiver(silent: true)
        let closed = try await WebhookReceiver()
        let closedURL = closed.url
        try await closed.close()
        for url in [silent.url, closedURL] {
            let configuration = try Self.configuration(url, timeout: .milliseconds(300), capacity: 8, lanes: 2)
            let ((states, reached, stats), _) = try await withLiveSandbox(webhook: configuration) { f in
                let customer = try await f.createCustomer().id
                var states: [String] = []
                for _ in 0..<3 {
                    let trip = try await f.orderTrip(for: customer)
                    states.append("\(try await f.pollUntilFinished(trip, customer: customer).state.state!)")
                }
                let before = await f.sandbox.now
                for _ in 0..<120 {  // two simulated hours of the city's own riders, a minute at a time
                    await f.sandbox.advance(by: .minutes(1))
                }
                let reached = await f.sandbox.now - before
                await f.webhooks?.dispatcher.close(within: .milliseconds(100))
                return (states, reached, try #require(f.webhooks?.dispatcher.stats))
            }
            #expect(
                states.allSatisfy { $0.hasPrefix("fulfilled") || $0.hasPrefix("notFulfilled") }, "\(url): \(states)")
            #expect(reached == .hours(2), "\(url): the sandbox advanced \(reached) of 2 h")
            #expect(stats.delivered == 0 && stats.dropped > 0 && stats.pending <= 8 + 2, "\(url): \(stats.summary)")
        }
        try await silent.close()
    }
}
