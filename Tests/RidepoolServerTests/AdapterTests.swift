import GRPCCore
import GRPCProtobuf
import RidepoolAPI
import RidepoolServer
import Testing

/// The gRPC adapter on its own (a fake backend): authentication, error details, limits.
@Suite struct AdapterTests {

    static let credentials: [(name: String, metadata: Metadata)] = [
        ("none", [:]),
        ("wrong token", ["authorization": "Bearer nope"]),
        ("not a bearer token", ["authorization": "Basic \(TestToken.value)"]),
        ("two headers", ["authorization": "Bearer \(TestToken.value)", "authorization": "Bearer x"])
    ]

    @Test("a call without the right bearer token is UNAUTHENTICATED with its reason", arguments: credentials)
    func callWithoutRightTokenIsUnauthenticated(_ credential: (name: String, metadata: Metadata)) async throws {
        try await withSandbox(backend: FakeBackend()) { client in
            let customers = CustomerAPI.Service.Client(wrapping: client)
            let error = await #expect(throws: RPCError.self) {
                try await customers.getCustomer(.with { $0.id = "c1" }, metadata: credential.metadata)
            }
            #expect(error?.code == .unauthenticated)
            #expect(
                error?.reason
                    == (credential.name == "none" || credential.name == "not a bearer token"
                        ? "ACCESS_TOKEN_MISSING" : "ACCESS_TOKEN_INVALID"))
        }
    }

    @Test("a call with the right bearer token reaches the service")
    func callWithRightTokenSucceeds() async throws {
        let name = try await withSandbox(backend: FakeBackend()) { client in
            try await CustomerAPI.Service.Client(wrapping: client)
                .getCustomer(.with { $0.id = "c1" }, metadata: TestToken.metadata).customer.givenName
        }
        #expect(name == "Test")
    }

    @Test("a service error arrives as google.rpc.Status with ErrorInfo and BadRequest")
    func serviceErrorCarriesStatusDetails() async throws {
        let backend = FakeBackend()
        let error = try await withSandbox(backend: backend) { client in
            await #expect(throws: RPCError.self) {
                try await TripAPI.Service.Client(wrapping: client)
                    .orderTrip(.with { $0.offerToken = "t" }, metadata: TestToken.metadata(customer: "c1"))
            }
        }
        let status = try #require(try error?.unpackGoogleRPCStatus())
        #expect(error?.code == .failedPrecondition && status.code == .failedPrecondition)
        #expect(status.message == backend.tripError.messageText)
        let info = status.details.compactMap(\.errorInfo).first
        #expect(info?.reason == "OFFER_EXPIRED" && info?.domain == "ridepool")
        let violations = status.details.compactMap(\.badRequest).first?.violations
        #expect(violations?.map(\.field) == ["offer_token"])
    }

    @Test("a request larger than the bound is RESOURCE_EXHAUSTED / REQUEST_TOO_LARGE and the server keeps serving")
    func oversizedRequestIsRefused() async throws {
        let (error, after) = try await withSandbox(backend: FakeBackend(), maxRequestBytes: 1024) { client in
            let customers = CustomerAPI.Service.Client(wrapping: client)
            let error = await #expect(throws: RPCError.self) {
                try await customers.createCustomer(
                    .with { $0.emailAddress = String(repeating: "x", count: 4096) },
                    metadata: TestToken.metadata)
            }
            let after = try await customers.getCustomer(.with { $0.id = "c1" }, metadata: TestToken.metadata)
            return (error, after.customer.id)
        }
        #expect(error?.code == .resourceExhausted && error?.reason == "REQUEST_TOO_LARGE")
        #expect(error?.message == "the request message is 4099 bytes; the sandbox takes at most 1024")
        #expect(after == "c1")
    }

    @Test(
        "a request past the transport's hard bound (4 × the bound, at least 1 MiB) ends in a stream reset; the server keeps serving"
    )
    func requestPastTransportBoundIsReset() async throws {
        let (error, after) = try await withSandbox(backend: FakeBackend(), maxRequestBytes: 1024) { client in
            let customers = CustomerAPI.Service.Client(wrapping: client)
            let error = await #expect(throws: RPCError.self) {
                try await customers.createCustomer(
                    .with { $0.emailAddress = String(repeating: "x", count: 2 << 20) },
                    metadata: TestToken.metadata)
            }
            let after = try await customers.getCustomer(.with { $0.id = "c1" }, metadata: TestToken.metadata)
            return (error, after.customer.id)
        }
        // The transport can only reset the stream: no status details reach the client.
        #expect(error.map { [.resourceExhausted, .unavailable, .cancelled, .internalError].contains($0.code) } == true)
        #expect(error?.reason == nil)
        #expect(after == "c1")
    }

    @Test("API calls beyond the in-flight bound are RESOURCE_EXHAUSTED; health is not counted")
    func callsBeyondInFlightBoundAreRefused() async throws {
        let (error, health) = try await withSandbox(backend: FakeBackend(), maxCallsInFlight: 0) { client in
            let error = await #expect(throws: RPCError.self) {
                try await CustomerAPI.Service.Client(wrapping: client)
                    .getCustomer(.with { $0.id = "c1" }, metadata: TestToken.metadata)
            }
            let health = try await Grpc_Health_V1_Health.Client(wrapping: client).check(.init()).status
            return (error, health)
        }
        #expect(error?.code == .resourceExhausted && error?.reason == "TOO_MANY_CALLS_IN_FLIGHT")
        #expect(health == .serving)
    }

    @Test("every response carries the simulated clock in ridepool-sim-time")
    func responsesCarrySimulatedTime() async throws {
        let header = try await withSandbox(backend: FakeBackend()) { client in
            try await CustomerAPI.Service.Client(wrapping: client).getCustomer(
                .with { $0.id = "c1" }, metadata: TestToken.metadata
            ) { response in
                response.metadata[stringValues: "ridepool-sim-time"].first(where: { _ in true })
            }
        }
        #expect(header == "2026-01-01T08:00:00Z")
    }
}
