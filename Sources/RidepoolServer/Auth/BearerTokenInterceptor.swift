import GRPCCore

/// Requires `authorization: Bearer <token>` on every call to the API's services; a missing or
/// wrong token is `UNAUTHENTICATED` (`ACCESS_TOKEN_MISSING`, `ACCESS_TOKEN_INVALID`) and the call
/// never reaches the service.
///
/// The health and reflection services are open (as is usual for them), so probes and generic
/// clients such as grpcurl can discover the API without a token.
struct BearerTokenInterceptor: ServerInterceptor {
    let token: String
    /// Tokens issued by `POST /auth/oauth/token`, when the endpoint is on.
    var issued: AccessTokens? = nil
    /// Fully qualified services that need no token.
    static let openServices: Set<String> = [
        "grpc.health.v1.Health", "grpc.reflection.v1.ServerReflection", "grpc.reflection.v1alpha.ServerReflection"
    ]

    func intercept<Input: Sendable, Output: Sendable>(
        request: StreamingServerRequest<Input>, context: ServerContext,
        next: @Sendable (StreamingServerRequest<Input>, ServerContext) async throws -> StreamingServerResponse<Output>
    ) async throws -> StreamingServerResponse<Output> {
        if Self.openServices.contains(context.descriptor.service.fullyQualifiedService) {
            return try await next(request, context)
        }
        if let (reason, problem) = Self.problem(with: request.metadata, expected: token, issued: issued) {
            return StreamingServerResponse(error: AdapterError(.unauthenticated, reason: reason, problem).toRPCError())
        }
        return try await next(request, context)
    }

    /// What is wrong with the call's credentials (reason, message), or nil when they are right.
    static func problem(
        with metadata: Metadata, expected: String,
        issued: AccessTokens? = nil
    ) -> (reason: String, message: String)? {
        let missing = AdapterReason.accessTokenMissing, invalid = AdapterReason.accessTokenInvalid
        let values = Array(metadata[stringValues: "authorization"])
        guard let value = values.first else {
            return (
                missing,
                "missing authorization metadata: send \"authorization: Bearer <token>\" (the token `ridepool serve` printed)"
            )
        }
        guard values.count == 1 else { return (invalid, "more than one authorization header") }
        let parts = value.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else {
            return (missing, "the authorization metadata must read \"Bearer <token>\"")
        }
        if constantTimeEqual(Array(parts[1].utf8), Array(expected.utf8)) { return nil }
        switch issued?.check(String(parts[1])) {
        case .valid: return nil
        case .expired:
            return (
                AdapterReason.accessTokenExpired,
                "the access token expired: request a new one at POST /auth/oauth/token"
            )
        case .unknown, nil:
            return (
                invalid,
                "wrong bearer token: use the token `ridepool serve` printed, the one given with --token, "
                    + "or one from POST /auth/oauth/token"
            )
        }
    }

    /// Compares without an early exit, so that the time taken does not tell how much of a guess was right.
    static func constantTimeEqual(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        var difference = UInt8(a.count == b.count ? 0 : 1)
        for i in 0..<max(a.count, b.count) {
            difference |= (i < a.count ? a[i] : 0) ^ (i < b.count ? b[i] : 0)
        }
        return difference == 0
    }
}
