import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix
import Synchronization

/// A webhook receiver on a loopback port for the tests: records every POST (headers and exact body)
/// and answers as told: 503 for the first `failing` requests, then 200; or, `silent`, never at all.
final class WebhookReceiver: Sendable {
    /// One request as received.
    struct Request: Sendable {
        var path: String
        var headers: [String: String]
        var body: [UInt8]

        /// The body as a JSON object.
        var json: [String: Any] {
            (try? JSONSerialization.jsonObject(with: Data(body))) as? [String: Any] ?? [:]
        }
    }

    /// What the connections share: the requests so far, and how many were answered.
    final class Log: Sendable {
        let requests = Mutex<[Request]>([])
        let answered = Atomic<Int>(0)
    }

    let channel: any Channel
    let port: Int
    private let log = Log()

    init(failing: Int = 0, silent: Bool = false) async throws {
        let log = log
        channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.configureHTTPServerPipeline()
                    try channel.pipeline.syncOperations.addHandler(
                        RecordingHandler { request in
                            log.requests.withLock { $0.append(request) }
                            if silent { return nil }
                            let answered = log.answered.add(1, ordering: .relaxed).newValue
                            return answered <= failing ? .serviceUnavailable : .ok
                        })
                }
            }
            .bind(host: "127.0.0.1", port: 0).get()
        port = channel.localAddress?.port ?? 0
    }

    var url: String { "http://127.0.0.1:\(port)/hooks/trips?env=test" }

    var requests: [Request] { log.requests.withLock { $0 } }

    /// Waits (up to `limit` of real time) until `done` holds for the requests received.
    @discardableResult
    func wait(upTo limit: Duration = .seconds(300), until done: ([Request]) -> Bool) async -> [Request] {
        let deadline = ContinuousClock.now + limit
        while ContinuousClock.now < deadline {
            let now = requests
            if done(now) { return now }
            try? await Task.sleep(for: .milliseconds(20))
        }
        return requests
    }

    func close() async throws { try await channel.close() }
}

/// Collects one HTTP/1.1 request and answers with what `answer` says (nil: never).
private final class RecordingHandler: ChannelInboundHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart
    let answer: (WebhookReceiver.Request) -> HTTPResponseStatus?
    var head: HTTPRequestHead?
    var body: [UInt8] = []

    init(answer: @escaping (WebhookReceiver.Request) -> HTTPResponseStatus?) { self.answer = answer }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let h): head = h; body = []
        case .body(let chunk): body += chunk.readableBytesView
        case .end:
            guard let head else { return }
            let headers = Dictionary(
                head.headers.map { ($0.name.lowercased(), $0.value) }, uniquingKeysWith: { a, _ in a })
            guard let status = answer(WebhookReceiver.Request(path: head.uri, headers: headers, body: body)) else {
                return
            }
            let response = HTTPResponseHead(
                version: head.version, status: status, headers: ["content-length": "0", "connection": "close"])
            context.write(wrapOutboundOut(.head(response)), promise: nil)
            context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
        }
    }
}
