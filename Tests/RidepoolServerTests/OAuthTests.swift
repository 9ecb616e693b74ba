import Foundation
import GRPCCore
import RidepoolAPI
import RidepoolServer
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The OAuth2 client-credentials endpoint `POST /auth/oauth/token` and the tokens it issues.
@Suite struct OAuthTests {
    static let basic = "Basic " + Data("client:s3cret".utf8).base64EncodedString()

    /// Posts `body` to the endpoint on `port` over a plain socket (HTTP/1.1, the server closes the
    /// connection after its answer); returns the status and the JSON object answered (values as text).
    static func post(
        port: Int, authorization: String?, body: String, method: String = "POST",
        path: String = TokenEndpoint.path
    ) async throws -> (Int, [String: String]) {
        var request =
            "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
        if let authorization { request += "Authorization: \(authorization)\r\n" }
        request += "Content-Length: \(body.utf8.count)\r\n\r\n\(body)"
        let answer = try await Task.detached { try RawHTTP.exchange(port: port, request: request) }.value
        let parts = answer.components(separatedBy: "\r\n\r\n")
        let status = Int(parts[0].split(separator: " ").dropFirst().first ?? "") ?? 0
        let json =
            (try? JSONSerialization.jsonObject(with: Data((parts.dropFirst().first ?? "").utf8))) as? [String: Any]
            ?? [:]
        return (status, json.mapValues { "\($0)" })
    }

    /// Runs `body` with a token endpoint for `tokens` on a free loopback port.
    static func withEndpoint<R: Sendable>(_ tokens: AccessTokens, _ body: (Int) async throws -> R) async throws -> R {
        let endpoint = try await TokenEndpoint(host: "127.0.0.1", port: 0, tokens: tokens)
        do {
            let result = try await body(endpoint.port)
            try await endpoint.close()
            return result
        } catch {
            try? await endpoint.close()
            throw error
        }
    }

    @Test("client credentials get a bearer token with its expiry, and the token opens the API")
    func issuedTokenOpensTheAPI() async throws {
        let tokens = AccessTokens(clientID: "client", clientSecret: "s3cret", lifetime: .seconds(3600))
        let (status, json) = try await Self.withEndpoint(tokens) { port in
            try await Self.post(port: port, authorization: Self.basic, body: "grant_type=client_credentials")
        }
        #expect(status == 200)
        #expect(json["token_type"] == "Bearer" && json["expires_in"] == "3600")
        let token = try #require(json["access_token"])
        #expect(token.count == 64 && tokens.check(token) == .valid)
        let name = try await withSandbox(backend: FakeBackend(), issuedTokens: tokens) { client in
            try await CustomerAPI.Service.Client(wrapping: client)
                .getCustomer(.with { $0.id = "c1" }, metadata: ["authorization": "Bearer \(token)"]).customer.givenName
        }
        #expect(name == "Test")
    }

    @Test(
        "bad requests get the RFC 6749 errors",
        arguments: [
            ("no credentials", nil, "grant_type=client_credentials", "POST", TokenEndpoint.path, 401, "invalid_client"),
            (
                "a wrong secret", "Basic " + Data("client:nope".utf8).base64EncodedString(),
                "grant_type=client_credentials",
                "POST", TokenEndpoint.path, 401, "invalid_client"
            ),
            (
                "another grant", OAuthTests.basic, "grant_type=password&username=a", "POST", TokenEndpoint.path, 400,
                "unsupported_grant_type"
            ),
            ("no grant", OAuthTests.basic, "scope=x", "POST", TokenEndpoint.path, 400, "invalid_request"),
            ("GET", OAuthTests.basic, "", "GET", TokenEndpoint.path, 405, "invalid_request"),
            (
                "another path", OAuthTests.basic, "grant_type=client_credentials", "POST", "/oauth/token", 404,
                "not_found"
            )
        ] as [(String, String?, String, String, String, Int, String)])
    func badRequests(_ c: (String, String?, String, String, String, Int, String)) async throws {
        let tokens = AccessTokens(clientID: "client", clientSecret: "s3cret")
        let (status, json) = try await Self.withEndpoint(tokens) { port in
            try await Self.post(port: port, authorization: c.1, body: c.2, method: c.3, path: c.4)
        }
        #expect(status == c.5, "\(c.0)")
        #expect(json["error"] == c.6, "\(c.0)")
    }

    @Test(
        "an expired token is UNAUTHENTICATED / ACCESS_TOKEN_EXPIRED, an unknown one ACCESS_TOKEN_INVALID; --token still works"
    )
    func expiredAndUnknownTokens() async throws {
        let tokens = AccessTokens(clientID: "client", clientSecret: "s3cret", lifetime: .zero)  // expired when issued
        let (_, json) = try await Self.withEndpoint(tokens) { port in
            try await Self.post(port: port, authorization: Self.basic, body: "grant_type=client_credentials")
        }
        let token = try #require(json["access_token"])
        let (expired, unknown, fixed) = try await withSandbox(backend: FakeBackend(), issuedTokens: tokens) { client in
            let customers = CustomerAPI.Service.Client(wrapping: client)
            let expired = await #expect(throws: RPCError.self) {
                try await customers.getCustomer(.with { $0.id = "c1" }, metadata: ["authorization": "Bearer \(token)"])
            }
            let unknown = await #expect(throws: RPCError.self) {
                try await customers.getCustomer(.with { $0.id = "c1" }, metadata: ["authorization": "Bearer 00ff"])
            }
            let fixed = try await customers.getCustomer(.with { $0.id = "c1" }, metadata: TestToken.metadata).customer
                .id
            return (expired, unknown, fixed)
        }
        #expect(expired?.code == .unauthenticated && expired?.reason == "ACCESS_TOKEN_EXPIRED")
        #expect(unknown?.code == .unauthenticated && unknown?.reason == "ACCESS_TOKEN_INVALID")
        #expect(fixed == "c1")
    }
}

/// A blocking loopback TCP exchange: connect, send, read until the server closes.
enum RawHTTP {
    struct Failure: Error { var what: String }

    static func exchange(port: Int, request: String) throws -> String {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw Failure(what: "socket") }
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else { throw Failure(what: "connect") }
        var timeout = timeval(tv_sec: 10, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        let bytes = Array(request.utf8)
        guard send(fd, bytes, bytes.count, 0) == bytes.count else { throw Failure(what: "send") }
        var received: [UInt8] = [], buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = recv(fd, &buffer, buffer.count, 0)
            guard n > 0 else { break }
            received += buffer[0..<n]
        }
        return String(decoding: received, as: UTF8.self)
    }
}
