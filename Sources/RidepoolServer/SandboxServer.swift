import GRPCCore
import GRPCNIOTransportHTTP2Posix
import RidepoolAPI

/// The gRPC server of `ridepool serve`: the API's two services over a backend, plus health and
/// reflection, behind the bearer-token check and the in-flight bound, on an HTTP/2 plaintext port.
///
/// A client that disconnects mid-call or sends bytes that are not a valid message only fails its
/// own call: the transport answers malformed frames and oversized messages per stream.
public final class SandboxServer: Sendable {
    let server: GRPCServer<HTTP2ServerTransport.Posix>
    let health: HealthState

    public init(configuration: SandboxConfiguration, backend: any SandboxBackend) throws {
        let health = HealthState()
        self.health = health
        let reflection = ReflectionService(index: try ReflectionIndex.embedded(
            services: ServiceNames.all, base64: ReflectionDescriptors.fileDescriptorSetBase64))
        let transport = HTTP2ServerTransport.Posix(
            address: configuration.host.contains(":")
                ? .ipv6(host: configuration.host, port: configuration.port)
                : .ipv4(host: configuration.host, port: configuration.port),
            transportSecurity: .plaintext,
            config: .defaults { config in
                config.rpc.maxRequestPayloadSize = configuration.maxRequestBytes
                config.http2.maxConcurrentStreams = configuration.maxConcurrentStreamsPerConnection
            })
        server = GRPCServer(
            transport: transport,
            services: [
                CustomerService(backend: backend), TripStateService(backend: backend),
                HealthService(services: ServiceNames.all, state: health),
                reflection, ReflectionServiceV1Alpha(v1: reflection),
            ],
            interceptors: [
                BearerTokenInterceptor(token: configuration.token),
                InFlightLimitInterceptor(limit: configuration.maxCallsInFlight),
            ])
    }

    /// Serves until `beginGracefulShutdown()` and the calls in flight have finished.
    public func serve() async throws {
        try await server.serve()
    }

    /// The port the server listens on, once it does.
    public func port() async throws -> Int {
        let address = try await server.listeningAddress
        if let port = address?.ipv4?.port ?? address?.ipv6?.port { return port }
        throw RPCError(code: .unavailable, message: "the sandbox is not listening")
    }

    /// Health turns NOT_SERVING, new calls are refused, calls in flight finish.
    public func beginGracefulShutdown() {
        health.markNotServing()
        server.beginGracefulShutdown()
    }
}
