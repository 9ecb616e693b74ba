import GRPCCore
import RidepoolAPI
import RidepoolServer
import SwiftProtobuf
import Testing

/// Health and reflection: what generic clients use to find their way without our .proto files.
@Suite struct DiscoveryTests {
    @Test("health reports SERVING for the server and each service, NOT_FOUND for others")
    func healthReportsServing() async throws {
        let (server, trip, unknown) = try await withSandbox(backend: FakeBackend()) { client in
            let health = Grpc_Health_V1_Health.Client(wrapping: client)
            let server = try await health.check(.with { $0.service = "" }).status
            let trip = try await health.check(.with { $0.service = "moia.trip.state.v1.TripStateService" }).status
            let unknown = await #expect(throws: RPCError.self) { try await health.check(.with { $0.service = "x.Y" }) }
            return (server, trip, unknown?.code)
        }
        #expect(server == .serving && trip == .serving)
        #expect(unknown == .notFound)
    }

    @Test("reflection lists the API's services (v1 and v1alpha alike)")
    func reflectionListsServices() async throws {
        let (v1, alpha) = try await withSandbox(backend: FakeBackend()) { client in
            let v1 = try await reflect(client, .with { $0.listServices = "" }).listServicesResponse.service.map(\.name)
            let alpha = try await reflectAlpha(client, .with { $0.listServices = "" }).listServicesResponse.service.map(
                \.name)
            return (v1, alpha)
        }
        #expect(v1.contains("moia.ridepooling.customer.v1beta1.CustomerService"))
        #expect(v1.contains("moia.trip.state.v1.TripStateService"))
        #expect(v1.contains("moia.trip.servicearea.v1.ServiceAreaService"))
        #expect(v1.contains("grpc.health.v1.Health"))
        #expect(alpha == v1)
    }

    @Test("reflection serves the file defining a message with its imports")
    func reflectionServesFileWithImports() async throws {
        let response = try await withSandbox(backend: FakeBackend()) { client in
            try await reflect(client, .with { $0.fileContainingSymbol = "moia.trip.state.v1.RequestTripOffersRequest" })
        }
        let files = try response.fileDescriptorResponse.fileDescriptorProto.map {
            try Google_Protobuf_FileDescriptorProto(serializedBytes: $0)
        }
        #expect(files.first?.name == "moia/trip/state/v1/trip_state.proto")
        #expect(
            Set(files.map(\.name)).isSuperset(of: ["google/protobuf/timestamp.proto", "google/protobuf/duration.proto"])
        )
        let request = files.first?.messageType.first { $0.name == "RequestTripOffersRequest" }
        #expect(request?.field.map(\.jsonName).contains("departureTime") == true)
    }

    @Test("reflection answers an unknown symbol with a NOT_FOUND error response on the stream")
    func reflectionUnknownSymbolIsNotFound() async throws {
        let response = try await withSandbox(backend: FakeBackend()) { client in
            try await reflect(client, .with { $0.fileContainingSymbol = "no.such.Symbol" })
        }
        #expect(response.errorResponse.errorCode == Int32(RPCError.Code.notFound.rawValue))
    }
}

/// One request on a reflection stream, its one response.
func reflect(
    _ client: GRPCClient<TestTransport>,
    _ request: Grpc_Reflection_V1_ServerReflectionRequest
) async throws
    -> Grpc_Reflection_V1_ServerReflectionResponse
{
    try await Grpc_Reflection_V1_ServerReflection.Client(wrapping: client).serverReflectionInfo(
        requestProducer: { try await $0.write(request) },
        onResponse: { response in
            for try await message in response.messages { return message }
            throw RPCError(code: .dataLoss, message: "no response")
        })
}

private func reflectAlpha(
    _ client: GRPCClient<TestTransport>,
    _ request: Grpc_Reflection_V1alpha_ServerReflectionRequest
) async throws
    -> Grpc_Reflection_V1alpha_ServerReflectionResponse
{
    try await Grpc_Reflection_V1alpha_ServerReflection.Client(wrapping: client).serverReflectionInfo(
        requestProducer: { try await $0.write(request) },
        onResponse: { response in
            for try await message in response.messages { return message }
            throw RPCError(code: .dataLoss, message: "no response")
        })
}
