import Foundation
import SwiftProtobuf

/// The file descriptors the reflection service answers from: every file by name, which file
/// defines each symbol, and the services the server offers.
///
/// Built once from the descriptor set that `scripts/generate-proto.sh` embeds.
struct ReflectionIndex: Sendable {
    /// Serialized `FileDescriptorProto` per file name.
    private var files: [String: Data] = [:]
    private var dependencies: [String: [String]] = [:]
    /// Fully qualified symbol (service, method, message, field, enum, enum value) → file name.
    private var symbols: [String: String] = [:]
    /// Fully qualified message names (the base types extension requests may name).
    private var messages: Set<String> = []
    /// The services a client may call, fully qualified, sorted.
    let services: [String]

    init(descriptorSet: Google_Protobuf_FileDescriptorSet, services: [String]) throws {
        self.services = services.sorted()
        for file in descriptorSet.file {
            files[file.name] = try file.serializedBytes()
            dependencies[file.name] = file.dependency
            let prefix = file.package.isEmpty ? "" : file.package + "."
            for service in file.service {
                symbols[prefix + service.name] = file.name
                for method in service.method { symbols[prefix + service.name + "." + method.name] = file.name }
            }
            for message in file.messageType { index(message, prefix: prefix, file: file.name) }
            for e in file.enumType { index(e, prefix: prefix, file: file.name) }
            for ext in file.extension { symbols[prefix + ext.name] = file.name }
        }
        for service in services where symbols[service] == nil {
            preconditionFailure(
                "service \(service) is not in the embedded descriptor set: run scripts/generate-proto.sh")
        }
    }

    /// The embedded descriptor set of `ReflectionDescriptors`.
    static func embedded(services: [String], base64: String) throws -> ReflectionIndex {
        guard let data = Data(base64Encoded: base64) else {
            preconditionFailure("the embedded descriptor set is not base64: run scripts/generate-proto.sh")
        }
        return try ReflectionIndex(
            descriptorSet: Google_Protobuf_FileDescriptorSet(serializedBytes: data),
            services: services)
    }

    private mutating func index(_ message: Google_Protobuf_DescriptorProto, prefix: String, file: String) {
        let name = prefix + message.name
        symbols[name] = file
        messages.insert(name)
        for field in message.field { symbols[name + "." + field.name] = file }
        for oneof in message.oneofDecl { symbols[name + "." + oneof.name] = file }
        for nested in message.nestedType { index(nested, prefix: name + ".", file: file) }
        for e in message.enumType { index(e, prefix: name + ".", file: file) }
    }

    private mutating func index(_ e: Google_Protobuf_EnumDescriptorProto, prefix: String, file: String) {
        symbols[prefix + e.name] = file
        // Enum values are scoped like the enum's siblings (protobuf's C++ scoping rule).
        for value in e.value { symbols[prefix + value.name] = file }
    }

    /// The file named `name` followed by everything it imports, transitively, each once; nil if unknown.
    func fileWithDependencies(named name: String) -> [Data]? {
        guard files[name] != nil else { return nil }
        var order: [String] = [], seen: Set<String> = [], stack = [name]
        while let next = stack.popLast() {
            guard seen.insert(next).inserted, files[next] != nil else { continue }
            order.append(next)
            stack.append(contentsOf: (dependencies[next] ?? []).reversed())
        }
        return order.compactMap { files[$0] }
    }

    /// The file defining `symbol` (with its imports); nil if no file defines it.
    func fileContaining(symbol: String) -> [Data]? {
        symbols[symbol].flatMap(fileWithDependencies(named:))
    }

    func isMessage(_ name: String) -> Bool { messages.contains(name) }
}
