/// How `ridepool serve` listens and what it bounds.
public struct SandboxConfiguration: Sendable {
    /// The address to bind; loopback unless the user says otherwise.
    public var host: String
    /// 0 picks a free port (tests); the bound port is `SandboxServer.port`.
    public var port: Int
    /// The bearer token every API call must carry.
    public var token: String
    /// The largest request message accepted, in bytes (larger: `RESOURCE_EXHAUSTED` / `REQUEST_TOO_LARGE`).
    public var maxRequestBytes: Int
    /// HTTP/2 streams (calls) one connection may have open at once.
    public var maxConcurrentStreamsPerConnection: Int
    /// API calls handled at once over all connections (more: `RESOURCE_EXHAUSTED`).
    public var maxCallsInFlight: Int
    /// The OAuth2 client whose tokens (`POST /auth/oauth/token`) the API accepts beside `token`; nil: none.
    public var issuedTokens: AccessTokens? = nil

    /// The largest message the transport reads at all: 4 × `maxRequestBytes`, at least 1 MiB. Up to it a
    /// larger request gets a status with its reason; beyond it the transport can only reset the stream.
    public var transportMaxRequestBytes: Int { max(4 * maxRequestBytes, 1 << 20) }

    public init(
        host: String = "127.0.0.1", port: Int = 50051, token: String, maxRequestBytes: Int = 64 * 1024,
        maxConcurrentStreamsPerConnection: Int = 100, maxCallsInFlight: Int = 1024
    ) {
        self.host = host; self.port = port; self.token = token; self.maxRequestBytes = maxRequestBytes
        self.maxConcurrentStreamsPerConnection = maxConcurrentStreamsPerConnection
        self.maxCallsInFlight = maxCallsInFlight
    }
}
