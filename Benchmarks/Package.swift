// swift-tools-version:6.1
// Micro-benchmarks of ridepool's hot paths with ordo-one/benchmark (package-benchmark). A package of
// its own, depending on ridepool by path, so that `swift build` and `swift test` at the repository
// root neither resolve nor compile the benchmark framework. Run from this folder:
//     swift package benchmark                 (all; see README.md, "Benchmarks")
import PackageDescription

let package = Package(
    name: "ridepool-benchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "ridepool", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", exact: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "RidepoolBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "RidepoolEngine", package: "ridepool"),
            ],
            path: "Benchmarks/RidepoolBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)
