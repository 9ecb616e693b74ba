// swift-tools-version:6.1
// The protoc plugins that scripts/generate-proto.sh runs: protoc-gen-swift (swift-protobuf) and
// protoc-gen-grpc-swift-2 (grpc-swift-protobuf), at the versions the main package resolves.
// Not part of the product; built into .build-tools/ (gitignored) on first use.
import PackageDescription

let package = Package(
    name: "proto-tools",
    dependencies: [
        .package(url: "https://github.com/apple/swift-protobuf", exact: "1.39.0"),
        .package(url: "https://github.com/grpc/grpc-swift-protobuf", exact: "2.4.1"),
    ],
    targets: [
        // SwiftPM needs one target of the package's own; the plugins are the dependencies' products.
        .target(name: "ProtoTools", path: "Sources"),
    ]
)
