import GRPCCore
import RidepoolAPI
import RidepoolServer
import SwiftProtobuf
import Testing

/// Malformed requests each get the right status, and the server keeps serving the next call.
@Suite struct MalformedRequestTests {
    /// A bad request, and the code, reason and violating fields it must get.
    struct Case: Sendable, CustomStringConvertible {
        var description: String
        var mutate: @Sendable (inout TripAPI.RequestTripOffersRequest) -> Void
        var code: RPCError.Code
        var reason: String
        var fields: [String]
    }

    static let cases: [Case] = [
        Case(
            description: "an unknown approach speed", mutate: { $0.approachSpeed = .UNRECOGNIZED(42) },
            code: .invalidArgument, reason: "INVALID_FIELDS", fields: ["approach_speed"]),
        Case(
            description: "an unknown wheelchair value", mutate: { $0.load[0].adult.wheelchair = .UNRECOGNIZED(9) },
            code: .invalidArgument, reason: "INVALID_FIELDS", fields: ["load[0].adult.wheelchair"]),
        Case(
            description: "a timestamp beyond year 9999", mutate: { $0.departureTime = .init(seconds: .max, nanos: 0) },
            code: .invalidArgument, reason: "INVALID_FIELDS", fields: ["departure_time"]),
        Case(
            description: "a load naming no rider", mutate: { $0.load = [.init()] },
            code: .invalidArgument, reason: "INVALID_LOAD", fields: ["load[0]"]),
        Case(
            description: "no origin location", mutate: { $0.origin.clearLocation() },
            code: .invalidArgument, reason: "INVALID_LOCATION", fields: ["origin.location"]),
        Case(
            description: "a latitude of NaN", mutate: { $0.destination.location.latitude = .nan },
            code: .invalidArgument, reason: "INVALID_LOCATION", fields: ["destination.location"]),
        Case(
            description: "no time", mutate: { $0.time = nil },
            code: .invalidArgument, reason: "MISSING_TIME", fields: ["departure_time"]),
        Case(
            description: "a point outside the service area", mutate: { $0.origin.location.latitude = 52.5 },
            code: .invalidArgument, reason: "OUT_OF_SERVICE_AREA", fields: ["origin.location"]),
        Case(
            description: "a huge address", mutate: { $0.origin.primaryAddress = String(repeating: "x", count: 10_000) },
            code: .invalidArgument, reason: "INVALID_FIELDS", fields: ["origin.primary_address"])
    ]

    @Test("a malformed RequestTripOffers gets its status and the server keeps serving", arguments: cases)
    func malformedOfferRequest(_ bad: Case) async throws {
        let ((error, after), _) = try await withLiveSandbox { f in
            let id = try await f.createCustomer().id
            var request = try await f.offerRequest()
            bad.mutate(&request)
            let error = await #expect(throws: RPCError.self) {
                try await f.trips.requestTripOffers(request, metadata: TestToken.metadata(customer: id))
            }
            let after = try await f.trips.requestTripOffers(
                f.offerRequest(), metadata: TestToken.metadata(customer: id))
            return (error, after.offers.count)
        }
        #expect(error?.code == bad.code)
        #expect(error?.reason == bad.reason)
        #expect(error?.violatingFields == bad.fields)
        #expect(after > 0)
    }

    @Test("a request past the message bound is RESOURCE_EXHAUSTED / REQUEST_TOO_LARGE and the server keeps serving")
    func oversizedRequest() async throws {
        let ((error, after), _) = try await withLiveSandbox { f in
            var request = try await f.offerRequest()
            request.origin.primaryAddress = String(repeating: "x", count: 200_000)
            let error = await #expect(throws: RPCError.self) {
                try await f.trips.requestTripOffers(request, metadata: TestToken.metadata(customer: "x"))
            }
            return (error, try await f.createCustomer().id)
        }
        #expect(
            error?.code == .resourceExhausted && error?.reason == "REQUEST_TOO_LARGE" && error?.domain == "ridepool")
        #expect(error?.message.contains("65536") == true)
        #expect(!after.isEmpty)
    }

    @Test("a trip call without customer-id is PERMISSION_DENIED / CUSTOMER_ID_MISSING")
    func missingCustomerHeader() async throws {
        let (error, _) = try await withLiveSandbox { f in
            await #expect(throws: RPCError.self) {
                try await f.trips.requestTripOffers(f.offerRequest(), metadata: TestToken.metadata)
            }
        }
        #expect(error?.code == .permissionDenied && error?.reason == "CUSTOMER_ID_MISSING")
    }

    @Test("bytes that are no valid message are INVALID_ARGUMENT / MALFORMED_REQUEST and fail only their own call")
    func garbageBytesFailOnlyTheirCall() async throws {
        let ((error, after), _) = try await withLiveSandbox { f in
            let garbage: [UInt8] = [0xFF, 0xFF, 0xFF, 0xFF, 0x0F, 0x12, 0x80]
            let error: RPCError? = await {
                do {
                    _ = try await f.client.unary(
                        request: ClientRequest(message: garbage, metadata: TestToken.metadata(customer: "x")),
                        descriptor: TripAPI.Service.Method.RequestTripOffers.descriptor,
                        serializer: RawBytes(), deserializer: RawBytes(), options: .defaults
                    ) { try $0.message }
                    return nil
                } catch let error as RPCError { return error } catch { return nil }
            }()
            return (error, try await f.createCustomer().id)
        }
        #expect(error?.code == .invalidArgument && error?.reason == "MALFORMED_REQUEST" && error?.domain == "ridepool")
        #expect(!after.isEmpty)
    }
}

/// Sends and receives raw bytes, to put a malformed message on the wire.
struct RawBytes: MessageSerializer, MessageDeserializer {
    func serialize<Bytes: GRPCContiguousBytes>(_ message: [UInt8]) throws -> Bytes { Bytes(message) }
    func deserialize<Bytes: GRPCContiguousBytes>(_ bytes: Bytes) throws -> [UInt8] {
        bytes.withUnsafeBytes { Array($0) }
    }
}
