import Synchronization

/// The OAuth2 client-credentials side of the sandbox's authentication: one client (id and secret),
/// the access tokens issued to it, each valid for `lifetime` (the documents' `POST /auth/oauth/token`;
/// `TokenEndpoint` serves it). The fixed `--token` keeps working beside them.
public final class AccessTokens: Sendable {
    /// What a bearer token is.
    public enum Check: Sendable, Equatable { case valid, expired, unknown }

    public let clientID: String
    let clientSecret: String
    public let lifetime: Duration
    /// Issued tokens and when each expires.
    private let issued = Mutex<[String: ContinuousClock.Instant]>([:])

    public init(clientID: String, clientSecret: String, lifetime: Duration = .seconds(3600)) {
        self.clientID = clientID; self.clientSecret = clientSecret; self.lifetime = lifetime
    }

    /// Whether `id` and `secret` are the client's (compared without an early exit).
    func authenticates(id: String, secret: String) -> Bool {
        let idOK = BearerTokenInterceptor.constantTimeEqual(Array(id.utf8), Array(clientID.utf8))
        let secretOK = BearerTokenInterceptor.constantTimeEqual(Array(secret.utf8), Array(clientSecret.utf8))
        return idOK && secretOK
    }

    /// A new token, valid from `now` for `lifetime`.
    func issue(now: ContinuousClock.Instant = .now) -> String {
        var g = SystemRandomNumberGenerator()
        let token = (0..<32).map { _ in String(UInt8.random(in: .min ... .max, using: &g), radix: 16) }
            .map { $0.count == 1 ? "0" + $0 : $0 }.joined()
        issued.withLock { $0[token] = now + lifetime }
        return token
    }

    /// Whether `token` was issued here and has not expired at `now`.
    public func check(_ token: String, now: ContinuousClock.Instant = .now) -> Check {
        guard let expiry = issued.withLock({ $0[token] }) else { return .unknown }
        return now < expiry ? .valid : .expired
    }
}
