// swift-tools-version:6.0
// Coverage-guided fuzz targets (libFuzzer) for every reader of user files and the sandbox's request
// handling. A package of its own, depending on ridepool by path, so that the root package's builds
// never see the sanitizer flags. Build and run through scripts/fuzz.sh, which builds with
//     swift build --package-path Fuzz --scratch-path .build-fuzz -c debug \
//       -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library
// One executable per target: `<Target>.swift` defines `LLVMFuzzerTestOneInput` and an `@main` that
// hands it to libFuzzer's `LLVMFuzzerRunDriver`. (Not a main-less target and libFuzzer's own main:
// on Linux SwiftPM links executables with `--defsym main=<Target>_main`, which such a target lacks.)
// Seeds in corpus/<target>/, dictionaries in dict/<target>.dict; see README.md.
import PackageDescription

/// The fuzz targets; each is `Sources/<name>/<name>.swift`.
let targets: [(name: String, needs: [Target.Dependency])] = [
    ("FuzzScenarioYAML", []),
    ("FuzzDemandCSV", []),
    ("FuzzFleetStartsCSV", []),
    ("FuzzWorkloadRequestsCSV", []),
    ("FuzzWorkloadFleetCSV", []),
    ("FuzzStopsCSV", []),
    ("FuzzStopsGeoJSON", []),
    ("FuzzServiceAreaGeoJSON", []),
    ("FuzzNetworkCSV", []),
    ("FuzzNetworkGeoJSON", []),
    ("FuzzMATSimXML", []),
    ("FuzzGzip", []),
    ("FuzzDepotsCSV", []),
    ("FuzzZonesGeoJSON", []),
    ("FuzzAPIRequests", [
        .product(name: "Ridepool", package: "ridepool"),
        .product(name: "SwiftProtobuf", package: "swift-protobuf"),
    ]),
]

let package = Package(
    name: "ridepool-fuzz",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "ridepool", path: ".."),
        .package(url: "https://github.com/apple/swift-protobuf", from: "1.39.0"),
    ],
    targets: [
        // libFuzzer's driver entry, declared for Swift.
        .target(name: "CLibFuzzer"),
        // The driver call, the repository's files and a scratch folder per process, for every target.
        .target(name: "FuzzSupport", dependencies: ["CLibFuzzer"]),
    ] + targets.map { target in
        .executableTarget(name: target.name, dependencies: [
            "FuzzSupport", .product(name: "RidepoolInputs", package: "ridepool"),
        ] + target.needs)
    }
)
