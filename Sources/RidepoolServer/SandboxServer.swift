import GRPCCore
import GRPCNIOTransportCore
import RidepoolAPI

/// The gRPC server of `ridepool serve`: the API's three services over a backend, plus health and
/// reflection, behind the bearer-token check and the in-flight bound, on an HTTP/2 plaintext port
/// (grpc-swift's HTTP/2 transport over our `PlaintextListener`: no TLS is built or linked).
///
/// A client that disconnects mid-call or sends bytes that are not a valid message only fails its
/// own call: the transport answers malformed frames per stream. Every non-OK status carries
/// `google.rpc.ErrorInfo` (`ErrorDetailsInterceptor`); a request past `maxRequestBytes` is
/// `RESOURCE_EXHAUSTED` / `REQUEST_TOO_LARGE`, one past `transportMaxRequestBytes` a stream reset.
public final class SandboxServer: Sendable {
    let server: GRPCServer<HTTP2ServerTransport.Custom<PlaintextListener>>
    let health: HealthState
    /// The port the server listens on (the one the system picked when asked for 0).
    public let port: Int

    /// A server on `configuration.host:port`, bound now.
    /// - Throws: `RidepoolError` naming the address and the fix when it cannot be bound.
    public convenience init(configuration: SandboxConfiguration, backend: any SandboxBackend) throws {
        try self.init(
            socket: ListeningSocket(host: configuration.host, port: configuration.port),
            configuration: configuration, backend: backend)
    }

    /// A server on an already bound socket (its host and port win over the configuration's).
    public init(socket: ListeningSocket, configuration: SandboxConfiguration, backend: any SandboxBackend) throws {
        let health = HealthState()
        self.health = health
        port = socket.port
        let maxBytes = configuration.maxRequestBytes
        let extensionService = (backend as? any CustomerExtensionBackend).map {
            CustomerExtensionService(backend: backend, extensionBackend: $0, maxRequestBytes: maxBytes)
        }
        let names = ServiceNames.all + (extensionService == nil ? [] : [ServiceNames.customerExtension])
        let reflection = ReflectionService(
            index: try ReflectionIndex.embedded(
                services: names, base64: ReflectionDescriptors.fileDescriptorSetBase64))
        var config = HTTP2ServerTransport.Custom<PlaintextListener>.Config.defaults
        config.rpc.maxRequestPayloadSize = configuration.transportMaxRequestBytes
        config.http2.maxConcurrentStreams = configuration.maxConcurrentStreamsPerConnection
        let transport = HTTP2ServerTransport.Custom(listenerFactory: PlaintextListener(socket: socket), config: config)
        let services: [any RegistrableRPCService] = [
            CustomerService(backend: backend, maxRequestBytes: maxBytes),
            TripStateService(backend: backend, maxRequestBytes: maxBytes),
            ServiceAreaService(backend: backend, maxRequestBytes: maxBytes),
            BoardingAuthenticationService(backend: backend, maxRequestBytes: maxBytes),
            HealthService(services: names, state: health),
            reflection, ReflectionServiceV1Alpha(v1: reflection)
        ]
        server = GRPCServer(
            transport: transport,
            services: services + (extensionService.map { [$0] } ?? []),
            interceptors: [
                ErrorDetailsInterceptor(),
                BearerTokenInterceptor(token: configuration.token, issued: configuration.issuedTokens),
                InFlightLimitInterceptor(limit: configuration.maxCallsInFlight)
            ])
    }

    /// Serves until `beginGracefulShutdown()` and the calls in flight have finished.
    public func serve() async throws {
        try await server.serve()
    }

    /// Health turns NOT_SERVING, new calls are refused, calls in flight finish.
    public func beginGracefulShutdown() {
        health.markNotServing()
        server.beginGracefulShutdown()
    }
}
