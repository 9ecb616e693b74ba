import NIOCore
import NIOHTTP1
import NIOPosix

/// One webhook attempt: an HTTP/1.1 POST on a connection of its own (NIOPosix and NIOHTTP1, which the
/// sandbox links already), answered by the response's status code. The attempt fails on a connection
/// that cannot be made, one that closes before the response, past `timeout`, or when its task is
/// cancelled; the connection is closed afterwards in every case.
struct WebhookPoster: Sendable {
    /// Why an attempt brought no status.
    enum Failure: Error, CustomStringConvertible {
        case timedOut(Duration)
        case closedBeforeResponse

        var description: String {
            switch self {
            case .timedOut(let limit): "no response within \(limit)"
            case .closedBeforeResponse: "the connection closed before a response"
            }
        }
    }

    let target: WebhookTarget
    let timeout: Duration

    /// POSTs `body` as JSON with `headers` added; returns the response's status code.
    func post(_ body: [UInt8], headers extra: [(String, String)]) async throws -> Int {
        let loop = MultiThreadedEventLoopGroup.singleton.next()
        let status = loop.makePromise(of: Int.self)
        let limit = TimeAmount.nanoseconds(
            Int64(timeout.components.seconds) * 1_000_000_000
                + Int64(timeout.components.attoseconds / 1_000_000_000))
        let timer = loop.scheduleTask(in: limit) { status.fail(Failure.timedOut(timeout)) }
        defer {
            timer.cancel()
            status.fail(Failure.closedBeforeResponse)  // a no-op once completed; completes it on early exits
        }
        return try await withTaskCancellationHandler {
            let channel = try await ClientBootstrap(group: loop)
                .connectTimeout(limit)
                .channelInitializer { channel in
                    channel.eventLoop.makeCompletedFuture {
                        try channel.pipeline.syncOperations.addHTTPClientHandlers()
                        try channel.pipeline.syncOperations.addHandler(ResponseStatusHandler(status: status))
                    }
                }
                .connect(host: target.host, port: target.port).get()
            defer { channel.close(promise: nil) }
            var head = HTTPRequestHead(version: .http1_1, method: .POST, uri: target.path)
            head.headers.add(name: "host", value: target.hostHeader)
            head.headers.add(name: "content-type", value: "application/json")
            head.headers.add(name: "content-length", value: String(body.count))
            head.headers.add(name: "user-agent", value: "ridepool-sandbox")
            head.headers.add(name: "connection", value: "close")
            for (name, value) in extra { head.headers.add(name: name, value: value) }
            channel.write(HTTPClientRequestPart.head(head), promise: nil)
            channel.write(HTTPClientRequestPart.body(.byteBuffer(ByteBuffer(bytes: body))), promise: nil)
            channel.writeAndFlush(HTTPClientRequestPart.end(nil)).cascadeFailure(to: status)
            return try await status.futureResult.get()
        } onCancel: {
            status.fail(CancellationError())
        }
    }
}

/// Completes the attempt's promise with the status of the first response head (or fails it when the
/// connection ends first). Lives on the connection's event loop only.
private final class ResponseStatusHandler: ChannelInboundHandler {
    typealias InboundIn = HTTPClientResponsePart
    let status: EventLoopPromise<Int>

    init(status: EventLoopPromise<Int>) { self.status = status }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        if case .head(let head) = unwrapInboundIn(data) { status.succeed(Int(head.status.code)) }
    }

    func channelInactive(context: ChannelHandlerContext) {
        status.fail(WebhookPoster.Failure.closedBeforeResponse)
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        status.fail(error)
        context.close(promise: nil)
    }
}
