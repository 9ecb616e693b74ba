import Foundation
import GRPCCore
import RidepoolAPI
import SwiftProtobuf

/// gRPC server reflection (`grpc.reflection.v1.ServerReflection`): lists the services and
/// serves the file descriptors, so generic clients need none of our .proto files.
///
/// Follows the protocol as grpc-go's and grpc-java's servers answer it: one response per request
/// on the same stream; unknown files and symbols are `NOT_FOUND` error responses on the stream,
/// not a failed call. No file of ours declares extensions, so extension queries answer empty.
struct ReflectionService: Grpc_Reflection_V1_ServerReflection.SimpleServiceProtocol {
    typealias Request = Grpc_Reflection_V1_ServerReflectionRequest
    typealias Response = Grpc_Reflection_V1_ServerReflectionResponse
    let index: ReflectionIndex

    func serverReflectionInfo(
        request: RPCAsyncSequence<Request, any Error>, response: RPCWriter<Response>,
        context: ServerContext
    ) async throws {
        for try await message in request {
            try await response.write(answer(message))
        }
    }

    func answer(_ request: Request) -> Response {
        var response = Response()
        response.validHost = request.host
        response.originalRequest = request
        switch request.messageRequest {
        case .listServices:
            response.listServicesResponse = .with {
                $0.service = index.services.map { name in .with { $0.name = name } }
            }
        case .fileByFilename(let name):
            response.messageResponse = files(index.fileWithDependencies(named: name), missing: "file \(name)")
        case .fileContainingSymbol(let symbol):
            response.messageResponse = files(index.fileContaining(symbol: symbol), missing: "symbol \(symbol)")
        case .fileContainingExtension(let ext):
            response.messageResponse = notFound("extension \(ext.extensionNumber) of \(ext.containingType)")
        case .allExtensionNumbersOfType(let type):
            if index.isMessage(type) {
                response.allExtensionNumbersResponse = .with { $0.baseTypeName = type }
            } else {
                response.messageResponse = notFound("message type \(type)")
            }
        case nil:
            response.errorResponse = .with {
                $0.errorCode = Int32(RPCError.Code.invalidArgument.rawValue)
                $0.errorMessage =
                    "the request names no query (list_services, file_by_filename, file_containing_symbol, …)"
            }
        }
        return response
    }

    private func files(_ descriptors: [Data]?, missing: String) -> Response.OneOf_MessageResponse {
        guard let descriptors else { return notFound(missing) }
        return .fileDescriptorResponse(.with { $0.fileDescriptorProto = descriptors })
    }

    private func notFound(_ what: String) -> Response.OneOf_MessageResponse {
        .errorResponse(
            .with {
                $0.errorCode = Int32(RPCError.Code.notFound.rawValue)
                $0.errorMessage = "\(what) not found"
            })
    }
}

/// The same protocol under its older name `grpc.reflection.v1alpha`, which grpcio-reflection and
/// older grpcurl ask for. The two versions' messages are identical on the wire, so each message
/// is re-read as the other version's.
struct ReflectionServiceV1Alpha: Grpc_Reflection_V1alpha_ServerReflection.SimpleServiceProtocol {
    let v1: ReflectionService

    func serverReflectionInfo(
        request: RPCAsyncSequence<Grpc_Reflection_V1alpha_ServerReflectionRequest, any Error>,
        response: RPCWriter<Grpc_Reflection_V1alpha_ServerReflectionResponse>,
        context: ServerContext
    ) async throws {
        for try await message in request {
            let asV1 = try ReflectionService.Request(serializedBytes: message.serializedBytes() as [UInt8])
            let answer: [UInt8] = try v1.answer(asV1).serializedBytes()
            try await response.write(Grpc_Reflection_V1alpha_ServerReflectionResponse(serializedBytes: answer))
        }
    }
}
