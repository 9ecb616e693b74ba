import GRPCCore
import GRPCNIOTransportHTTP2Posix
import RidepoolServer

/// Starts a sandbox server on a free loopback port, gives `body` a connected client, and shuts
/// both down afterwards.
func withSandbox<Result: Sendable>(
    backend: any SandboxBackend, token: String = TestToken.value, maxRequestBytes: Int = 64 * 1024,
    maxCallsInFlight: Int = 1024,
    _ body: @Sendable (GRPCClient<HTTP2ClientTransport.Posix>) async throws -> Result
) async throws -> Result {
    let server = try SandboxServer(
        configuration: SandboxConfiguration(host: "127.0.0.1", port: 0, token: token, maxRequestBytes: maxRequestBytes,
                                           maxCallsInFlight: maxCallsInFlight),
        backend: backend)
    return try await withThrowingTaskGroup(of: Void.self) { group in
        group.addTask { try await server.serve() }
        let port = try await server.port()
        let transport = try HTTP2ClientTransport.Posix(target: .ipv4(address: "127.0.0.1", port: port),
                                                       transportSecurity: .plaintext)
        defer { server.beginGracefulShutdown() }
        return try await withGRPCClient(transport: transport) { client in try await body(client) }
    }
}

enum TestToken {
    static let value = "test-token"
    static var metadata: Metadata { ["authorization": "Bearer \(value)"] }
    static func metadata(customer: String) -> Metadata { ["authorization": "Bearer \(value)", "customer-id": "\(customer)"] }
}
