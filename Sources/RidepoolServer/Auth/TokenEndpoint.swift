import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix

/// `POST /auth/oauth/token`: the OAuth2 client-credentials grant (RFC 6749, section 4.4) the
/// documents' getting-started guide describes: HTTP Basic authentication with the client id and
/// secret, form body `grant_type=client_credentials`; the answer is
/// `{"access_token", "token_type": "Bearer", "expires_in"}`. Plain HTTP/1.1 on its own port
/// (`--oauth-port`): the gRPC port speaks HTTP/2 only. Errors as RFC 6749 section 5.2 has them:
/// 401 `invalid_client`, 400 `invalid_request` / `unsupported_grant_type`; 404 / 405 otherwise.
public final class TokenEndpoint: Sendable {
    public static let path = "/auth/oauth/token"
    let channel: any Channel
    /// The port bound (the one the system picked when asked for 0).
    public let port: Int

    /// Binds `host:port` and serves token requests until `close()`.
    public init(host: String, port: Int, tokens: AccessTokens) async throws {
        channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                channel.pipeline.configureHTTPServerPipeline().flatMap {
                    channel.pipeline.addHandler(TokenHandler(tokens: tokens))
                }
            }
            .bind(host: host, port: port).get()
        self.port = channel.localAddress?.port ?? port
    }

    public func close() async throws {
        try await channel.close()
    }

    /// The answer to one request: status and JSON body.
    static func answer(
        method: HTTPMethod, path: String, authorization: String?, body: String,
        tokens: AccessTokens
    ) -> (HTTPResponseStatus, String) {
        guard path.split(separator: "?").first.map(String.init) == Self.path else {
            return (
                .notFound, #"{"error":"not_found","error_description":"the token endpoint is POST /auth/oauth/token"}"#
            )
        }
        guard method == .POST else {
            return (.methodNotAllowed, #"{"error":"invalid_request","error_description":"use POST"}"#)
        }
        guard let (id, secret) = basicCredentials(authorization), tokens.authenticates(id: id, secret: secret) else {
            return (
                .unauthorized,
                #"{"error":"invalid_client","error_description":"send HTTP Basic authentication with the sandbox's client id and secret"}"#
            )
        }
        let form = formFields(body)
        guard let grant = form["grant_type"] else {
            return (
                .badRequest,
                #"{"error":"invalid_request","error_description":"the form body needs grant_type=client_credentials"}"#
            )
        }
        guard grant == "client_credentials" else {
            return (
                .badRequest,
                #"{"error":"unsupported_grant_type","error_description":"only client_credentials is supported"}"#
            )
        }
        let token = tokens.issue()
        let seconds = tokens.lifetime.components.seconds
        return (.ok, #"{"access_token":"\#(token)","token_type":"Bearer","expires_in":\#(seconds)}"#)
    }

    /// (id, secret) of `Basic base64(id:secret)`.
    static func basicCredentials(_ header: String?) -> (String, String)? {
        guard let header else { return nil }
        let parts = header.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "basic",
            let data = Data(base64Encoded: String(parts[1]).trimmingCharacters(in: .whitespaces)),
            let text = String(data: data, encoding: .utf8), let colon = text.firstIndex(of: ":")
        else { return nil }
        return (String(text[..<colon]), String(text[text.index(after: colon)...]))
    }

    /// The fields of an `application/x-www-form-urlencoded` body.
    static func formFields(_ body: String) -> [String: String] {
        var fields: [String: String] = [:]
        for pair in body.split(separator: "&") {
            let kv = pair.split(separator: "=", maxSplits: 1).map {
                String($0).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String($0)
            }
            if let key = kv.first { fields[key] = kv.count > 1 ? kv[1] : "" }
        }
        return fields
    }
}

/// One HTTP/1.1 connection of the token endpoint: collects a request (body up to 16 KiB) and answers it.
private final class TokenHandler: ChannelInboundHandler, @unchecked Sendable {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart
    let tokens: AccessTokens
    var head: HTTPRequestHead?
    var body = ByteBuffer()

    init(tokens: AccessTokens) { self.tokens = tokens }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let h): head = h; body.clear()
        case .body(var chunk): if body.readableBytes < 16 * 1024 { body.writeBuffer(&chunk) }
        case .end:
            guard let head else { return }
            let (status, json) = TokenEndpoint.answer(
                method: head.method, path: head.uri, authorization: head.headers.first(name: "authorization"),
                body: body.getString(at: body.readerIndex, length: body.readableBytes) ?? "", tokens: tokens)
            // One request per connection: the answer closes it (token requests are rare).
            var headers = HTTPHeaders([
                ("content-type", "application/json"), ("cache-control", "no-store"),
                ("content-length", String(json.utf8.count)), ("connection", "close")
            ])
            if status == .unauthorized { headers.add(name: "www-authenticate", value: #"Basic realm="ridepool""#) }
            context.write(
                wrapOutboundOut(.head(HTTPResponseHead(version: head.version, status: status, headers: headers))),
                promise: nil)
            context.write(wrapOutboundOut(.body(.byteBuffer(ByteBuffer(string: json)))), promise: nil)
            context.writeAndFlush(wrapOutboundOut(.end(nil))).whenComplete { _ in context.close(promise: nil) }
            self.head = nil
        }
    }
}
