import GRPCCore
import GRPCNIOTransportCore
import NIOPosix
import RidepoolServer

/// The tests' client transport: one plaintext HTTP/2 connection over NIOPosix (grpc-swift's Posix
/// client transport would link TLS, which the sandbox does not speak).
typealias TestTransport = HTTP2ClientTransport.WrappedChannel

/// Starts a sandbox server on a free loopback port, gives `body` a connected client, and shuts
/// both down afterwards.
func withSandbox<Result: Sendable>(
    backend: any SandboxBackend, token: String = TestToken.value, maxRequestBytes: Int = 64 * 1024,
    maxCallsInFlight: Int = 1024, issuedTokens: AccessTokens? = nil,
    _ body: @Sendable (GRPCClient<TestTransport>) async throws -> Result
) async throws -> Result {
    var configuration = SandboxConfiguration(
        host: "127.0.0.1", port: 0, token: token, maxRequestBytes: maxRequestBytes,
        maxCallsInFlight: maxCallsInFlight)
    configuration.issuedTokens = issuedTokens
    let server = try SandboxServer(configuration: configuration, backend: backend)
    return try await withThrowingTaskGroup(of: Void.self) { group in
        group.addTask { try await server.serve() }
        defer { server.beginGracefulShutdown() }
        let transport = try await plaintextTransport(port: server.port)
        return try await withGRPCClient(transport: transport) { client in try await body(client) }
    }
}

/// A client transport connected to `127.0.0.1:port`.
func plaintextTransport(port: Int) async throws -> TestTransport {
    try await TestTransport.wrapping { configure in
        try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .connect(host: "127.0.0.1", port: port) { channel in configure(channel) }
    }
}

enum TestToken {
    static let value = "test-token"
    static var metadata: Metadata { ["authorization": "Bearer \(value)"] }
    static func metadata(customer: String) -> Metadata {
        ["authorization": "Bearer \(value)", "customer-id": "\(customer)"]
    }
}
